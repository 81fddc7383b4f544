/**
 * Issue 15, part 7: 500 mixed entries queued offline in Chromium (contacts, observations,
 * demandes, signalements with a 200 kB photo for 20 of them) leave when the network is back, on
 * PGlite and on PostgreSQL 15: the time from going online to « Envoyé », each entry stored once.
 * Also the time from a tap on the tournée's contact button to the count on screen, offline and
 * online. Goal: ≤ 5 s for the 500, ≤ 100 ms a tap.
 * Alone: `npx tsx bench/sync.ts` (PostgreSQL through scripts/with-postgres.sh, TEST_PG_PORT).
 * Port: SYNC_BENCH_PORT (default 3205).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import sharp from 'sharp';
import { PHONE, signIn } from '../e2e/support';
import {
  buildQueue,
  countStored,
  loadDemo,
  type SeedEntry,
  type Store,
  type Stored,
  seedOutbox,
  startTrame,
  whoAmI,
} from '../e2e/sync-load';
import { engineTable, postgresChild, printAndExit } from './engines';

const port = Number(process.env.SYNC_BENCH_PORT ?? 3205);
const MIX = { contacts: 399, observations: 30, demandes: 30, signalements: 20, photos: 20 };
const TAPS = 20;

interface Result {
  engine: string;
  entries: number;
  photoKb: number;
  syncS: number;
  serverCpuS: number;
  /** The same mix (new ids) sent one request at a time from Node: the server's share. */
  nodeS: number;
  /** The same again from the page's own fetch (through the service worker), without the outbox. */
  pageS: number;
  exactlyOnce: boolean;
  stored: Stored;
  tapOffline: number[];
  tapOnline: number[];
  load: string;
}

/** A JPEG of noise, about 200 kB: what a phone's photo weighs once the app has shrunk it. */
const photo = () =>
  sharp({
    create: {
      width: 800,
      height: 600,
      channels: 3,
      background: '#777777',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 78 })
    .toBuffer();

const cpuS = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};

/**
 * Sends a fresh copy of the mix from Node, one request after the other as the outbox does, with
 * the page's session: what the 500 cost without the browser (its fetch, IndexedDB, React).
 */
async function replayFromNode(page: Page, url: string, queue: SeedEntry[], jpeg: Buffer): Promise<number> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  const t0 = performance.now();
  for (const e of queue) {
    const res = await fetch(`${url}${e.path}`, {
      method: e.method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        'content-type': e.photoBase64 ? 'image/jpeg' : 'application/json',
      },
      body: e.photoBase64 ? new Uint8Array(jpeg) : JSON.stringify(e.body),
    });
    if (res.status >= 300) throw new Error(`${e.path}: HTTP ${res.status} ${await res.text()}`);
  }
  return (performance.now() - t0) / 1000;
}

/** Sends a fresh copy of the mix from the page with `fetch`, one after the other, no outbox. */
async function replayFromPage(page: Page, queue: SeedEntry[], jpeg: Buffer): Promise<number> {
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  const entries = queue.map(({ photoBase64, ...e }) => ({ ...e, photo: Boolean(photoBase64) }));
  return page.evaluate(
    async ({ entries, csrfToken, photo }) => {
      const blob = new Blob([Uint8Array.from(atob(photo), (c) => c.charCodeAt(0))], { type: 'image/jpeg' });
      const t0 = performance.now();
      for (const e of entries) {
        const res = await fetch(e.path, {
          method: e.method,
          headers: { 'x-csrf-token': csrfToken, 'content-type': e.photo ? 'image/jpeg' : 'application/json' },
          body: e.photo ? blob : JSON.stringify(e.body),
        });
        if (res.status >= 300) throw new Error(`${e.path}: HTTP ${res.status}`);
      }
      return (performance.now() - t0) / 1000;
    },
    { entries, csrfToken, photo: jpeg.toString('base64') },
  );
}

/** Times `TAPS` taps on a contact button: from the pointer event to the count drawn (next frame). */
async function tapTimes(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < TAPS; i++) {
    const waiting = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const count = document.querySelector('[data-testid="nb-contacts"]') as HTMLElement;
          let down = 0;
          addEventListener('pointerdown', (e) => (down = e.timeStamp), { once: true, capture: true });
          new MutationObserver((_, obs) => {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - down));
          }).observe(count, { childList: true, characterData: true, subtree: true });
        }),
    );
    await page.locator('button[data-nature="ecoute"]').click();
    times.push(await waiting);
  }
  return times;
}

