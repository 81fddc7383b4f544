/**
 * Which outbox entries may travel in a batch (ADR 036), without zod: the web reads this on every
 * page (the outbox runs in the shell), so it must not pull the validation library into it.
 */

/** How many entries one batch carries at most. */
export const SYNC_BATCH_MAX = 50;

const ID = '[^/?#]+';

/** The capture routes an entry of a batch may target: (method, path pattern). */
export const SYNC_ROUTES: ReadonlyArray<{ method: 'POST' | 'PATCH' | 'DELETE'; path: RegExp }> = [
  { method: 'POST', path: /^\/api\/activites$/ },
  { method: 'POST', path: new RegExp(`^/api/activites/${ID}/contacts$`) },
  { method: 'PATCH', path: new RegExp(`^/api/activites/${ID}/contacts/${ID}$`) },
  { method: 'DELETE', path: new RegExp(`^/api/activites/${ID}/contacts/${ID}$`) },
  { method: 'POST', path: new RegExp(`^/api/activites/${ID}/observations$`) },
  { method: 'POST', path: new RegExp(`^/api/activites/${ID}/terminer$`) },
  { method: 'POST', path: /^\/api\/demandes$/ },
  { method: 'POST', path: /^\/api\/signalements$/ },
  { method: 'POST', path: new RegExp(`^/api/situations/${ID}/etapes$`) },
];

/** Whether an entry may travel in a batch (a photo, a raw body, never does). */
export const isBatchable = (method: string, path: string) =>
  !path.split('/').some((segment) => segment === '.' || segment === '..') &&
  SYNC_ROUTES.some((r) => r.method === method && r.path.test(path));
