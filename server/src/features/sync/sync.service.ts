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
  entries: SyncEntry[],
): Promise<SyncResult[]> {
  const loan = lendAuth(auth);
  const results: SyncResult[] = [];
  try {
    for (const entry of entries) {
      if (results.some((r) => isRetryStatus(r.status))) {
        results.push(NOT_RUN);
        continue;
      }
      results.push(isBatchable(entry.method, entry.path) ? await runOne(app, loan.key, entry) : NOT_ALLOWED);
    }
  } finally {
    loan.release();
  }
  return results;
}
