import { expect, test } from '@playwright/test';
import { checkPage, DESKTOP, downloadLink, failOnConsoleErrors, PHONE, signIn } from './support';

const COORD = 'coordination@demo.trame.local';

// Native date fields then read dd/mm/yyyy, as for a French user.
test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });

test('the coordinator opens the report and downloads the bilan as PDF and XLSX', async ({ page }) => {
  // The longest page of the app, through axe-core twice, and two downloads.
  test.slow();
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
  await expect(page.getByRole('heading', { level: 2, name: 'Personnes par registre' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Par quartier prioritaire (QPV)' })).toBeVisible();
  // The coordinator sees the per-mediator lines.
  await expect(page.getByRole('heading', { name: 'Présence par médiateur·rice' })).toBeVisible();
  const mediateurs = page.getByRole('region', { name: 'Présence par médiateur·rice' });
  expect(await mediateurs.getByRole('row').count()).toBeGreaterThan(2);
  // Charts: each an image whose name carries its figures, beside last year.
  for (const titre of ['Personnes par registre', 'Heures de présence par créneau', 'Personnes par QPV']) {
    await expect(page.getByRole('img', { name: new RegExp(`^${titre}, en .*an passé`) })).toBeVisible();
  }
  // Hotspot map: QPV perimeters and points drawn without tiles, places listed, layers toggled.
  await expect(
    page.getByRole('region', { name: 'Carte des lieux de contact et des signalements' }),
  ).toBeVisible();
  await expect(page.locator('.leaflet-overlay-pane canvas')).toBeVisible();
  await expect(page.getByText(/personnes rencontrées sur \d+ lieux localisés/)).toBeVisible();
  // The places under the map: a table at 1280 px (cards on a phone, under the same name).
  const lieux = page.getByRole('group', { name: 'Personnes rencontrées par lieu' });
  // Auto-waiting: the list is drawn once its box is measured (cards first, then the table).
  await expect(lieux.getByRole('row').nth(1)).toBeVisible();
  const couche = page.getByRole('switch', { name: 'Signalements' });
  await couche.uncheck();
  await expect(couche).not.toBeChecked();
  await couche.check();
  await checkPage(page, 'rapports-desktop');

  const pdf = await downloadLink(page, 'Bilan PDF');
  expect(pdf.name).toBe(`bilan-${year}-01-01-${year}-12-31.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const xlsx = await downloadLink(page, 'Tableur XLSX');
  expect(xlsx.name).toBe(`bilan-${year}-01-01-${year}-12-31.xlsx`);
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');

  await page.setViewportSize(PHONE);
  await expect(page.getByRole('heading', { level: 2, name: 'Personnes par genre' })).toBeVisible();
  // At 360 px the places are a card each, never a table past the edge.
  const cartes = page.getByRole('list', { name: 'Personnes rencontrées par lieu' });
  await expect(cartes.getByRole('listitem').nth(1)).toBeVisible();
  await checkPage(page, 'rapports-phone');
  expect(errors).toEqual([]);
});

test('a mediator sees the team totals and their own line, never a colleague’s', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.setViewportSize(PHONE);
  // Samia Benali works on Malpassé only.
  await signIn(page, 'mediation1@demo.trame.local');
  await page.goto('/rapports');
  const year = new Date().getFullYear() - 1;
  await page.getByRole('button', { name: `Année ${year}` }).click();
  await expect(page.getByText(`Période du 01/01/${year} au 31/12/${year}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Chiffres clés' }).getByText('Activités')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Présence par médiateur·rice' })).toHaveCount(0);
  const mine = page.getByRole('region', { name: 'Ma présence sur la période' });
  // At 360 px a card per line (no table runs past the edge): one, hers.
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await expect(mine.getByRole('listitem').getByText('Samia Benali')).toBeVisible();
  await expect(page.getByText('Julien Moreau')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /^Personnes par registre, en/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Carte des lieux de contact et des signalements' }),
  ).toBeVisible();
  await checkPage(page, 'rapports-mediateur');
  expect(errors).toEqual([]);
});
