import { expect, test } from '@playwright/test';
import { checkPage, choose, PHONE, signIn, signInWatched } from './support';

test.use({
  viewport: PHONE,
  geolocation: { latitude: 43.32589, longitude: 5.40493 },
  permissions: ['geolocation'],
});

const NOTE = 'Boîtes aux lettres arrachées au hall C, habitants inquiets.';

/** Issue 11 part 5: an observation shows where, who and when, and opens a signalement or a situation. */
test('an observation shows QPV, place, author and time, and opens a linked signalement and situation (360 px)', async ({
  page,
}) => {
  const errors = await signInWatched(page, 'mediation3@demo.trame.local');
  const me = (await (await page.request.get('/api/auth/me')).json()) as {
    user: { prenom: string; nom: string };
  };

  // Noted in the street during a tournée.
  await page.goto('/tournee');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Démarrer la tournée' }).click();
  await page.getByRole('button', { name: 'Observation' }).click();
  await page.getByText('Dégradation constatée', { exact: true }).click();
  await page.getByLabel('Ce que vous avez constaté').fill(NOTE);
  await page.getByRole('button', { name: 'Enregistrer l’observation' }).click();
  // Saved only once the page says so (the sensitive-data rules load first), then sent.
  await expect(page.getByText('Observation notée, signalée à la coordination.')).toBeVisible();
  await expect(page.getByTestId('outbox-status')).toHaveText('En ligne — tout est enregistré');

  await page.goto('/main-courante/observations');
  // Newest first: the one just noted heads the list.
  const card = page.getByRole('article', { name: `Observation : ${NOTE}` });
  await expect(card).toBeVisible();
  await expect(card).toContainText(`${me.user.prenom} ${me.user.nom}`);
  await expect(card).toContainText(/Malpassé/);
  await expect(card).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await checkPage(page, 'observations-liste');

  // A signalement, pre-filled from the observation and linked to it.
  await card.getByRole('link', { name: 'Ouvrir un signalement' }).click();
  await expect(page.getByRole('heading', { name: 'Nouveau signalement' })).toBeVisible();
  await expect(page.getByLabel('Description (facultative)')).toHaveValue(NOTE);
  await expect(page.getByLabel('Description interne (non publiée en open data)')).toBeChecked();
  await page.getByRole('radio', { name: 'Dégradation' }).click();
  await expect(page.getByText(/Position GPS relevée/)).toBeVisible();
  await checkPage(page, 'observation-signalement');
  await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page.getByRole('heading', { name: 'Signalement enregistré' })).toBeVisible();

  await page.goto('/main-courante/observations');
  await expect(card.getByRole('link', { name: 'Voir le signalement' })).toBeVisible();

  // A situation, pre-filled too, and linked.
  await card.getByRole('link', { name: 'Ouvrir une situation' }).click();
  const opening = page.getByRole('dialog', { name: 'Ouvrir une situation' });
  await expect(opening.getByLabel('Description courte et factuelle')).toHaveValue(NOTE);
  await expect(opening.getByRole('combobox', { name: 'QPV' })).toHaveValue(/Malpassé/);
  await choose(page, opening, 'Type de situation', 'Voisinage — bruit');
  await choose(page, opening, 'Saisine par', 'Auto-saisine');
  await checkPage(page, 'observation-situation');
  await opening.getByRole('button', { name: 'Ouvrir la situation' }).click();
  await expect(page).toHaveURL(/\/situations\/[0-9a-f-]{36}$/);

  await page.goto('/main-courante/observations');
  await expect(card.getByRole('link', { name: 'Voir la situation' })).toBeVisible();
  await expect(card.getByRole('link', { name: 'Voir le signalement' })).toBeVisible();
  await checkPage(page, 'observations-suites');
  expect(errors).toEqual([]);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await signIn(page, 'coordination@demo.trame.local');
  await page.goto('/main-courante/observations');
  await card.getByRole('button', { name: 'Marquer comme traitée' }).click();
  await expect(card).toHaveCount(0);
});
