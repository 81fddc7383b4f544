import { expect, test } from '@playwright/test';
import { checkPage, PHONE, signInWatched } from './support';

test.use({ viewport: PHONE });

/**
 * Issue 11, point 9, at 360 px: the partner's list opens on what is still to handle; a
 * signalement says where to go (nearest known place, a plan with the point, no GPS figures); the
 * comment box empties once the answer is sent.
 */
test('the partner knows where to go and answers with a fresh comment box', async ({ page }) => {
  const errors = await signInWatched(page, 'ville@demo.trame.local');
  await page.goto('/signalements');
  await expect(page.getByRole('combobox', { name: 'Statut' })).toHaveValue('À traiter');
  await expect(page.getByRole('status').filter({ hasText: /\d+ signalements?/ })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /Résolu|Rejeté/ })).toHaveCount(0);
  await checkPage(page, 'partenaire-a-traiter');

  // A transmitted one with a point inside a QPV.
  const list = await (await page.request.get('/api/signalements?statut=transmis&parPage=100')).json();
  const target = list.items.find(
    (s: { latitude: number | null; qpvCode: string | null }) => s.latitude !== null && s.qpvCode,
  );
  expect(target, 'a transmitted signalement with a point in a QPV').toBeTruthy();
  await page.goto(`/signalements/${target.id}`);
  await expect(page.getByText('Lieu connu le plus proche')).toBeVisible();
  await expect(page.getByText(/, à \d+([,.]\d)? (m|km)$/)).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Plan : le point signalé dans le périmètre du QPV / }),
  ).toBeVisible();
  await expect(page.getByTestId('point-signale')).toBeVisible();
  await expect(page.getByText(/Point GPS|\d+\.\d{5}/)).toHaveCount(0);
  await checkPage(page, 'partenaire-signalement-reperes');

  const box = page.getByLabel('Commentaire (obligatoire pour rejeter)');
  await box.fill('Équipe passée ce matin, pièce commandée.');
  await page.getByRole('button', { name: 'Pris en compte' }).click();
  await expect(page.getByText('Équipe passée ce matin, pièce commandée.')).toBeVisible();
  await expect(box).toHaveValue('');
  await checkPage(page, 'partenaire-signalement-repondu');
  expect(errors).toEqual([]);
});
