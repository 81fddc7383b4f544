/**
 * What the sync fault tests (e2e/sync-pannes.spec.ts) and the sync bench (bench/sync.ts) share:
 * a Trame server in its own process (so that it can be killed and started again on the same
 * database), and a queue of entries written straight into the outbox's IndexedDB store with the
 * shape `enqueue` gives them (web/src/lib/outbox-store.ts), then picked up by a reload.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';

export interface TrameServer {
  url: string;
  /** The server process's id (its CPU time in /proc). */
  pid(): number;
  /** SIGKILL: no shutdown hook runs, whatever was in flight is cut. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after 20 s. */
  stop(): Promise<void>;
  /** Starts it again on the same database and port. */
  restart(): Promise<void>;
}

/** PGlite (`dataDir`) or PostgreSQL (`databaseUrl`). */
export type Store = { dataDir: string } | { databaseUrl: string };

function serverEnv(port: number, store: Store, production: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  if (port) env.PORT = String(port);
  else delete env.PORT;
  if (production) Object.assign(env, { NODE_ENV: 'production', COOKIE_SECURE: 'false' });
  if ('dataDir' in store) {
    delete env.DATABASE_URL;
    env.TRAME_DATA_DIR = store.dataDir;
  } else env.DATABASE_URL = store.databaseUrl;
  return env;
}