async function run(engine: 'pglite' | 'postgresql', store: Store): Promise<Result> {
  loadDemo(store);
  const server = await startTrame(port, store, true);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  try {
    const context: BrowserContext = await browser.newContext({
      baseURL: server.url,
      viewport: PHONE,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    const page = await context.newPage();
    await signIn(page, 'mediation1@demo.trame.local');
    await page.goto('/tournee');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('button', { name: 'Démarrer la tournée' }).click();
    await page.getByTestId('nb-contacts').waitFor();
    const tapOnline = await tapTimes(page);
    await context.setOffline(true);
    const tapOffline = await tapTimes(page);
    await context.setOffline(false);
    await page.getByTestId('sync-indicator').getByText('Envoyé').waitFor({ timeout: 60_000 });

    const me = await whoAmI(page);
    const jpeg = await photo();
    const queue = buildQueue(me, MIX, jpeg);
    await context.setOffline(true);
    await seedOutbox(page, me.userId, queue.entries);
    await page.reload();
    await page.getByTestId('sync-indicator').getByText(`${queue.entries.length} en attente`).waitFor();
    const load = os.loadavg()[0]!.toFixed(1);
    const cpu0 = cpuS(server.pid());
    const t0 = performance.now();
    await context.setOffline(false);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="sync-indicator"]')?.textContent === 'Envoyé',
      null,
      { polling: 20, timeout: 300_000 },
    );
    const syncS = (performance.now() - t0) / 1000;
    const serverCpuS = cpuS(server.pid()) - cpu0;
    const stored = await countStored(page, queue);
    const nodeS = await replayFromNode(page, server.url, buildQueue(me, MIX, jpeg).entries, jpeg);
    const pageS = await replayFromPage(page, buildQueue(me, MIX, jpeg).entries, jpeg);
    const exactlyOnce =
      stored.contacts === MIX.contacts &&
      stored.observations === MIX.observations &&
      stored.demandes === MIX.demandes &&
      stored.signalements === MIX.signalements &&
      stored.photos === MIX.photos;
    return {
      engine,
      entries: queue.entries.length,
      photoKb: Math.round(jpeg.length / 1024),
      syncS,
      serverCpuS,
      nodeS,
      pageS,
      exactlyOnce,
      stored,
      tapOffline,
      tapOnline,
      load,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (xs: number[]) => `${median(xs).toFixed(0)} / ${Math.max(...xs).toFixed(0)}`;

async function main(): Promise<string> {
  if (process.argv.includes('--engine=postgresql')) {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set (run under scripts/with-postgres.sh)');
    console.log(`RESULT ${JSON.stringify(await run('postgresql', { databaseUrl: url }))}`);
    return '';
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'trame-bench-sync-'));
  const results: Array<Result | string> = [];
  try {
    results.push(await run('pglite', { dataDir }));
  } catch (error) {
    results.push(`PGlite run failed: ${(error as Error).message}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  results.push(postgresChild<Result>('bench/sync.ts', ['--engine=postgresql']));
  return engineTable(
    [
      `${MIX.contacts} contacts, ${MIX.observations} observations, ${MIX.demandes} demandes, ${MIX.signalements} signalements (${MIX.photos} with a JPEG photo), and the tournée's start: queued offline in Chromium (360 px), then the network back. Sync: from going online to « Envoyé » on the indicator. Same 500 from Node: a fresh copy of the mix sent one request after the other by Node's fetch with the same session (no browser, no IndexedDB). Same 500 from the page: another copy sent by the page's own fetch one after the other (through the service worker, as the outbox's requests go), without the outbox. Tap: a real click on a contact button to the count drawn (next frame), ${TAPS} taps each, median / worst.`,
      '',
      '| Engine | Entries | Photo | Sync (goal ≤ 5 s) | Server CPU during sync | Same 500 from Node | Same 500 from the page | Stored once | Tap online (ms) | Tap offline (ms) | Load average |',
      '|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|',
    ],
    results,
    (r) =>
      `| ${r.engine} | ${r.entries} | ${r.photoKb} kB | ${r.syncS.toFixed(1)} s | ${r.serverCpuS.toFixed(1)} s | ${r.nodeS.toFixed(1)} s | ${r.pageS.toFixed(1)} s | ${r.exactlyOnce ? 'yes' : `NO ${JSON.stringify(r.stored)}`} | ${ms(r.tapOnline)} | ${ms(r.tapOffline)} | ${r.load} |`,
  );
}

printAndExit(main());
