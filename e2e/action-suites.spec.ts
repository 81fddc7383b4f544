import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { checkPage, PHONE, signInWatched } from './support';

test.use({
  viewport: PHONE,
  geolocation: { latitude: 43.32589, longitude: 5.40493 },
  permissions: ['geolocation'],
});
test.describe.configure({ timeout: 180_000 });

/**
 * Issue 14, part 3 at 360 px (ADR 037): from an action's page, a follow-up signalement is captured
 * on its usual screen, comes back linked to the action, and is listed there with its status; a
 * photo of the action is sent once the author has ticked the consent statement; a person of the
 * accueil is registered and the attendance sheet printed.
 */
test('a follow-up signalement created from an action is linked to it (360 px)', async ({ page }) => {
  const mark = `suite-${Date.now().toString(36)}`;
  const errors = await signInWatched(page, 'coordination@demo.trame.local');
  const territoires = await (await page.request.get('/api/territoires')).json();
  const id = crypto.randomUUID();
  const csrf = (await (await page.request.get('/api/auth/me')).json()).csrfToken as string;
  const created = await page.request.post('/api/actions', {
    headers: { 'x-csrf-token': csrf },
    data: {
      id,
      type: 'diagnostic_en_marchant',
      titre: `Diagnostic en marchant ${mark}`,
      debut: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      fin: new Date(Date.now() - 3_600_000).toISOString(),
      territoireId: territoires[0].id,
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto(`/actions/${id}`);
  const suites = page.getByRole('region', { name: 'Suites données' });
  await expect(suites.getByText('Aucune suite liée à cette action pour l’instant.')).toBeVisible();
  await checkPage(page, 'action-suites-vide');
  await suites.getByRole('link', { name: 'Signalement à la suite' }).click();

  await expect(page.getByRole('note')).toContainText(`« Diagnostic en marchant ${mark} »`);
  await page.getByRole('radio', { name: 'Éclairage' }).click();
  await expect(page.getByText(/Position GPS relevée/)).toBeVisible();
  await page.getByLabel('Description (facultative)').fill(`Lampadaire éteint rue des Pins ${mark}`);
  await checkPage(page, 'signalement-suite');
  await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Signalement enregistré' })).toBeVisible();
  await page.getByRole('link', { name: 'Retour à l’action' }).click();

  await expect(suites.getByRole('link', { name: /^Signalement n° \d+ — Éclairage/ })).toBeVisible();

  // A photo of the walk, sent only once the author has ticked that no one is recognisable.
  const photos = page.getByRole('region', { name: 'Photos' });
  await expect(photos.getByRole('button', { name: 'Ajouter une photo' })).toBeDisabled();
  await photos.getByRole('checkbox', { name: /Aucune personne n’est reconnaissable/ }).check();
  await expect(photos.getByRole('button', { name: 'Ajouter une photo' })).toBeEnabled();
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer();
  // The upload's answer is awaited and read: a refusal fails here with the server's words.
  const sent = page.waitForResponse(
    (r) => r.url().includes(`/api/actions/${id}/photos`) && r.request().method() === 'POST',
    { timeout: 30_000 },
  );
  sent.catch(() => undefined);
  await photos
    .locator('input[type="file"]')
    .setInputFiles({ name: 'rue.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  const answer = await Promise.race([
    sent,
    photos
      .getByRole('alert')
      .waitFor({ timeout: 30_000 })
      .then(
        async () => `refused on the phone: ${await photos.getByRole('alert').textContent()}`,
        () => 'no upload and no message within 30 s',
      ),
  ]);
  expect(
    typeof answer === 'string' ? answer : answer.status(),
    typeof answer === 'string' ? answer : await answer.text(),
  ).toBe(201);
  await expect(photos.getByRole('img', { name: /^Photo 1 de l’action/ })).toBeVisible({ timeout: 15_000 });
  await checkPage(page, 'action-suites');
  expect(await (await page.request.get(`/api/actions/${id}/photos`)).json()).toHaveLength(1);
  // A person of the accueil registered under their pseudonym; the sheet to print is a PDF.
  const inscriptions = page.getByRole('region', { name: 'Inscriptions et émargement' });
  await inscriptions.getByRole('button', { name: 'Voir les inscrit·es' }).click();
  await expect(inscriptions.getByText('Personne n’est inscrit·e.')).toBeVisible();
  await inscriptions.getByRole('combobox', { name: 'Inscrire une personne (pseudonyme)' }).click();
  const option = page.getByRole('option').first();
  const pseudonyme = ((await option.textContent()) ?? '').trim();
  expect(pseudonyme).not.toBe('');
  await option.click();
  await inscriptions.getByRole('button', { name: 'Inscrire', exact: true }).click();
  await expect(
    inscriptions.getByRole('button', { name: `Retirer l’inscription de ${pseudonyme}` }),
  ).toBeVisible();
  await checkPage(page, 'action-inscriptions');
  const feuille = await page.request.get(`/api/actions/${id}/feuille-emargement`);
  expect(feuille.headers()['content-type']).toBe('application/pdf');

  const linked = await (await page.request.get(`/api/actions/${id}/suites`)).json();
  expect(linked).toHaveLength(1);
  expect(linked[0]).toMatchObject({ type: 'signalement', statut: expect.any(String) });
  expect(errors).toEqual([]);
});
