import { writeFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import { checkPage, DESKTOP, PHONE, signIn, signInWatched } from './support';

test.use({ viewport: PHONE });
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * At 360 px, the desk afternoon typed in at 18:00: a request at its real time with a note, an
 * orientation, and the slip printed for the resident (a one-page PDF, no personal data).
 */
test('a desk request at its own time, with a note, and its orientation slip', async ({ page }) => {
  const errors = await signInWatched(page, 'mediation1@demo.trame.local');
  await page.goto('/demandes/nouvelle');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle demande' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Nouvelle demande' });
  await form.getByText('Santé', { exact: true }).click();
  await form.getByText('Orientation', { exact: true }).click();
  await form.getByRole('searchbox', { name: 'Service de l’annuaire' }).fill('aides facultatives');
  await form.getByRole('radio', { name: /Accueil social et aides facultatives/ }).click();
  await form.getByLabel('Heure de la demande').fill('00:05');
  await form.getByLabel('Note (facultative)').fill('Revenir avec l’avis d’imposition');
  await checkPage(page, 'guichet-demande');
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/demandes') && r.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Enregistrer la demande' }).click();
  const demande = await (await saved).json();
  expect(demande.note).toBe('Revenir avec l’avis d’imposition');
  // The request is dated today at 00:05 (always past: a time still to come is refused), Paris time.
  expect(
    new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(
      new Date(demande.date),
    ),
  ).toBe('00:05');
  const slip = page.getByRole('link', { name: 'Imprimer la fiche' });
  await expect(slip).toBeVisible();
  await checkPage(page, 'guichet-demande-enregistree');
  const box = await slip.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  // The label is whole, not cut with an ellipsis.
  const cut = await slip.evaluate((a) =>
    [...a.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth + 1),
  );
  expect(cut).toBe(false);
  const pdf = await page.request.get((await slip.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const body = await pdf.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  // Kept beside the screenshots, to look at (pdftoppm).
  writeFileSync('.tmp/screenshots/fiche-orientation.pdf', body);
  expect(errors).toEqual([]);
});

/** The directory opens on search; its configuration is out of the mediator's way. */
test('the directory opens on search, with contacts and no configuration', async ({ page }) => {
  await signIn(page, 'mediation1@demo.trame.local');
  await page.goto('/annuaire');
  const search = page.getByRole('searchbox', { name: 'Rechercher un service' });
  await expect(search).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Ouvert maintenant' })).toBeHidden();
  await expect(page.getByLabel('Importer un fichier data·inclusion (JSON)')).toHaveCount(0);
  await expect(page.getByLabel('Partenaire qui répond aux orientations')).toHaveCount(0);
  await search.fill('CAF');
  const card = page.getByRole('article').first();
  await expect(card).toContainText('CAF');
  await expect(card.getByRole('link', { name: /^04 91/ })).toBeVisible();
  await expect(card.getByRole('link', { name: /@/ })).toBeVisible();
  await checkPage(page, 'annuaire-recherche');
});

test('a coordinator links services to partners only after asking to', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, 'coordination@demo.trame.local');
  await page.goto('/annuaire');
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByLabel('Partenaire qui répond aux orientations')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Relier les services aux partenaires' }).check();
  await expect(page.getByLabel('Partenaire qui répond aux orientations').first()).toBeVisible();
  await checkPage(page, 'annuaire-configuration');
  // Importing a data·inclusion file is administration: the structure's page.
  await page.setViewportSize(PHONE);
  await page.goto('/admin/structure');
  await expect(page.getByRole('heading', { level: 2, name: 'Annuaire data·inclusion' })).toBeVisible();
  await expect(page.getByLabel('Importer un fichier data·inclusion (JSON)')).toBeVisible();
  await checkPage(page, 'structure-annuaire-import');
});
