/**
 * The server's share of the batch sync, alone (no browser): the bench's 500-entry mix without
 * photos sent as /api/sync batches of 50 from Node, on PGlite (a data folder) or PostgreSQL
 * (DATABASE_URL). With NODE_OPTIONS=--cpu-prof on the server, the profile says where time goes.
 * `npx tsx bench/sync-server-profile.ts`
 */

import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../e2e/support';
import { buildQueue, loadDemo, type Store, startTrame } from '../e2e/sync-load';

const port = Number(process.env.SYNC_BENCH_PORT ?? 3207);
const store: Store = process.env.DATABASE_URL
  ? { databaseUrl: process.env.DATABASE_URL }
  : { dataDir: mkdtempSync(path.join(tmpdir(), 'trame-sync-prof-')) };
loadDemo(store);
// SYNC_PROFILE_DIR: the server runs with --cpu-prof and writes its profile there when stopped.
const profile = process.env.SYNC_PROFILE_DIR;
const server = profile
  ? await (async () => {
      const child = spawn(
        process.execPath,
        ['--cpu-prof', `--cpu-prof-dir=${profile}`, 'scripts/start.mjs'],
        {
          env: {
            ...process.env,
            PORT: String(port),
            HOST: '127.0.0.1',
            LOG_LEVEL: 'warn',
            ...('dataDir' in store ? { TRAME_DATA_DIR: store.dataDir } : {}),
          },
          stdio: 'inherit',
        },
      );
      const url = `http://localhost:${port}`;
      while (
        !(await fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        ))
      )
        await new Promise((r) => setTimeout(r, 200));
      return {
        url,
        stop: () =>
          new Promise<void>((r) => {
            child.once('exit', () => r());
            child.kill('SIGINT');
          }),
      };
    })()
  : await startTrame(port, store);
try {
  let cookie = '';
  const call = async (method: string, p: string, body?: unknown, csrf?: string) => {
    const res = await fetch(`${server.url}${p}`, {
      method,
      headers: {
        cookie,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const set = res.headers.getSetCookie();
    if (set.length) cookie = set.map((c) => c.split(';')[0]).join('; ');
    return res;
  };
  const login = await call('POST', '/api/auth/login', {
    email: 'mediation1@demo.trame.local',
    password: DEMO_PASSWORD,
  });
  if (!login.ok) throw new Error(`login ${login.status} ${await login.text()}`);
  const me = await (await call('GET', '/api/auth/me')).json();
  const csrf = me.csrfToken as string;
  const q = buildQueue(
    { userId: me.user.id, territoireId: me.territoires[0].id },
    // SYNC_MIX=contacts,observations,demandes,signalements (default: the bench's mix, photos aside)
    (([contacts, observations, demandes, signalements]) => ({
      contacts,
      observations,
      demandes,
      signalements,
      photos: 0,
    }))((process.env.SYNC_MIX ?? '419,30,30,20').split(',').map(Number) as [number, number, number, number]),
  );
  const entries = q.entries.map((e) => ({ method: e.method, path: e.path, body: e.body }));
  const t0 = performance.now();
  let statuses: Record<number, number> = {};
  for (let i = 0; i < entries.length; i += 50) {
    const res = await call('POST', '/api/sync', { entrees: entries.slice(i, i + 50) }, csrf);
    if (!res.ok) throw new Error(`sync ${res.status} ${await res.text()}`);
    for (const r of (await res.json()).resultats) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`${entries.length} entries in ${s.toFixed(2)} s`, JSON.stringify(statuses));
  statuses = {};
} finally {
  await server.stop();
}
