import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { type App, buildApp } from '../src/app';
import type { Database, Db } from '../src/db/client';
import { loadEnv } from '../src/env';
import { TEST_PASSWORD } from '../src/factories/factories';
import { busFor } from '../src/lib/bus';
import { openTestDatabase } from './test-db';

export interface TestApp {
  app: App;
  database: Database;
  db: Database['db'];
  /** Mutable clock: tests move time by assigning `clock.now`. */
  clock: { now: Date };
  close(): Promise<void>;
}

/** `wrapDb` lets a test give the app a wrapped handle (see rollback-db.ts). */
export async function createTestApp(
  envOverrides: Record<string, string> = {},
  options: { webDist?: string; wrapDb?: (db: Db) => Db } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock = { now: new Date() };
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...envOverrides });
  const { wrapDb, ...appOptions } = options;
  const db = wrapDb ? wrapDb(database.db) : database.db;
  const bus = await busFor(database);
  const app = await buildApp({ db, engine: database.engine, env, now: () => clock.now, bus }, appOptions);
  app.addHook('onClose', () => bus.close());
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in client: injects with the session cookie and the CSRF header. */
export interface Session {
  cookie: string;
  csrf: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function login(app: App, email: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for test user: ${res.statusCode} ${res.body}`);
  return sessionFrom(app, res);
}

/** The signed-in client of a sign-in's answer (the password's, or the second factor's). */
export function sessionFrom(app: App, res: LightMyRequestResponse): Session {
  const cookie = res.cookies.find((c) => c.name === 'trame_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = res.json().csrfToken as string;
  const request = (opts: InjectOptions) =>
    app.inject({
      ...opts,
      headers: { ...(opts.headers ?? {}), cookie: `trame_session=${cookie.value}`, 'x-csrf-token': csrf },
    });
  return {
    cookie: cookie.value,
    csrf,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/** The PATCH /api/utilisateurs/:id body that keeps `u` a mediator on every territory, active or not. */
export const mediateurBody = (u: { email: string; prenom: string; nom: string }, isActive: boolean) => ({
  email: u.email,
  prenom: u.prenom,
  nom: u.nom,
  role: 'mediateur',
  allTerritoires: true,
  territoireIds: [],
  isActive,
});

/** POST the raw bytes `body` as a photo of signalement `id` (optionally under a client `photoId`). */
export const uploadPhoto = (s: Session, id: string, body: Buffer, type: string, photoId?: string) =>
  s.request({
    method: 'POST',
    url: `/api/signalements/${id}/photos${photoId ? `?photoId=${photoId}` : ''}`,
    payload: body,
    headers: { 'content-type': type },
  });

/** The fields a 400 answer names (`error.details[].champ`), in its order. */
export const champsOf = (res: LightMyRequestResponse): string[] =>
  (res.json().error.details as Array<{ champ: string }>).map((d) => d.champ);
