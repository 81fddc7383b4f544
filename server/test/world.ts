/**
 * The world a `describe` block tests against: the app on a fresh database, the dataset built in it
 * and the signed-in sessions, opened by `beforeAll` and closed by `afterAll`.
 *
 * The objects returned are empty until `beforeAll` has run, then filled in place: destructure them at
 * the top of the block, read them only from hooks and tests (never while the tests are collected).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../src/db/client';
import { buildStructure, buildTerritoire, buildUser } from '../src/factories/factories';
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
  return useWorld(async () => ({}), [], ...options).t;
}

type Pickers<D, S extends string> = Record<S, (d: D) => string>;

/**
 * The app, `build`'s dataset as `d`, and signed-in sessions, one after the other: either one per
 * key of `logins`, with the email its picker reads from the dataset, or one per user of the dataset
 * listed by name (the session takes the user's key).
 */
export function useWorld<D extends object, const S extends string = never>(
  build: (db: Db, t: TestApp) => Promise<D & Record<NoInfer<S>, { email: string }>>,
  logins?: readonly S[],
  ...options: AppOptions
): { t: TestApp; d: D } & Record<S, Session>;
export function useWorld<D extends object, S extends string>(
  build: (db: Db, t: TestApp) => Promise<D>,
  logins: Pickers<D, S>,
  ...options: AppOptions
): { t: TestApp; d: D } & Record<S, Session>;
export function useWorld<D extends object, S extends string>(
  build: (db: Db, t: TestApp) => Promise<D>,
  logins: Pickers<D, S> | readonly S[] = [],
  ...options: AppOptions
): { t: TestApp; d: D } & Record<S, Session> {
  const t = {} as TestApp;
  const d = {} as D;
  const pickers: Array<[S, (d: D) => string]> = Array.isArray(logins)
    ? logins.map((key: S) => [key, (x: D) => (x as Record<S, { email: string }>)[key].email])
    : (Object.entries(logins) as Array<[S, (d: D) => string]>);
  const sessions = Object.fromEntries(pickers.map(([key]) => [key, {}])) as Record<S, Session>;
  beforeAll(async () => {
    fill(t, await createTestApp(...options));
    fill(d, await build(t.db, t));
    for (const [key, email] of pickers) fill(sessions[key], await login(t.app, email(d)));
  });
  afterAll(() => t.close?.());
  return { ...sessions, t, d };
}

type UserOptions = Omit<NonNullable<Parameters<typeof buildUser>[1]>, 'structureId'>;

/** A structure (new unless given) and its users, one per key of `users`. */
export async function buildTeam<U extends string = never>(
  db: Db,
  users: Record<U, UserOptions>,
  structureId?: string,
) {
  const sid = structureId ?? (await buildStructure(db)).id;
  const built = {} as Record<U, Awaited<ReturnType<typeof buildUser>>>;
  for (const [key, u] of Object.entries(users) as Array<[U, UserOptions]>) {
    built[key] = await buildUser(db, { ...u, structureId: sid });
  }
  return { structureId: sid, ...built };
}

/**
 * A structure with one territory (QPV `qpvCode`, QN01342I unless told) and its users (see
 * `buildTeam`): the smallest world most tests sign in to.
 */
export async function buildSite<U extends string = never>(
  db: Db,
  o: { qpvCode?: string; users?: Record<U, UserOptions> } = {},
) {
  const structureId = (await buildStructure(db)).id;
  const territoryId = (await buildTerritoire(db, { structureId, qpvCode: o.qpvCode })).id;
  const users = o.users ?? ({} as Record<U, UserOptions>);
  return { territoryId, ...(await buildTeam(db, users, structureId)) };
}

/** Signs in a new user built from `o` (a mediator of a new structure unless told). */
export async function signInNew(t: TestApp, o: Parameters<typeof buildUser>[1] = {}) {
  return login(t.app, (await buildUser(t.db, o)).email);
}
