/** The app the access matrix and the fuzz test probe, and how a probe is sent. */

import type { Db } from '../src/db/client';
import { type Identity, seedAccessDataset } from './access-dataset';
import type { TestApp } from './helpers';
import { rollbackDb } from './rollback-db';
import type { RouteRequest } from './route-inputs';
import { useWorld } from './world';

/** Sends a request as an identity: session cookie and CSRF header, bearer token, or nothing. */
export function sendAs(app: TestApp['app'], who: Identity, req: RouteRequest) {
  const headers = { ...req.headers };
  if (who.kind === 'session') {
    headers.cookie = `trame_session=${who.session.cookie}`;
    headers['x-csrf-token'] = who.session.csrf;
  }
  if (who.kind === 'token') headers.authorization = `Bearer ${who.secret}`;
  return app.inject({ method: req.method as 'GET', url: req.url, headers, payload: req.payload });
}

/**
 * For the `describe` block around it (see world.ts): the app on a rolled-back-per-probe database
 * (rollback-db.ts), with the dataset seeded.
 */
export function useAccessApp() {
  const rb = {} as ReturnType<typeof rollbackDb>;
  const wrapDb = (db: Db) => Object.assign(rb, rollbackDb(db)).db;
  const { t, d: data } = useWorld((_, t) => seedAccessDataset(t), [], {}, { wrapDb });
  return { t, rb, data };
}
