import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { checkPage, offlineReady, PHONE, signIn } from './support';

test.use({ viewport: PHONE });
test.describe.configure({ timeout: 180_000 });

/** Issue 15 part 3: Trame installs as an app, and the capture forms open offline from a cold start. */
test('the manifest is French and linked, with its icons', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const res = await page.request.get('/manifest.webmanifest');
  expect(res.status()).toBe(200);
  const manifest = await res.json();
  expect(manifest).toMatchObject({
    name: 'Trame — médiation sociale',
    short_name: 'Trame',
    lang: 'fr',
    start_url: '/',
    display: 'standalone',
    theme_color: '#1864ab',
  });
  const sizes = (manifest.icons as Array<{ src: string; sizes: string; purpose: string }>).map(
    (i) => `${i.sizes} ${i.purpose}`,
  );
  expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons as Array<{ src: string }>) {
    const png = await page.request.get(icon.src);
    expect(png.status(), icon.src).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
  }
});

const territoiresOf = async (page: Page) =>
  (await (await page.request.get('/api/territoires')).json()) as Array<{
    nom: string;
    lieux: Array<{ nom: string }>;
  }>;

test('loaded once online, the three capture forms open offline in a new tab, with the territories (360 px)', async ({
  page,
  context,
}) => {
  await signIn(page, 'mediation1@demo.trame.local');
  // The service worker installs at the first visit and takes the page at once (clientsClaim).
  await offlineReady(page);
  const territoires = await territoiresOf(page);
  expect(territoires.length).toBeGreaterThan(0);
  const lieu = territoires.flatMap((t) => t.lieux)[0]!.nom;

  // Online: each capture page is visited once (its reads land in the runtime caches).
  for (const path of ['/tournee', '/demandes/nouvelle', '/signalements/nouveau']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.close();

  // The network is gone; a NEW tab (nothing in memory) opens each capture form from the caches.
  await context.setOffline(true);
  const offline = await context.newPage();

  await offline.goto('/tournee');
  await expect(offline.getByRole('button', { name: 'Démarrer la tournée' })).toBeVisible();
  const qpv = offline.getByRole('combobox', { name: 'Quartier (QPV)' });
  await expect(qpv.locator('option', { hasText: territoires[0]!.nom })).toHaveCount(1);
  await checkPage(offline, 'pwa-tournee-hors-ligne');

  await offline.goto('/demandes/nouvelle');
  const demande = offline.getByRole('form', { name: 'Nouvelle demande' });
  await expect(demande).toBeVisible();
  await expect(demande.getByRole('button', { name: 'Enregistrer la demande' })).toBeVisible();
  if (territoires.length > 1) {
    await expect(demande.getByRole('group', { name: 'QPV' }).getByText(territoires[0]!.nom)).toBeVisible();
  }
  await checkPage(offline, 'pwa-demande-hors-ligne');

  await offline.goto('/signalements/nouveau');
  await offline.getByRole('combobox', { name: 'Ou un lieu du territoire' }).click();
  await expect(offline.getByRole('option', { name: lieu })).toBeVisible();
  await offline.keyboard.press('Escape');
  await checkPage(offline, 'pwa-signalement-hors-ligne');
  await context.setOffline(false);
});

type Marked = Window & { avantMiseAJour?: boolean };
const mark = (page: Page) =>
  page.evaluate(() => {
    (window as Marked).avantMiseAJour = true;
  });
const marked = (page: Page) => page.evaluate(() => (window as Marked).avantMiseAJour ?? false);
const banner = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Une nouvelle version de Trame est prête.' });

// A deploy, as the browser sees it: the served service worker changes by a byte (the server reads
// web/dist at each request); put back after each test.
const SW = 'web/dist/sw.js';
const DEPLOYED = '\n// version suivante\n';
/** Signs in, opens the signalement form, then deploys: the new service worker installs and waits. */
async function newVersionWaiting(page: Page) {
  await signIn(page, 'mediation1@demo.trame.local');
  await offlineReady(page);
  await page.goto('/signalements/nouveau');
  writeFileSync(SW, readFileSync(SW, 'utf8') + DEPLOYED);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(banner(page)).toBeVisible({ timeout: 30_000 });
  await mark(page);
}

const waiting = (page: Page) =>
  page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

test.afterEach(() => {
  const sw = readFileSync(SW, 'utf8');
  if (sw.endsWith(DEPLOYED)) writeFileSync(SW, sw.slice(0, -DEPLOYED.length));
});

test('a new version is announced, never applied mid-capture, applied when the user chooses (360 px)', async ({
  page,
}) => {
  await newVersionWaiting(page);
  const description = page.getByLabel('Description (facultative)');
  await description.fill('Lampadaire éteint');
  await checkPage(page, 'pwa-nouvelle-version');
  // Typing goes on in the old version: nothing reloads under the user's fingers.
  await description.fill('Lampadaire éteint devant le 12');
  expect(await marked(page)).toBe(true);
  await expect(description).toHaveValue('Lampadaire éteint devant le 12');

  const reloaded = page.waitForEvent('load');
  await banner(page).getByRole('button', { name: 'Mettre à jour' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau signalement' })).toBeVisible();
  expect(await marked(page)).toBe(false);
  await expect(banner(page)).toHaveCount(0);
  expect(await waiting(page)).toBe(false);
});
