import { expect, test } from '@playwright/test';
import { checkPage, DESKTOP, downloadLink, failOnConsoleErrors, PHONE, signIn } from './support';

const DIRECTION = 'direction@demo.trame.local';
const COORD = 'coordination@demo.trame.local';
const fr = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

test('the director creates a convention; the coordinator reads objective against done and downloads the bilan', async ({
  page,
}) => {
  const errors = failOnConsoleErrors(page);
  const year = new Date().getFullYear();
  const nom = `Veille sociale Frais Vallon ${year}`;

  // The director, on a phone, with one thumb.
  await page.setViewportSize(PHONE);
  await signIn(page, DIRECTION);
  await page.goto('/conventions');
  await expect(page.getByRole('heading', { level: 1, name: 'Conventions' })).toBeVisible();
  await page.getByRole('link', { name: 'Nouvelle convention' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle convention' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nom de la convention' }).fill(nom);
  await page.getByRole('combobox', { name: 'Financeur' }).click();
  await page.getByRole('option', { name: 'CCAS de Marseille' }).click();
  await page.getByLabel('Date de début').fill(`${year}-01-01`);
  await page.getByLabel('Date de fin').fill(`${year}-12-31`);
  await page.getByRole('combobox', { name: 'QPV' }).click();
  await page.getByRole('option', { name: /Frais Vallon/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ajouter un objectif' }).click();
  await page.getByRole('combobox', { name: 'Indicateur 1' }).click();
  await page.getByRole('option', { name: 'Heures de présence', exact: true }).click();
  await page.getByRole('textbox', { name: 'Cible 1' }).fill('1000');
  await checkPage(page, 'convention-nouvelle');
  await page.getByRole('button', { name: 'Créer la convention' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nom })).toBeVisible();

  // The coordinator, at a desk.
  await page.context().clearCookies();
  await page.setViewportSize(DESKTOP);
  await signIn(page, COORD);
  await page.getByRole('link', { name: 'Conventions' }).first().click();
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('veille sociale');
  await expect(page.getByRole('row')).toHaveCount(2);
  await checkPage(page, 'conventions-liste');
  await page.getByRole('link', { name: nom }).click();
  await expect(page.getByRole('heading', { level: 1, name: nom })).toBeVisible();
  await expect(page.getByText(`Chiffres du 01/01/${year} au 31/12/${year}.`)).toBeVisible();
  await expect(page.getByText('QPV Frais Vallon (QN01344M)')).toBeVisible();

  // The figures on the page are the server's.
  const id = page.url().split('/').pop()!;
  const json = await (await page.request.get(`/api/conventions/${id}/rapport`)).json();
  const [objectif] = json.objectifs;
  expect(objectif).toMatchObject({ indicateur: 'heures_presence', cible: 1000 });
  expect(objectif.realise).toBeGreaterThan(0);
  const objectifs = page.getByRole('region', { name: 'Objectifs : réalisé et cible' });
  await expect(objectifs.getByRole('progressbar', { name: /Heures de présence/ })).toBeVisible();
  await expect(objectifs).toContainText(
    `Réalisé ${fr.format(objectif.realise)} sur une cible de ${fr.format(1000)}`,
  );
  await expect(objectifs).toContainText(`${fr.format(objectif.taux)} %`);
  await checkPage(page, 'convention');

  const xlsx = await downloadLink(page, 'Tableur XLSX');
  expect(xlsx.name).toMatch(/^bilan-convention-veille-sociale-frais-vallon-\d{4}-.*\.xlsx$/);
  expect(xlsx.bytes.length).toBeGreaterThan(1000);
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  const pdf = await downloadLink(page, 'Bilan PDF');
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.length).toBeGreaterThan(1000);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

  await page.setViewportSize(PHONE);
  await expect(objectifs.getByRole('progressbar', { name: /Heures de présence/ })).toBeVisible();
  await checkPage(page, 'convention');
  expect(errors).toEqual([]);
});