/** Loads the demo structure (and its accounts) into a fresh database, as scripts/e2e-server.sh does. */
export function loadDemo(store: Store): void {
  const res = spawnSync(process.execPath, ['scripts/start.mjs', 'cli', 'demo'], {
    env: serverEnv(0, store, false),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (res.status !== 0) throw new Error(`demo load failed (exit ${res.status})`);
}

/** `node scripts/start.mjs` on `port` (the built bundle; start.mjs rebuilds what is stale). */
export async function startTrame(port: number, store: Store, production = false): Promise<TrameServer> {
  const url = `http://localhost:${port}`;
  let child: ChildProcess;
  const launch = async () => {
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: serverEnv(port, store, production),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`${url}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return;
      if (Date.now() > deadline) throw new Error('server not healthy after 120 s');
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
  await launch();
  return {
    url,
    pid: () => child.pid as number,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    restart: launch,
  };
}

/** What the signed-in user may write to, read from /api/auth/me. */
export interface Me {
  userId: string;
  territoireId: string;
}

export async function whoAmI(page: Page): Promise<Me> {
  const me = await (await page.request.get('/api/auth/me')).json();
  return { userId: me.user.id, territoireId: me.territoires[0].id };
}

/** One outbox entry as `enqueue` stores it; a photo's body travels as base64 and becomes a Blob. */
export interface SeedEntry {
  method: 'POST';
  path: string;
  label: string;
  body?: unknown;
  photoBase64?: string;
  clientId?: string;
  dependsOn?: string;
}

export interface Mix {
  contacts: number;
  observations: number;
  demandes: number;
  signalements: number;
  /** How many of the signalements carry `photo` (a JPEG). */
  photos: number;
}

/** The client-made ids and marks of a queue, to count what the server stored. */
export interface Queue {
  activiteId: string;
  mark: string;
  entries: SeedEntry[];
}

/**
 * The tournée's start first, then the mix in the order of a morning in the street: contacts,
 * with an observation, a request or a signalement (its photo right after it) now and then.
 */
export function buildQueue(me: Me, mix: Mix, photo?: Buffer): Queue {
  const activiteId = randomUUID();
  const mark = `sync-${Date.now().toString(36)}`;
  const now = () => new Date().toISOString();
  const entries: SeedEntry[] = [
    {
      method: 'POST',
      path: '/api/activites',
      label: 'Démarrage de la tournée',
      body: {
        id: activiteId,
        cadre: 'tournee',
        debut: new Date(Date.now() - 3_600_000).toISOString(),
        territoireId: me.territoireId,
        mediateurIds: [me.userId],
      },
    },
  ];
  const tournee = `/api/activites/${activiteId}`;
  const others: Array<() => SeedEntry[]> = [];
  for (let i = 0; i < mix.observations; i++)
    others.push(() => [
      {
        method: 'POST',
        path: `${tournee}/observations`,
        label: 'Observation',
        body: { id: randomUUID(), kind: 'tension', note: `Attroupement ${mark} ${i}`, heure: now() },
      },
    ]);
  for (let i = 0; i < mix.demandes; i++)
    others.push(() => [
      {
        method: 'POST',
        path: '/api/demandes',
        label: 'Demande',
        body: {
          id: randomUUID(),
          date: now(),
          note: `Demande ${mark} ${i}`,
          canal: 'rue',
          territoireId: me.territoireId,
          motifs: ['sante'],
          reponses: [{ type: 'information' }],
        },
      },
    ]);
  for (let i = 0; i < mix.signalements; i++)
    others.push(() => {
      const id = randomUUID();
      const s: SeedEntry[] = [
        {
          method: 'POST',
          path: '/api/signalements',
          label: 'Signalement',
          clientId: id,
          body: { id, categorie: 'eclairage', territoireId: me.territoireId, description: `${mark} ${i}` },
        },
      ];
      if (i < mix.photos && photo) {
        const photoId = randomUUID();
        s.push({
          method: 'POST',
          path: `/api/signalements/${id}/photos?photoId=${photoId}`,
          label: 'Photo 1 du signalement',
          clientId: photoId,
          dependsOn: id,
          photoBase64: photo.toString('base64'),
        });
      }
      return s;
    });
  const every = Math.max(1, Math.floor(mix.contacts / Math.max(1, others.length)));
  for (let i = 0; i < mix.contacts; i++) {
    entries.push({
      method: 'POST',
      path: `${tournee}/contacts`,
      label: 'Contact',
      body: { id: randomUUID(), nature: i % 3 ? 'ecoute' : 'information', heure: now() },
    });
    if (i % every === every - 1) entries.push(...(others.shift()?.() ?? []));
  }
  for (const rest of others) entries.push(...rest());
  return { activiteId, mark, entries };
}

/** Writes the entries into the outbox's store (the page must be on the app's origin), in order. */
export async function seedOutbox(page: Page, userId: string, entries: SeedEntry[]): Promise<void> {
  await page.evaluate(
    async ({ userId, entries }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('trame-outbox', 1);
        req.onupgradeneeded = () =>
          req.result.createObjectStore('requetes', { keyPath: 'seq', autoIncrement: true });
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const t = db.transaction('requetes', 'readwrite');
      const store = t.objectStore('requetes');
      for (const { photoBase64, ...e } of entries) {
        const body = photoBase64
          ? new Blob([Uint8Array.from(atob(photoBase64), (c) => c.charCodeAt(0))], { type: 'image/jpeg' })
          : e.body;
        store.add({ ...e, body, userId, creeLe: new Date().toISOString() });
      }
      await new Promise((resolve, reject) => {
        t.oncomplete = resolve;
        t.onerror = () => reject(t.error);
      });
      db.close();
    },
    { userId, entries },
  );
}

/** The number the sync indicator shows (« 123 en attente »), 0 once « Envoyé ». */
export async function pendingShown(page: Page): Promise<number> {
  const text = (await page.getByTestId('sync-indicator').textContent()) ?? '';
  return Number(text.match(/(\d+) en attente/)?.[1] ?? 0);
}

export interface Stored {
  contacts: number;
  observations: number;
  demandes: number;
  signalements: number;
  photos: number;
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  if (res.status() !== 200) throw new Error(`${url}: HTTP ${res.status()}`);
  return (await res.json()) as T;
}

/** What the server holds of a queue, read through the API as the signed-in user. */
export async function countStored(page: Page, q: Queue): Promise<Stored> {
  const activite = await getJson<{ contacts: unknown[]; observations: unknown[] }>(
    page,
    `/api/activites/${q.activiteId}`,
  );
  const demandes = await getJson<{ items: Array<{ note: string | null }> }>(
    page,
    '/api/demandes?parPage=100',
  );
  const signalements = await getJson<{ items: Array<{ id: string }> }>(
    page,
    `/api/signalements?miens=true&parPage=100&q=${encodeURIComponent(q.mark)}`,
  );
  let photos = 0;
  for (const s of signalements.items)
    photos += (await getJson<{ photos: unknown[] }>(page, `/api/signalements/${s.id}`)).photos.length;
  return {
    contacts: activite.contacts.length,
    observations: activite.observations.length,
    demandes: demandes.items.filter((d) => d.note?.startsWith(`Demande ${q.mark} `)).length,
    signalements: signalements.items.length,
    photos,
  };
}
