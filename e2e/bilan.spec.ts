import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  checkPage,
  DESKTOP,
  downloadLink,
  failOnConsoleErrors,
  offlineReady,
  PHONE,
  signIn,
} from './support';

const COORD = 'coordination@demo.trame.local';
const MEDIATEUR = 'mediation1@demo.trame.local';
const year = new Date().getFullYear() - 1;
const FAITS = `Fête de quartier du 14 juin : 300 habitant·es.\nOuverture d’une permanence au centre social.`;

test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });

test('the coordinator writes the highlights, keeps a draft offline, saves, and downloads the bilan with them', async ({
  page,
  context,
}) => {
  const errors = failOnConsoleErrors(page);
  await page.setViewportSize(DESKTOP);
  await signIn(page, COORD);
  await page.getByRole('link', { name: 'Rapports' }).first().click();
  await page.getByRole('button', { name: `Année ${year}` }).click();
  await page.getByRole('link', { name: 'Rédiger le bilan' }).click();
  await expect(page).toHaveURL(`/rapports/bilan?du=${year}-01-01&au=${year}-12-31`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bilan d’activité' })).toBeVisible();

  const faits = page.getByLabel('Faits marquants de la période');
  await faits.fill(FAITS);
  await expect(page.getByText(/Brouillon gardé sur cet appareil/)).toBeVisible();
  // The tab closes before any save: the draft comes back.
  await page.reload();
  await expect(page.getByText('Brouillon repris')).toBeVisible();
  await expect(faits).toHaveValue(FAITS);
  // The network drops: the save waits, said on screen, and goes when the network is back.
  await offlineReady(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Enregistrer les textes' }).click();
  await expect(page.getByText(/Pas de connexion : vos textes sont gardés sur cet appareil/)).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText(/Textes enregistrés le/)).toBeVisible();
  await page.reload();
  await expect(faits).toHaveValue(FAITS);
  await expect(page.getByText('Tout est enregistré.')).toBeVisible();
  await checkPage(page, 'bilan');

  const pdf = await downloadLink(page, 'Bilan PDF');
  expect(pdf.name).toBe(`bilan-${year}-01-01-${year}-12-31.pdf`);
  const file = pdf.path;
  mkdirSync('.tmp/screenshots', { recursive: true });
  copyFileSync(file, '.tmp/screenshots/bilan.pdf');
  const text = execFileSync('pdftotext', [file, '-']).toString();
  expect(text).toContain('Faits marquants de la période');
  expect(text).toContain(FAITS);

  await page.setViewportSize(PHONE);
  // On a phone the save button sits above the bottom navigation, in reach of the thumb.
  const save = await page.getByRole('button', { name: 'Enregistrer les textes' }).boundingBox();
  const nav = await page.getByRole('navigation', { name: 'Navigation principale' }).last().boundingBox();
  expect(save!.y + save!.height).toBeLessThanOrEqual(nav!.y);
  await page.screenshot({ path: '.tmp/screenshots/bilan-ecran-360.png' });
  await checkPage(page, 'bilan');
  expect(errors).toEqual([]);
});

test('a mediator reads the bilan texts but cannot change them', async ({ page }) => {
  const errors = failOnConsoleErrors(page);
  await page.setViewportSize(PHONE);
  await signIn(page, MEDIATEUR);
  await page.goto(`/rapports/bilan?du=${year}-01-01&au=${year}-12-31`);
  await expect(page.getByText('Lecture seule')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Faits marquants de la période' })).toContainText(
    'Fête de quartier du 14 juin',
  );
  await expect(page.locator('textarea')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Enregistrer les textes' })).toHaveCount(0);
  await checkPage(page, 'bilan-lecture');
  expect(errors).toEqual([]);
});
