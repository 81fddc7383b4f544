/**
 * The world a `describe` block tests against: the app on a fresh database, the dataset built in it
 * and the signed-in sessions, opened by `beforeAll` and closed by `afterAll`.
 *
 * The objects returned are empty until `beforeAll` has run, then filled in place: destructure them at
 * the top of the block, read them only from hooks and tests (never while the tests are collected).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../src/db/client';
import { buildStructure, buildTerritoire } from '../src/factories/factories';
import { createTestApp, login, type Session, type TestApp } from './helpers';

type AppOptions = Parameters<typeof createTestApp>;

/** Copies what `value` holds into the placeholder handed out before `beforeAll`. */
function fill<T extends object>(into: T, value: T): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('useWorld: the dataset must be a plain object (wrap scalars and lists in one)');
  }
  Object.assign(into, value);
}

/** The app alone, for the blocks that build their own data. */
export function useTestApp(...options: AppOptions): TestApp {
  return useWorld(async () => ({}), {}, ...options).t;
}

/**
 * The app, `build`'s dataset as `d`, and a session per key of `logins`, signed in with the email its
 * picker reads from the dataset, one after the other in the order of `logins`.
 */
export function useWorld<D extends object, S extends string = never>(
  build: (db: Db, t: TestApp) => Promise<D>,
  logins: Record<S, (d: D) => string> = {} as Record<S, (d: D) => string>,
  ...options: AppOptions
): { t: TestApp; d: D } & Record<S, Session> {
  const t = {} as TestApp;
  const d = {} as D;
  const pickers = Object.entries(logins) as Array<[S, (d: D) => string]>;
  const sessions = Object.fromEntries(pickers.map(([key]) => [key, {}])) as Record<S, Session>;
  beforeAll(async () => {
    fill(t, await createTestApp(...options));
    fill(d, await build(t.db, t));
    for (const [key, email] of pickers) fill(sessions[key], await login(t.app, email(d)));
  });
  afterAll(() => t.close?.());
  return { ...sessions, t, d };
}

/** A structure with one territory: the smallest world most tests sign in to. */
export async function buildSite(db: Db, qpvCode?: string) {
  const structureId = (await buildStructure(db)).id;
  const territoryId = (await buildTerritoire(db, { structureId, ...(qpvCode ? { qpvCode } : {}) })).id;
  return { structureId, territoryId };
}
