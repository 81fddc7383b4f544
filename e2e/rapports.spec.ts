import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkPage, DESKTOP, failOnConsoleErrors, PHONE, signIn } from './support';

const COORD = 'coordination@demo.trame.local';

// Native date fields then read dd/mm/yyyy, as for a French user.
test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });

test('the coordinator opens the report and downloads the bilan as PDF and XLSX', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.setViewportSize(DESKTOP);
  await signIn(page, COORD);
  await page.getByRole('link', { name: 'Rapports' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapports' })).toBeVisible();
  const year = new Date().getFullYear() - 1;
  await page.getByRole('button', { name: `Année ${year}` }).click();
  await expect(page.getByText(`Période du 01/01/${year} au 31/12/${year}`)).toBeVisible();
  const activites = page.getByRole('region', { name: 'Chiffres clés' }).getByText('Activités');
  await expect(activites).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Personnes par registre' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Par quartier prioritaire (QPV)' })).toBeVisible();
  // The coordinator sees the per-mediator lines.
  await expect(page.getByRole('heading', { name: 'Présence par médiateur·rice' })).toBeVisible();
  await checkPage(page, 'rapports-desktop');

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Bilan PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`bilan-${year}-01-01-${year}-12-31.pdf`);
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tableur XLSX' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`bilan-${year}-01-01-${year}-12-31.xlsx`);
  expect(
    readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  await page.setViewportSize(PHONE);
  await expect(page.getByRole('heading', { name: 'Personnes par genre' })).toBeVisible();
  await checkPage(page, 'rapports-phone');
  expect(errors).toEqual([]);
});
