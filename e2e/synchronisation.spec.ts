import { expect, test } from '@playwright/test';
import { checkPage, offlineReady, PHONE, signInWatched } from './support';

test.use({
  viewport: PHONE,
  geolocation: { latitude: 43.32589, longitude: 5.40493 },
  permissions: ['geolocation'],
});

/**
 * Issue 15, part 2: every page says where this phone's captures stand, opens the list of what
 * waits, and signing out with captures still queued asks first. Mediator 6: no other journey
 * signs in with this account.
 */
test('the sync indicator counts what waits offline, lists it, and guards the sign-out (360 px)', async ({
  page,
  context,
}) => {
  const errors = await signInWatched(page, 'mediation6@demo.trame.local');
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toHaveText('Envoyé');
  await expect(indicator).toHaveAccessibleName('Saisies de ce téléphone : Tout est envoyé');

  await page.goto('/tournee');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Démarrer la tournée' }).click();
  await expect(page.getByTestId('outbox-status')).toHaveText('En ligne — tout est enregistré');
  await offlineReady(page);

  // In the stairwell: two contacts wait on the phone, and the header says so.
  await context.setOffline(true);
  await page.locator('button[data-nature="ecoute"]').click();
  await page.locator('button[data-nature="orientation"]').click();
  await expect(indicator).toHaveText('2 en attente');
  await indicator.click();
  const liste = page.getByRole('dialog');
  await expect(liste.getByText(/Hors ligne : tout est gardé/)).toBeVisible();
  await expect(liste.getByRole('listitem')).toHaveCount(2);
  await expect(liste.getByRole('listitem').first()).toContainText(/en attente depuis \d{2}\/\d{2}\/\d{4}/);
  await checkPage(page, 'synchronisation-liste');
  await page.keyboard.press('Escape');

  // Signing out now would leave them on the phone: the user is asked, and stays.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  const garde = page.getByRole('dialog', { name: 'Des saisies ne sont pas encore envoyées' });
  await expect(garde).toContainText('2 saisies attendent le réseau sur ce téléphone.');
  await checkPage(page, 'synchronisation-deconnexion');
  await garde.getByRole('button', { name: 'Rester connecté·e' }).click();
  await expect(garde).toBeHidden();

  // Back in the network: everything leaves, once.
  await context.setOffline(false);
  await expect(indicator).toHaveText('Envoyé', { timeout: 40_000 });
  const local = (await page.evaluate(() => JSON.parse(localStorage.getItem('trame.tournee') ?? 'null'))) as {
    id: string;
  };
  const server = (await (await page.request.get(`/api/activites/${local.id}`)).json()) as {
    contacts: Array<{ id: string }>;
  };
  expect(server.contacts).toHaveLength(2);

  // Another page shows the same indicator; with nothing queued, signing out asks nothing.
  await page.getByRole('button', { name: 'Terminer' }).click();
  await page.getByRole('button', { name: 'Oui, terminer' }).click();
  await expect(page.getByRole('heading', { name: 'Tournée terminée' })).toBeVisible();
  await expect(indicator).toHaveText('Envoyé'); // the end of the tournée has left the phone too
  await page.goto('/');
  await expect(indicator).toHaveText('Envoyé');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion/);
  // Offline, the browser logs each failed send: expected, the outbox retried them.
  expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
});
