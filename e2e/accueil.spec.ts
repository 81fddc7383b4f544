import { expect as baseExpect, type Page, test } from '@playwright/test';
import { checkPage, DESKTOP, failOnConsoleErrors, PHONE, signIn } from './support';

test.use({ viewport: PHONE });
// The machine is shared: leave room for a slow server rather than fail on load.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

async function signOut(page: Page) {
  const me = await (await page.request.get('/api/auth/me')).json();
  await page.request.post('/api/auth/logout', { headers: { 'x-csrf-token': me.csrfToken } });
  await page.context().clearCookies();
}

/**
 * At 360 px: a mediator records a street request with an orientation to the CCAS in a few taps,
 * then the CCAS partner sees it in its own view, accepts it and marks it successful.
 */
test('a mediator records a request with an orientation, the partner answers it', async ({ page }) => {
  await signIn(page, 'mediation1@demo.trame.local');
  // Collected once signed in: the login page's own 401 on /api/auth/me is expected.
  const errors = failOnConsoleErrors(page);
  await page.getByRole('link', { name: 'Demande' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle demande' })).toBeVisible();
  await checkPage(page, 'demande-nouvelle');

  const started = Date.now();
  const form = page.getByRole('form', { name: 'Nouvelle demande' });
  await form.getByText('Dans la rue', { exact: true }).click();
  await form.getByText('Santé', { exact: true }).click();
  await form.getByText('Famille', { exact: true }).click();
  await form.getByText('Information', { exact: true }).click();
  await form.getByText('Orientation', { exact: true }).click();
  await form.getByRole('searchbox', { name: 'Service de l’annuaire' }).fill('aides facultatives');
  await form.getByRole('radio', { name: /Accueil social et aides facultatives/ }).click();
  await expect(form.getByRole('button', { name: 'Changer' })).toBeVisible();
  await checkPage(page, 'demande-nouvelle-remplie');
  await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Demande enregistrée' })).toBeVisible();
  const seconds = (Date.now() - started) / 1000;
  console.log(`quick form filled and saved in ${seconds.toFixed(1)} s (automated)`);
  expect(seconds).toBeLessThan(30);

  await page.goto('/orientations');
  await expect(page.getByRole('heading', { level: 1, name: 'Orientations' })).toBeVisible();
  await checkPage(page, 'orientations-mediateur');
  await page.goto('/annuaire');
  await page.getByRole('button', { name: 'Plus de filtres' }).click();
  await page.getByRole('checkbox', { name: 'Ouvert maintenant' }).check();
  await checkPage(page, 'annuaire');
  await page.goto('/personnes');
  await checkPage(page, 'personnes');
  // A file with identity needs the person's consent, recorded in the same step.
  await page.getByRole('button', { name: 'Créer une fiche' }).click();
  const dialog = page.getByRole('dialog', { name: 'Créer une fiche' });
  await dialog.getByRole('textbox', { name: 'Pseudonyme ou initiales' }).fill('Mme E.');
  await dialog.getByRole('switch', { name: /accepte que son identité soit enregistrée/ }).check();
  await dialog.getByRole('textbox', { name: 'Nom', exact: true }).fill('Essaidi');
  await dialog.getByRole('textbox', { name: 'Téléphone' }).fill('06 11 22 33 44');
  await checkPage(page, 'personne-creation');
  await dialog.getByRole('button', { name: 'Créer la fiche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fiche Mme E.' })).toBeVisible();
  await expect(page.getByText('Essaidi · 06 11 22 33 44')).toBeVisible();
  await checkPage(page, 'personne');
  const fiche = page.url();

  // A request tied to that file: the person picker loads when the switch shows it (ADR 038).
  await page.goto('/demandes/nouvelle');
  const tied = page.getByRole('form', { name: 'Nouvelle demande' });
  await tied.getByText('Dans la rue', { exact: true }).click();
  await tied.getByText('Famille', { exact: true }).click();
  await tied.getByText('Information', { exact: true }).click();
  await tied.getByRole('switch', { name: /Rattacher à une fiche personne/ }).check();
  const picker = tied.getByRole('combobox', { name: 'Fiche personne' });
  await picker.fill('Mme E');
  await page.getByRole('option', { name: 'Mme E.', exact: true }).click();
  await expect(picker).toHaveValue('Mme E.');
  await checkPage(page, 'demande-fiche-personne');
  await tied.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Demande enregistrée' })).toBeVisible();
  await page.goto(fiche);
  const demandes = page.getByRole('region', { name: 'Demandes' });
  await expect(demandes.getByRole('status').filter({ hasText: '1 demande' })).toBeVisible();
  await expect(demandes.getByRole('listitem').first()).toContainText('Famille');
  expect(errors).toEqual([]);
  await signOut(page);

  await signIn(page, 'ccas@demo.trame.local');
  await page.goto('/orientations');
  await expect(page.getByRole('heading', { level: 1, name: 'Orientations reçues' })).toBeVisible();
  const mine = page.getByRole('article').filter({ hasText: 'Motifs : Santé, Famille' }).first();
  await expect(mine).toContainText('Accueil social et aides facultatives');
  await expect(mine).toContainText('Personne non identifiée');
  await checkPage(page, 'orientations-partenaire');
  await mine.getByRole('button', { name: 'Accepter' }).click();
  await expect(page.getByText('Réponse envoyée à la structure.')).toBeVisible();

  await page.getByRole('combobox', { name: 'Statut' }).click();
  await page.getByRole('option', { name: 'Prise de contact', exact: true }).click();
  const accepted = page.getByRole('article').filter({ hasText: 'Motifs : Santé, Famille' }).first();
  await expect(accepted).toContainText('Prise de contact');
  await accepted.getByRole('button', { name: 'Aboutie' }).click();
  await expect(page.getByText('Réponse envoyée à la structure.').first()).toBeVisible();
  // Checked once the notifications have faded out (axe measures contrast mid-animation otherwise).
  await expect(page.getByText('Réponse envoyée à la structure.')).toHaveCount(0);
  await checkPage(page, 'orientations-partenaire-apres');

  // The landlord never sees it.
  await signOut(page);
  await signIn(page, 'bailleur@demo.trame.local');
  const landlord = await (await page.request.get('/api/orientations?ouvertes=false&parPage=200')).json();
  expect(landlord.total).toBeGreaterThan(0);
  expect(
    landlord.items.every((o: { service: { nom: string } }) => !/aides facultatives/.test(o.service.nom)),
  ).toBe(true);
  expect(errors).toEqual([]);
});

test('the coordinator sees success per partner on a desktop', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'coordination@demo.trame.local');
  await page.goto('/orientations');
  await expect(page.getByRole('heading', { name: 'Réussite par partenaire' })).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('CCAS de Marseille');
  await checkPage(page, 'orientations-coordination');
  await page.goto('/annuaire');
  await expect(page.getByRole('heading', { level: 1, name: 'Annuaire' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  // The import is administration: on the structure's page, not in the mediators' directory.
  await expect(page.getByLabel('Importer un fichier data·inclusion (JSON)')).toHaveCount(0);
  await page.goto('/admin/structure');
  // Round trip: the export re-imported creates nothing new; a faulty record is reported with its reason.
  const structures = await (await page.request.get('/api/annuaire/export/data-inclusion/structures')).json();
  const services = await (await page.request.get('/api/annuaire/export/data-inclusion/services')).json();
  const faulty = { ...services[0], id: 'e2e-faux', thematiques: ['astrologie'] };
  await page.getByLabel('Importer un fichier data·inclusion (JSON)').click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'annuaire.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ structures, services: [...services, faulty] })),
  });
  const report = page.getByRole('status').filter({ hasText: 'Import terminé' });
  await expect(report).toContainText('Services : 0 créé(s), 30 mis à jour. Rejetés : 1.');
  await expect(report).toContainText('thematiques.0 — Code inconnu de la nomenclature data·inclusion.');
  await checkPage(page, 'annuaire-import');

  await page.goto('/personnes');
  await page
    .getByRole('link', { name: /^M(me)?\. / })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Fusionner un doublon' })).toBeVisible();
  await checkPage(page, 'personne-coordination');
});
