import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { offlineReady, PHONE, signIn } from './support';
import {
  buildQueue,
  countStored,
  loadDemo,
  pendingShown,
  type Queue,
  seedOutbox,
  startTrame,
  type TrameServer,
  whoAmI,
} from './sync-load';

/**
 * Issue 15, part 8: 500 entries queued offline, the server killed (SIGKILL) or the network cut
 * while they leave; every one ends stored exactly once and the indicator says « Envoyé ». The
 * server is this file's own (its own PGlite folder, on E2E_PORT + 2000) so that it can be killed.
 */
const port = Number(process.env.E2E_PORT ?? 3210) + 2000;
let dataDir: string;
let server: TrameServer;

test.use({ viewport: PHONE, baseURL: `http://localhost:${port}` });
test.describe.configure({ mode: 'serial', timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Made here, not at import: Playwright also loads this file to list the tests.
  dataDir = mkdtempSync(path.join(tmpdir(), 'trame-sync-pannes-'));
  loadDemo({ dataDir });
  server = await startTrame(port, { dataDir });
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const MIX = { contacts: 470, observations: 10, demandes: 10, signalements: 9, photos: 0 };

/**
 * Signs in, lets the service worker take the page (a reload offline is served by it), queues the
 * 500 entries offline and reloads: the indicator counts them from the store.
 */
async function queueOffline(page: Page, email: string): Promise<Queue> {
  await signIn(page, email);
  await page.goto('/tournee');
  await offlineReady(page, { reload: true });
  const me = await whoAmI(page);
  const queue = buildQueue(me, MIX);
  expect(queue.entries).toHaveLength(500);
  await page.context().setOffline(true);
  await seedOutbox(page, me.userId, queue.entries);
  await page.reload();
  await expect(page.getByTestId('sync-indicator')).toHaveText('500 en attente');
  return queue;
}

/** Waits until the sync has begun and is not done: some sent, most still on the phone. */
async function midway(page: Page) {
  await expect.poll(() => pendingShown(page), { timeout: 60_000, intervals: [20] }).toBeLessThan(480);
  expect(await pendingShown(page)).toBeGreaterThan(0);
}

async function expectAllOnce(page: Page, queue: Queue) {
  // A failed send waits up to 30 s (the backoff) before it tries again.
  await expect(page.getByTestId('sync-indicator')).toHaveText('Envoyé', { timeout: 120_000 });
  expect(await countStored(page, queue)).toEqual({
    contacts: MIX.contacts,
    observations: MIX.observations,
    demandes: MIX.demandes,
    signalements: MIX.signalements,
    photos: 0,
  });
}

test('the server killed (SIGKILL) while 500 entries sync: each is stored once, all sent', async ({
  page,
}) => {
  const queue = await queueOffline(page, 'mediation1@demo.trame.local');
  await page.context().setOffline(false);
  await midway(page);
  await server.kill();
  const left = await pendingShown(page);
  expect(left).toBeGreaterThan(0);
  await server.restart();
  await expectAllOnce(page, queue);
});

test('the network cut while 500 entries sync: each is stored once, all sent', async ({ page }) => {
  const queue = await queueOffline(page, 'mediation2@demo.trame.local');
  await page.context().setOffline(false);
  await midway(page);
  await page.context().setOffline(true);
  const left = await pendingShown(page);
  expect(left).toBeGreaterThan(0);
  await page.waitForTimeout(2000);
  // Two seconds without network: what was not sent is still on the phone.
  expect(await pendingShown(page)).toBeGreaterThan(0);
  await page.context().setOffline(false);
  await expectAllOnce(page, queue);
});
