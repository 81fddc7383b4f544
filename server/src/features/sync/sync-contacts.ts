/**
 * The contacts of a batch (ADR 036): the tournée's taps are most of what an outbox holds, and a
 * run of them for one activity is written as one lot (one lock, one insert, one audit statement)
 * instead of one request each. Each body is checked by the route's own schema; the answers are
 * those the route would give, entry by entry.
 */
import { AppError } from '../../../../domain/errors';
import { canLogActivite } from '../../../../domain/main-courante/activite.rules';
import {
  type ContactCreateInput,
  contactCreateSchema,
} from '../../../../domain/main-courante/activite.schema';
import type { SyncEntry, SyncResult } from '../../../../domain/sync/sync.schema';
import type { ServiceContext } from '../../lib/context';
import { errorBody } from '../../lib/errors';
import { addContacts } from '../main-courante';

const CONTACTS_PATH =
  /^\/api\/activites\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/contacts$/i;

/** The activity a contact is noted in, for an entry that notes one; null for any other entry. */
export function contactActivite(entry: SyncEntry): string | null {
  return entry.method === 'POST' ? (CONTACTS_PATH.exec(entry.path)?.[1]?.toLowerCase() ?? null) : null;
}

/** The answer the error handler gives to an AppError. */
const refusal = (e: AppError): SyncResult => ({
  status: e.status,
  body: errorBody(e.code, e.message, e.details),
});

/**
 * The answers to a run of contacts of one activity, in order. Null where the entry must go through
 * its route alone: a body the schema refuses (the route words that refusal), an actor the route
 * would refuse, or the whole run after an unexpected failure (nothing of it was written).
 */
export async function applyContactRun(
  ctx: ServiceContext,
  activiteId: string,
  entries: SyncEntry[],
): Promise<Array<SyncResult | null>> {
  const answers: Array<SyncResult | null> = entries.map(() => null);
  if (!canLogActivite(ctx.actor)) return answers;
  const valid: Array<{ at: number; input: ContactCreateInput }> = [];
  entries.forEach((entry, at) => {
    const parsed = contactCreateSchema.safeParse(entry.body);
    if (parsed.success) valid.push({ at, input: parsed.data });
  });
  if (valid.length === 0) return answers;
  let results: Awaited<ReturnType<typeof addContacts>>;
  try {
    results = await addContacts(
      ctx,
      activiteId,
      valid.map((v) => v.input),
    );
  } catch (err) {
    // The activity itself refused (unknown, out of reach): the same answer for each.
    if (err instanceof AppError && err.status < 500) {
      for (const v of valid) answers[v.at] = refusal(err);
      return answers;
    }
    return answers;
  }
  valid.forEach((v, k) => {
    const r = results[k]!;
    answers[v.at] = r instanceof AppError ? refusal(r) : { status: r.created ? 201 : 200, body: r.view };
  });
  return answers;
}
