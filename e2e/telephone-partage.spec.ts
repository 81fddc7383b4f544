import { expect, test } from '@playwright/test';
import { checkPage, newAccount, offlineReady, PHONE, signIn } from './support';

test.use({
  viewport: PHONE,
  geolocation: { latitude: 43.32589, longitude: 5.40493 },
  permissions: ['geolocation'],
});

/**
 * Issue 15, part 5: a phone the team shares keeps no one's notes once they sign out; their
 * anonymous counts stay and leave at their own next sign-in. The mediator is created by the test
 * (its tournée stays open).
 */
const PASSWORD = 'telephone-partage-2026';
test('signing out in a dead zone erases the queued note and keeps the counts for their author (360 px)', async ({
  page,
  playwright,
}) => {
  const mark = `partage-${Date.now().toString(36)}`; // no long digits: a 13-digit number reads as a NIR
  const email = await newAccount(page, {
    role: 'mediateur',
    prefix: 'med-partage',
    password: PASSWORD,
    prenom: 'Yanis',
    nom: 'Ferrand',
  });
  await page.context().clearCookies(); // the admin's session ends here
  await signIn(page, email, PASSWORD);
  await page.goto('/tournee');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Démarrer la tournée' }).click();
  await expect(page.getByTestId('outbox-status')).toHaveText('En ligne — tout est enregistré');
  const { id } = (await page.evaluate(() => JSON.parse(localStorage.getItem('trame.tournee') ?? 'null'))) as {
    id: string;
  };

  await offlineReady(page);

  // In a dead zone for the captures and the sign-out: an observation with a note, a contact.
  await page.route('**/api/activites/**', (route) => route.abort('internetdisconnected'));
  await page.route('**/api/sync', (route) => route.abort('internetdisconnected')); // their batches
  await page.route('**/api/auth/**', (route) => route.abort('internetdisconnected'));
  const oldSession = (await page.context().cookies()).find((c) => c.name === 'trame_session')?.value;
  expect(oldSession).toBeTruthy();
  await page.getByRole('button', { name: 'Observation' }).click();
  await page.getByText('Tension', { exact: true }).click();
  await page.getByLabel('Ce que vous avez constaté').fill(`Attroupement devant le hall C ${mark}`);
  await page.getByRole('button', { name: 'Enregistrer l’observation' }).click();
  await page.locator('button[data-nature="ecoute"]').click();
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toHaveText('2 en attente');

  // The sign-out says what leaves the phone and what stays.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  const garde = page.getByRole('dialog', { name: 'Des saisies ne sont pas encore envoyées' });
  await expect(garde).toContainText('2 saisies attendent le réseau sur ce téléphone.');
  await expect(garde).toContainText(
    'Une saisie contenant des notes ou des personnes sera effacée de ce téléphone à la déconnexion.',
  );
  await expect(garde).toContainText('Un comptage anonyme reste gardé');
  await checkPage(page, 'telephone-partage-deconnexion');
  await garde.getByRole('button', { name: 'Me déconnecter quand même' }).click();
  await expect(page).toHaveURL(/\/connexion/);

  // Nothing of the note stays on the phone: not in the outbox, not in the tournée's storage.
  const stored = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('trame-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('requetes').objectStore('requetes').getAll();
          all.onsuccess = () =>
            resolve(JSON.stringify(all.result) + (localStorage.getItem('trame.tournee') ?? ''));
        };
      }),
  );
  expect(stored).not.toContain(mark);
  expect(stored).toContain('/contacts');

  // The server's session lives on until the phone reaches it again: the sign-out is owed.
  expect(await page.evaluate(() => localStorage.getItem('trame-deconnexion-en-attente'))).toBe('1');

  // Back in the network, the same mediator signs in: the owed sign-out goes first and ends the
  // old session; the count leaves, once; the note never did.
  await page.unroute('**/api/activites/**');
  await page.unroute('**/api/sync');
  await page.unroute('**/api/auth/**');
  await signIn(page, email, PASSWORD);
  expect(await page.evaluate(() => localStorage.getItem('trame-deconnexion-en-attente'))).toBeNull();
  const outsider = await playwright.request.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { cookie: `trame_session=${oldSession}` },
  });
  expect((await outsider.get('/api/auth/me')).status()).toBe(401);
  await outsider.dispose();
  // The server is asked until the count is there (at a page load the indicator can read « Envoyé »
  // for the instant before the phone's store is read).
  await expect(async () => {
    const activite = (await (await page.request.get(`/api/activites/${id}`)).json()) as {
      contacts: unknown[];
      observations: unknown[];
    };
    expect(activite.contacts).toHaveLength(1);
    expect(activite.observations).toHaveLength(0);
  }).toPass({ timeout: 40_000 });
  await expect(indicator).toHaveText('Envoyé');
});
