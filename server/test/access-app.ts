/** The app the access matrix and the fuzz test probe, and how a probe is sent. */
import { type Identity, seedAccessDataset } from './access-dataset';
import { createTestApp, type TestApp } from './helpers';
import { rollbackDb } from './rollback-db';
import type { RouteRequest } from './route-inputs';

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

/** The app on a rolled-back-per-probe database (rollback-db.ts), with the dataset seeded. */
export async function openAccessApp() {
  let rb: ReturnType<typeof rollbackDb> | undefined;
  const t = await createTestApp(
    {},
    {
      wrapDb: (db) => {
        rb = rollbackDb(db);
        return rb.db;
      },
    },
  );
  const data = await seedAccessDataset(t);
  return { t, rb: rb!, data };
}
