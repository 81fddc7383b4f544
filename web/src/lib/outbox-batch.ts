/**
 * How the outbox sends (ADR 036): consecutive JSON entries of the capture routes go as one batch
 * (`POST /api/sync`), each answered with its own status; a photo (a `Blob`), a route outside the
 * batch list, or an entry waiting for one of the same batch goes after it. An older server
 * without the batch route (404) gets one request per entry again.
 */

import type { SyncAnswer } from '../../../domain/sync/sync.schema';
import { isBatchable, SYNC_BATCH_MAX } from '../../../domain/sync/sync-routes';
import { ApiError, apiRequest } from './api-client';
import type { OutboxRequest } from './outbox-store';

export type Outcome = 'ok' | 'retry' | { refused: string };

/** What a failed request means for a capture: try again later, or the server's definitive refusal. */
export function classify(error: unknown): Outcome {
  // Thrown after a 2xx only (its body was not JSON): the server has the request.
  if (!(error instanceof ApiError)) return 'ok';
  const { status, message } = error;
  // No network, a session to renew, a server hiccup, too many requests: keep it, try again later.
  if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) return 'retry';
  // The CSRF token comes back with the session once the page reaches the server again.
  if (status === 403 && message.includes('CSRF')) return 'retry';
  return { refused: message };
}

/** One entry of the plan: to send, or refused on the phone (it waits for a refused one). */
export interface Step {
  r: OutboxRequest;
  refus?: string;
}

const canBatch = (r: OutboxRequest) =>
  !(typeof Blob !== 'undefined' && r.body instanceof Blob) && isBatchable(r.method, r.path);

/**
 * The next steps, in order, from the user's next entries: a run of batchable entries (at most
 * `SYNC_BATCH_MAX`), or one entry alone; an entry whose parent was refused is refused with it.
 * `refusedParents` (client id → what the user did) gains the ones refused here.
 */
export function planSteps(next: OutboxRequest[], refusedParents: Map<string, string>, batching: boolean) {
  const steps: Step[] = [];
  const inBatch = new Set<string>();
  let sending = 0;
  for (const r of next) {
    const parent = r.dependsOn ? refusedParents.get(r.dependsOn) : undefined;
    if (parent !== undefined) {
      steps.push({ r, refus: `Non envoyé : « ${parent} » a été refusé.` });
      if (r.clientId) refusedParents.set(r.clientId, r.label);
      continue;
    }
    const alone = !batching || !canBatch(r);
    // A photo, or what waits for an entry of this batch, goes after the batch's answer.
    if (sending > 0 && (alone || (r.dependsOn !== undefined && inBatch.has(r.dependsOn)))) break;
    steps.push({ r });
    sending += 1;
    if (r.clientId) inBatch.add(r.clientId);
    if (alone || sending >= SYNC_BATCH_MAX) break;
  }
  return steps;
}

async function sendOne(r: OutboxRequest): Promise<Outcome> {
  try {
    await apiRequest(r.path, { method: r.method, body: r.body, skipUnauthorizedRedirect: true });
    return 'ok';
  } catch (error) {
    return classify(error);
  }
}

const errorOf = (status: number, body: unknown) => {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const message =
    typeof error?.message === 'string' ? error.message : `La requête a échoué (code ${status}).`;
  return new ApiError(status, typeof error?.code === 'string' ? error.code : 'inconnu', message);
};

/**
 * Sends the requests (one alone, or a batch) and answers one outcome each, in order, or
 * `unsupported` when the server does not take batches (an older one: send them one by one).
 */
export async function sendRequests(requests: OutboxRequest[]): Promise<Outcome[] | 'unsupported'> {
  const [first] = requests;
  if (requests.length === 1 && first) return [await sendOne(first)];
  try {
    const answer = await apiRequest<SyncAnswer>('/api/sync', {
      method: 'POST',
      body: { entrees: requests.map((r) => ({ method: r.method, path: r.path, body: r.body })) },
      skipUnauthorizedRedirect: true,
    });
    return requests.map((_, i) => {
      const result = answer.resultats[i];
      if (!result) return 'retry';
      return result.status < 300 ? 'ok' : classify(errorOf(result.status, result.body));
    });
  } catch (error) {
    // No readable answer: the batch may or may not have been applied; a replay is harmless.
    const outcome = error instanceof ApiError ? classify(error) : 'retry';
    // A refused batch (404 from an older server, or a shape it does not read): one by one.
    if (outcome !== 'retry' && outcome !== 'ok') return 'unsupported';
    return requests.map(() => outcome);
  }
}
