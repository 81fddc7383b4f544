import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { overflowingElements, smallTargets } from './targets';

export const DEMO_PASSWORD = 'demo-trame-2026';
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** Signs in through the login page, as a user would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  // The machine is shared: leave room for a slow server rather than fail on load.
  await expect(page).not.toHaveURL(/\/connexion/, { timeout: 15_000 });
}

/**
 * As the demo admin, creates an active account of `role` (every QPV) with its own password, and
 * answers its e-mail: for journeys that change an account's state, which no demo account may carry.
 */
export async function newAccount(
  page: Page,
  who: { role: string; prefix: string; password: string; prenom: string; nom: string },
): Promise<string> {
  await signIn(page, 'admin@demo.trame.local');
  const me = await (await page.request.get('/api/auth/me')).json();
  const email = `${who.prefix}-${randomUUID().slice(0, 8)}@demo.trame.local`;
  const created = await page.request.post('/api/utilisateurs', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      email,
      prenom: who.prenom,
      nom: who.nom,
      role: who.role,
      allTerritoires: true,
      territoireIds: [],
    },
  });
  expect(created.status()).toBe(201);
  const token = new URL((await created.json()).activationUrl).pathname.split('/').pop();
  const activated = await page.request.post('/api/auth/activation', {
    data: { token, password: who.password },
  });
  expect(activated.status()).toBe(204);
  return email;
}

/**
 * Waits until the service worker has precached the app and controls the page: from then on the
 * page's code (lazy chunks included) loads without network. With `reload`, reloads in between
 * (a page loaded before the worker was active is only controlled after a reload).
 */
export async function offlineReady(page: Page, { reload = false } = {}): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (reload) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // The session the reloaded page read through the worker is in its cache before the network goes:
  // a reload offline reads it there (under load the cache write could still be on its way).
  if (reload) {
    await expect
      .poll(() => page.evaluate(async () => (await caches.match('/api/auth/me')) !== undefined))
      .toBe(true);
  }
}

/** Signs in, then collects the console errors from there on (see failOnConsoleErrors). */
export async function signInWatched(page: Page, email: string, password = DEMO_PASSWORD): Promise<string[]> {
  await signIn(page, email, password);
  return failOnConsoleErrors(page);
}

/** Picks an option of a Mantine select; retried, since a form may re-render under the click. */
export async function choose(
  page: Page,
  scope: ReturnType<Page['getByRole']>,
  label: string,
  option: string,
) {
  const box = scope.getByRole('combobox', { name: label });
  await expect(async () => {
    await box.click();
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 2000 });
    await expect(box).toHaveValue(option, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Posts through the API, as the signed-in mediator, a tournée begun an hour ago on their first
 * QPV with them alone and `contacts`.
 */
export async function postTournee(
  page: Page,
  contacts: Array<{ id: string; nature: string; commentaire: string }>,
) {
  const me = await (await page.request.get('/api/auth/me')).json();
  return page.request.post('/api/activites', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: {
      id: randomUUID(),
      cadre: 'tournee',
      debut: new Date(Date.now() - 3_600_000).toISOString(),
      territoireId: me.territoires[0].id,
      mediateurIds: [me.user.id],
      contacts,
    },
  });
}

/**
 * Runs axe-core on the page as it is (zero violations allowed) and keeps a full-page screenshot
 * in .tmp/screenshots/<name>-<width>.png to look at. Also fails on page-level horizontal scroll,
 * on any control or cell past the viewport's edge, and on targets under 44 × 44 px (WCAG 2.5.5).
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `.tmp/screenshots/${name}-${width}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${name} at ${width}px`).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal scroll on ${name} at ${width}px`).toBeLessThanOrEqual(0);
  expect(await overflowingElements(page), `past the edge on ${name} at ${width}px`).toEqual([]);
  expect(await smallTargets(page), `targets under 44 × 44 px on ${name} at ${width}px`).toEqual([]);
}

/** Collects console errors (but a 401) and uncaught page errors: tests expect the list empty. */
export function failOnConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    // The app asks /api/auth/me to learn whether a session exists: a 401 there is the normal answer.
    if (msg.type() === 'error' && !/status of 401/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Clicks the link `name` and waits for the file it downloads: its suggested name, path and bytes. */
export async function downloadLink(page: Page, name: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}
