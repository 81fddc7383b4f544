/**
 * Weight of the street capture pages (issue 15 part 6): the JavaScript a phone downloads on a cold
 * load of each page, measured in Chromium, not estimated.
 *
 * The production build is served by `npm start` (scripts/start.mjs, rebuilt when stale) on a fresh
 * PGlite folder with the demo loaded. A mediator signs in once; then each page opens in a NEW
 * browser context that holds only the session cookie: empty HTTP cache, no service worker (blocked,
 * so its background precache is not counted: it downloads the rest of the app after the first
 * load, off the critical path). Every script response until the page's heading shows and the
 * network is idle is summed, raw and gzipped. The server sends files uncompressed, so each body is
 * gzipped here (level 6, what nginx or a CDN in front of it would do).
 *
 * Prints a Markdown table. Usage: tsx bench/page-weight.ts [--port 3422] [--write] [--files]
 * (--write also puts the table into BENCHMARKS.md under its own heading; npm run bench writes the
 * whole file itself; --files lists each page's scripts on stderr).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { startServer } from './server';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PORT = arg('port', Number(process.env.BENCH_PORT ?? 3408) + 14);
const BUDGET_KB = 150;
const USER = 'mediation1@demo.trame.local';
const PASSWORD = 'demo-trame-2026';
export const GOAL = `≤ ${BUDGET_KB} kB of gzipped JavaScript on a cold load of each street capture page (issue 15 part 6; was 178.6 kB for the tournée)`;

/** The capture pages of issue 15; the counts at the door of the demo's latest collective action. */
const PAGES = [
  { name: 'Tournée', path: '/tournee' },
  { name: 'Nouvelle demande', path: '/demandes/nouvelle' },
  { name: 'Nouveau signalement', path: '/signalements/nouveau' },
  { name: 'Comptage d’une action', path: '/actions/{id}/comptage' },
];

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];

async function measure(url: string) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const viewport = { width: 360, height: 740 };
  try {
    const login = await browser.newContext({ viewport, locale: 'fr-FR', serviceWorkers: 'block' });
    const res = await login.request.post(`${url}/api/auth/login`, {
      data: { email: USER, password: PASSWORD },
    });
    if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
    const action = (await (await login.request.get(`${url}/api/actions?parPage=1`)).json()).items[0];
    if (!action) throw new Error('the demo has no collective action to count');
    const storageState = await login.storageState();
    await login.close();

    const rows: Array<{ name: string; path: string; scripts: number; raw: number; gzip: number }> = [];
    for (const page_ of PAGES) {
      const p = { ...page_, path: page_.path.replace('{id}', action.id) };
      const context = await browser.newContext({
        viewport,
        locale: 'fr-FR',
        serviceWorkers: 'block',
        storageState,
      });
      const page = await context.newPage();
      const bodies: Array<Promise<Buffer>> = [];
      const names: string[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() !== 'script') return;
        names.push(new URL(r.url()).pathname);
        bodies.push(r.body());
      });
      await page.goto(`${url}${p.path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      if (new URL(page.url()).pathname !== p.path) throw new Error(`${p.path} redirected to ${page.url()}`);
      const scripts = await Promise.all(bodies);
      if (process.argv.includes('--files')) {
        const sizes = scripts.map(
          (b, i) => `${kb(gzipSync(b, { level: 6 }).length).padStart(6)} ${names[i]}`,
        );
        console.error(`${p.path}\n${sizes.sort().reverse().join('\n')}`);
      }
      rows.push({
        ...p,
        path: page_.path,
        scripts: scripts.length,
        raw: scripts.reduce((s, b) => s + b.length, 0),
        gzip: scripts.reduce((s, b) => s + gzipSync(b, { level: 6 }).length, 0),
      });
      await context.close();
    }
    return { rows, version: browser.version() };
  } finally {
    await browser.close();
  }
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'trame-weight-'));
  const location = path.join(dir, 'data');
  // Builds the web app and the server when stale, then loads the demo structure.
  const env: NodeJS.ProcessEnv = { ...process.env, TRAME_DATA_DIR: location, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  execFileSync(process.execPath, ['scripts/start.mjs', 'cli', 'demo'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const server = await startServer({ engine: 'pglite', location }, PORT);
  try {
    const { rows, version } = await measure(server.url);
    const lines = [
      `Cold load at 360 px as ${USER}, Chromium ${version}, budget ≤ ${BUDGET_KB} kB of gzipped JavaScript.`,
      '',
      '| Page | Path | Scripts | JS raw (kB) | JS gzip (kB) | Budget |',
      '| --- | --- | ---: | ---: | ---: | --- |',
      ...rows.map(
        (r) =>
          `| ${r.name} | \`${r.path}\` | ${r.scripts} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.gzip <= BUDGET_KB * 1000 ? 'met' : 'MISSED'} |`,
      ),
    ];
    const table = lines.join('\n');
    console.log(table);
    if (process.argv.includes('--write')) writeSection(table);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const HEADING = '## Street capture pages: JavaScript weight on a cold load';

/** Replaces (or appends) this bench's section of BENCHMARKS.md, leaving the others as they are. */
function writeSection(table: string) {
  const doc = readFileSync('BENCHMARKS.md', 'utf8');
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`;
  const section = `${HEADING}\n\nGoal: ${GOAL}. Run alone (\`npx tsx bench/page-weight.ts --write\`) on ${when} UTC, ${machine}.\n\n${table}\n`;
  const start = doc.indexOf(HEADING);
  if (start < 0) return writeFileSync('BENCHMARKS.md', `${doc.trimEnd()}\n\n${section}`);
  const next = doc.indexOf('\n## ', start + HEADING.length);
  writeFileSync('BENCHMARKS.md', doc.slice(0, start) + section + (next < 0 ? '' : doc.slice(next)));
}

await main();
