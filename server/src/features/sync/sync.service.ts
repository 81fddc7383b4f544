/**
 * Applies a batch of outbox entries (ADR 036) one after the other, each through its own route
 * (same validation, rules, transaction and audit row as when sent alone), with the batch's
 * caller lent to them: the session and CSRF are checked once, for the batch.
 */
import type { FastifyInstance } from 'fastify';
import {
  isBatchable,
  isRetryStatus,
  NOT_RUN,
  type SyncEntry,
  type SyncResult,
} from '../../../../domain/sync/sync.schema';
import { type AuthState, LENT_AUTH_HEADER, lendAuth } from '../../lib/auth';
import type { ServiceContext } from '../../lib/context';
import { applyContactRun, contactActivite } from './sync-contacts';

const NOT_ALLOWED: SyncResult = {
  status: 400,
  body: {
    error: {
      code: 'hors_lot',
      message: 'Cette opération ne peut pas être envoyée dans un lot de synchronisation.',
    },
  },
};

function parse(payload: string, contentType: string | undefined): unknown {
  if (!payload) return null;
  if (!contentType?.includes('application/json')) return payload;
  return JSON.parse(payload) as unknown;
}

async function runOne(app: FastifyInstance, key: string, entry: SyncEntry): Promise<SyncResult> {
  const hasBody = entry.body !== undefined;
  const response = await app.inject({
    method: entry.method,
    url: entry.path,
    headers: { [LENT_AUTH_HEADER]: key, ...(hasBody ? { 'content-type': 'application/json' } : {}) },
    ...(hasBody ? { payload: JSON.stringify(entry.body) } : {}),
  });
  const contentType = response.headers['content-type'];
  return { status: response.statusCode, body: parse(response.payload, String(contentType ?? '')) };
}

/** Each entry's answer, in order; after one to send again, the rest are not run. */
export async function applyBatch(
  app: FastifyInstance,
  auth: AuthState,
  requestId: string,
  entries: SyncEntry[],
): Promise<SyncResult[]> {
  const loan = lendAuth(auth);
  const ctx: ServiceContext = {
    db: app.deps.db,
    actor: auth.actor,
    requestId,
    channel: auth.channel,
    now: app.deps.now,
  };
  const results: SyncResult[] = [];
  try {
    let i = 0;
    while (i < entries.length) {
      // A run of contacts of one activity is written as one lot; each entry keeps its own answer.
      const activite = contactActivite(entries[i]!);
      let end = i + 1;
      while (activite && end < entries.length && contactActivite(entries[end]!) === activite) end++;
      const run = entries.slice(i, end);
      const stopped = () => results.some((r) => isRetryStatus(r.status));
      // No lot starts after an entry to send again; a lot's written answers are told as they are.
      const lot =
        activite && run.length > 1 && !stopped()
          ? await applyContactRun(ctx, activite, run)
          : run.map(() => null);
      for (const [k, entry] of run.entries()) {
        const done = lot[k];
        if (done) results.push(done);
        else if (stopped()) results.push(NOT_RUN);
        else if (!isBatchable(entry.method, entry.path)) results.push(NOT_ALLOWED);
        else results.push(await runOne(app, loan.key, entry));
      }
      i = end;
    }
  } finally {
    loan.release();
  }
  return results;
}
