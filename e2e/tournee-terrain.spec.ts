import { expect, type Page, test } from '@playwright/test';
import { checkPage, PHONE, signInWatched } from './support';

test.use({ viewport: PHONE });

/** Issue 11 part 3: the tournée never logs a public or genre nobody chose, and orients in one go. */
const nature = (page: Page, code: string) => page.locator(`button[data-nature="${code}"]`);
const prochain = (page: Page) => page.getByTestId('prochain-contact');
const status = (page: Page) => page.getByTestId('outbox-status');
const localId = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('trame.tournee') ?? 'null') as { id: string }).id);
const serverContacts = async (page: Page, id: string) =>
  (
    (await (await page.request.get(`/api/activites/${id}`)).json()) as {
      contacts: Array<{ public: string; genre: string; nature: string; supprime: boolean }>;
    }
  ).contacts.filter((c) => !c.supprime);

async function start(page: Page) {
  await page.goto('/tournee');
  // The outbox's sends are not seen to finish by Playwright: settle the page before (checkPage waits for it).
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Démarrer la tournée' }).click();
  await expect(page.getByRole('heading', { name: 'Tournée en cours' })).toBeVisible();
}

async function regler(page: Page, publicLabel: string, genre: string) {
  await prochain(page).click();
  await page.getByText(publicLabel, { exact: true }).click();
  await page.getByText(genre, { exact: true }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
}

async function terminer(page: Page) {
  await page.getByRole('button', { name: 'Terminer' }).click();
  await page.getByRole('button', { name: 'Oui, terminer' }).click();
  await expect(page.getByRole('heading', { name: 'Tournée terminée' })).toBeVisible();
  await expect(status(page)).toHaveText('En ligne — tout est enregistré');
}

test('a new tournée starts at âge inconnu and non précisé; the settings last only within it (360 px)', async ({
  page,
}) => {
  const errors = await signInWatched(page, 'mediation2@demo.trame.local');
  await start(page);
  await expect(prochain(page)).toHaveText(/1 personne, Âge inconnu, Non précisé/);
  await regler(page, 'Jeune (12–17 ans)', 'Femme');
  await nature(page, 'ecoute').click();
  await expect(page.getByRole('status').filter({ hasText: 'Noté' })).toHaveText(
    /Noté : Écoute.* · 1 personne · Jeune \(12–17 ans\) · Femme/,
  );
  // What the next tap records stays in view beside the last tile, even scrolled down.
  await nature(page, 'veille').scrollIntoViewIfNeeded();
  await expect(prochain(page)).toBeInViewport();
  await expect(prochain(page)).toHaveText(/Jeune \(12–17 ans\), Femme/);
  await checkPage(page, 'tournee-prochain-contact');
  await terminer(page);

  // The next tournée forgets them: nobody chose a public or genre for it yet.
  await page.getByRole('button', { name: 'Démarrer la tournée' }).click();
  await expect(prochain(page)).toHaveText(/1 personne, Âge inconnu, Non précisé/);
  await nature(page, 'ecoute').click();
  await expect(status(page)).toHaveText('En ligne — tout est enregistré');
  const id = await localId(page);
  expect(await serverContacts(page, id)).toMatchObject([{ public: 'inconnu', genre: 'non_precise' }]);

  // Within the same tournée, resumed on a phone that lost it, its own last settings come back.
  await regler(page, 'Senior (60 ans et plus)', 'Homme');
  await nature(page, 'information').click();
  await expect(status(page)).toHaveText('En ligne — tout est enregistré');
  await page.evaluate(() => localStorage.removeItem('trame.tournee'));
  await page.reload();
  await page.getByRole('button', { name: 'Reprendre l’activité en cours' }).click();
  await expect(prochain(page)).toHaveText(/1 personne, Senior \(60 ans et plus\), Homme/);
  await terminer(page);
  expect(errors).toEqual([]);
});

test('the tile « Orientation vers un partenaire » goes straight to choosing the service (360 px)', async ({
  page,
}) => {
  const errors = await signInWatched(page, 'mediation2@demo.trame.local');
  await start(page);
  await nature(page, 'orientation').click();
  await expect(page.getByTestId('nb-contacts')).toHaveText('1');
  const sheet = page.getByRole('dialog', { name: 'Orientation vers un partenaire' });
  await expect(sheet.getByRole('searchbox', { name: 'Service de l’annuaire' })).toBeVisible();
  // Channel, QPV and the orientation answer are already set: the motive and the service remain.
  await expect(sheet.getByRole('checkbox', { name: 'Orientation' })).toBeChecked();
  await sheet.getByText('Santé', { exact: true }).click();
  await sheet.getByRole('searchbox', { name: 'Service de l’annuaire' }).fill('aides facultatives');
  await sheet.getByRole('radio', { name: /Accueil social et aides facultatives/ }).click();
  await checkPage(page, 'tournee-orientation');
  await sheet.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(sheet).toHaveCount(0);
  await expect(
    page.getByText('Orientation enregistrée : elle est à suivre dans « Orientations ».'),
  ).toBeVisible();
  const orientations = (await (await page.request.get('/api/orientations')).json()) as {
    items: Array<{ service: { nom: string }; motifs: string[]; creeLe: string }>;
  };
  const newest = orientations.items.toSorted((a, b) => b.creeLe.localeCompare(a.creeLe))[0];
  expect(newest).toMatchObject({ service: { nom: expect.stringMatching(/aides facultatives/) } });
  expect(Date.now() - new Date(newest!.creeLe).getTime()).toBeLessThan(60_000);
  await expect(status(page)).toHaveText('En ligne — tout est enregistré');
  const id = await localId(page);
  expect((await serverContacts(page, id)).map((c) => c.nature)).toEqual(['orientation']);
  // Offline, the contact alone is noted; the orientation waits for « Nouvelle demande ».
  await page.context().setOffline(true);
  await nature(page, 'orientation').click();
  await expect(page.getByTestId('nb-contacts')).toHaveText('2');
  await expect(
    page.getByText(/Hors ligne : l’orientation se saisira dans « Nouvelle demande »/),
  ).toBeVisible();
  await expect(sheet).toHaveCount(0);
  await page.context().setOffline(false);
  await expect(status(page)).toHaveText('En ligne — tout est enregistré', { timeout: 40_000 });
  await terminer(page);
  expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});
