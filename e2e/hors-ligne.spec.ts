import { expect as baseExpect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { checkPage, offlineReady, PHONE, signInWatched } from './support';

test.use({
  viewport: PHONE,
  geolocation: { latitude: 43.32589, longitude: 5.40493 },
  permissions: ['geolocation'],
});
// The machine is shared: leave room for a slow server rather than fail on load.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const KEPT = 'Enregistré sur le téléphone : envoi dès que le réseau revient.';

/** What the API answers to the signed-in user (the session's cookie, the app's CSRF token). */
async function apiGet<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/**
 * Issue 15, part 9, at 360 px with the browser offline: a request with an orientation, a
 * signalement with a photo, an observation and two contacts wait on the phone, survive a reload,
 * leave when the network is back, and the server holds each exactly once. Mediator 4: no other
 * journey signs in with this account.
 */
test('every street capture is kept offline, survives a reload and is stored once (360 px)', async ({
  page,
  context,
}) => {
  const mark = Date.now().toString(36);
  const errors = await signInWatched(page, 'mediation4@demo.trame.local');
  const indicator = page.getByTestId('sync-indicator');

  // Online first: the service worker takes the page, the tournée starts, the directory answers.
  await page.goto('/tournee');
  await offlineReady(page, { reload: true });
  await page.getByRole('button', { name: 'Démarrer la tournée' }).click();
  await expect(page.getByTestId('outbox-status')).toHaveText('En ligne — tout est enregistré');

  await page.goto('/demandes/nouvelle');
  const form = page.getByRole('form', { name: 'Nouvelle demande' });
  await form.getByText('Dans la rue', { exact: true }).click();
  await form.getByText('Santé', { exact: true }).click();
  await form.getByText('Orientation', { exact: true }).click();
  await form.getByRole('searchbox', { name: 'Service de l’annuaire' }).fill('aides facultatives');
  await form.getByRole('radio', { name: /Accueil social et aides facultatives/ }).click();
  await expect(form.getByRole('button', { name: 'Changer' })).toBeVisible();
  await form.getByLabel('Note (facultative)').fill(`Passage sans réseau ${mark}`);

  // The network drops in the stairwell: the request and its orientation stay on the phone.
  await context.setOffline(true);
  await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page.getByRole('status').filter({ hasText: KEPT })).toBeVisible();
  await expect(form.getByLabel('Note (facultative)')).toHaveValue('');
  await expect(indicator).toHaveText('1 en attente');
  await checkPage(page, 'hors-ligne-demande');

  // A signalement with its photo, the page opened offline (the service worker serves it).
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#5a6a79' } })
    .jpeg()
    .toBuffer();
  await page.goto('/signalements/nouveau');
  await page.getByRole('radio', { name: 'Éclairage' }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'hall.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('img', { name: 'Prise de vue 1' })).toBeVisible();
  await expect(page.getByText(/Position GPS relevée/)).toBeVisible();
  await page.getByLabel('Description (facultative)').fill(`Lampadaire éteint hall B ${mark}`);
  await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page.getByRole('status').filter({ hasText: KEPT })).toBeVisible();
  await expect(indicator).toHaveText('3 en attente');
  await checkPage(page, 'hors-ligne-signalement');

  // Back to the tournée: an observation and two contacts.
  await page.goto('/tournee');
  await expect(page.getByRole('heading', { name: 'Tournée en cours' })).toBeVisible();
  await page.getByRole('button', { name: 'Observation' }).click();
  await page.getByText('Tension', { exact: true }).click();
  await page.getByLabel('Ce que vous avez constaté').fill(`Attroupement devant le hall B ${mark}`);
  await page.getByRole('button', { name: 'Enregistrer l’observation' }).click();
  await page.locator('button[data-nature="ecoute"]').click();
  await page.locator('button[data-nature="information"]').click();
  await expect(indicator).toHaveText('6 en attente');

  // A reload without network loses nothing.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tournée en cours' })).toBeVisible();
  await expect(indicator).toHaveText('6 en attente');
  await checkPage(page, 'hors-ligne-rechargee');

  // The network is back: everything leaves, in order, and the header says so.
  await context.setOffline(false);
  await expect(indicator).toHaveText('Envoyé', { timeout: 60_000 });

  // The server holds each capture exactly once.
  const demandes = await apiGet<{ items: Array<{ note: string | null; reponses: Array<{ type: string }> }> }>(
    page,
    '/api/demandes?parPage=100',
  );
  const mine = demandes.items.filter((d) => d.note === `Passage sans réseau ${mark}`);
  expect(mine).toHaveLength(1);
  expect(mine[0]?.reponses.map((r) => r.type)).toEqual(['orientation']);

  const signalements = await apiGet<{ items: Array<{ id: string }> }>(
    page,
    `/api/signalements?miens=true&q=${encodeURIComponent(mark)}`,
  );
  expect(signalements.items).toHaveLength(1);
  const signalement = await apiGet<{ photos: unknown[] }>(
    page,
    `/api/signalements/${signalements.items[0]?.id}`,
  );
  expect(signalement.photos).toHaveLength(1);

  const local = (await page.evaluate(() => JSON.parse(localStorage.getItem('trame.tournee') ?? 'null'))) as {
    id: string;
  };
  const activite = await apiGet<{
    contacts: Array<{ nature: string; supprime?: boolean }>;
    observations: Array<{ note: string }>;
  }>(page, `/api/activites/${local.id}`);
  expect(activite.contacts.map((c) => c.nature).sort()).toEqual(['ecoute', 'information']);
  expect(activite.observations.map((o) => o.note)).toEqual([`Attroupement devant le hall B ${mark}`]);

  await page.getByRole('button', { name: 'Terminer' }).click();
  await page.getByRole('button', { name: 'Oui, terminer' }).click();
  await expect(page.getByRole('heading', { name: 'Tournée terminée' })).toBeVisible();
  // Offline, the browser logs each failed request: expected, the outbox retried them.
  expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
});
