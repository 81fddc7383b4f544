import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { SMTPServer } from 'smtp-server';
import { smtpPort } from '../playwright.config';
import { checkPage, failOnConsoleErrors, PHONE, signInWatched } from './support';

const inbox: string[] = [];
let smtp: SMTPServer;

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => {
        raw += c.toString('utf8');
      });
      stream.on('end', () => {
        inbox.push(raw);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  expect((smtp.server.address() as AddressInfo).port).toBe(smtpPort);
});
test.afterAll(() => new Promise<void>((r) => smtp.close(() => r())));

test.use({
  viewport: PHONE,
  geolocation: { latitude: 43.32589, longitude: 5.40493 },
  permissions: ['geolocation'],
});

test('a mediator captures a signalement with a photo; the partner resolves it from the e-mailed link', async ({
  page,
  browser,
}) => {
  const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#7a8a99' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker' } })
    .toBuffer();
  const errors = await signInWatched(page, 'mediation1@demo.trame.local');

  const started = Date.now();
  await page.goto('/signalements/nouveau');
  await page.getByRole('radio', { name: 'Éclairage' }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'lampadaire.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('img', { name: 'Prise de vue 1' })).toBeVisible();
  await expect(page.getByText(/Position GPS relevée/)).toBeVisible();
  await checkPage(page, 'signalement-saisie');
  await page.getByLabel('Description (facultative)').fill('Lampadaire éteint devant la résidence Corot');
  await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await expect(page.getByText(/Transmis à Ville de Marseille/)).toBeVisible();
  await expect(page.getByText(/1 photo\(s\) jointe\(s\)/)).toBeVisible();
  const seconds = (Date.now() - started) / 1000;
  console.log(`capture took ${seconds.toFixed(1)} s`);
  expect(seconds).toBeLessThan(20);
  await checkPage(page, 'signalement-enregistre');

  await expect.poll(() => inbox.length, { timeout: 10_000 }).toBeGreaterThan(0);
  const body = inbox.at(-1)!.replace(/=\r?\n/g, '');
  expect(body).toContain('To: st-13-14@ville.demo.trame.local');
  const link = body.match(/https?:\/\/\S+\/lien\/signalement\/[A-Za-z0-9_.-]+/)![0];

  const partnerContext = await browser.newContext({ viewport: PHONE });
  const partner = await partnerContext.newPage();
  const partnerErrors = failOnConsoleErrors(partner);
  await partner.goto(new URL(link).pathname);
  await expect(partner.getByText('Lampadaire éteint devant la résidence Corot')).toBeVisible();
  await expect(partner.getByRole('img', { name: 'Vue 1 du problème signalé' })).toBeVisible();
  await checkPage(partner, 'signalement-lien');
  await partner.getByRole('button', { name: 'Pris en compte' }).click();
  await expect(partner.getByText('Merci, c’est enregistré.')).toBeVisible();
  await partner.getByLabel('Commentaire (obligatoire pour rejeter)').fill('Ampoule changée');
  await partner.getByRole('button', { name: 'Résolu' }).click();
  await expect(partner.getByText('Ce signalement est clos.')).toBeVisible();
  await expect(partner.getByText(/\(lien e-mail\)/).first()).toBeVisible();
  await checkPage(partner, 'signalement-lien-resolu');

  await page.getByRole('link', { name: 'Voir le signalement' }).click();
  await expect(page.getByText('Ampoule changée')).toBeVisible();
  await expect(page.getByText('Résolu', { exact: true }).first()).toBeVisible();
  await checkPage(page, 'signalement-detail');
  expect(errors).toEqual([]);
  expect(partnerErrors).toEqual([]);
  await partnerContext.close();
});

test('the coordinator reads delays per partner and the map without tiles', async ({ page }) => {
  const errors = await signInWatched(page, 'coordination@demo.trame.local');
  await page.goto('/signalements/delais');
  // A table where the room allows it, cards on a phone: both carry the same name.
  await expect(page.getByLabel('Délais par partenaire et catégorie')).toBeVisible();
  await expect(page.getByRole('heading', { name: /En retard/ })).toBeVisible();
  await checkPage(page, 'signalements-delais');
  await page.goto('/signalements/carte');
  await expect(page.getByLabel('Carte des signalements et des périmètres QPV')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ signalements?/ })).toBeVisible();
  await checkPage(page, 'signalements-carte');
  await page.goto('/signalements');
  await checkPage(page, 'signalements-liste');
  await page.goto('/signalements/reglages');
  await expect(page.getByRole('heading', { name: 'Règles de routage' })).toBeVisible();
  await expect(page.getByText('Habitat Marseille Provence').first()).toBeVisible();
  await expect(page.getByText('Diagnostic en marchant — Frais Vallon Nord')).toBeVisible();
  const pdf = await page.request.get(
    (await page.getByRole('link', { name: /PDF du diagnostic/ }).getAttribute('href')) ?? '',
  );
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  await checkPage(page, 'signalements-reglages');
  expect(errors).toEqual([]);
});

test('a partner sees only its signalements in its portal and updates one', async ({ page }) => {
  const errors = await signInWatched(page, 'ville@demo.trame.local');
  await page.goto('/signalements');
  await expect(page.getByRole('heading', { name: 'Signalements à traiter' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Statut' }).click();
  await page.getByRole('option', { name: 'Transmis' }).click();
  await expect(page.getByText('Habitat Marseille Provence')).toHaveCount(0);
  await checkPage(page, 'signalements-portail-partenaire');
  await page.getByRole('listitem').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Mettre à jour' })).toBeVisible();
  await page.getByRole('button', { name: 'Pris en compte' }).click();
  await expect(page.getByText(/portail partenaire/).first()).toBeVisible();
  await checkPage(page, 'signalement-portail-detail');
  expect(errors).toEqual([]);
});
