/**
 * The outbox's batch (ADR 036): consecutive JSON entries of the street capture sent as one
 * request, applied by the server one after the other, each answered with its own status. Only
 * the capture routes the outbox uses may be batched; the client and the server read this list.
 */
import { z } from 'zod';
import { SYNC_BATCH_MAX } from './sync-routes';

export { isBatchable, SYNC_BATCH_MAX, SYNC_ROUTES } from './sync-routes';

export const syncEntrySchema = z.object({
  method: z.enum(['POST', 'PATCH', 'DELETE']),
  path: z.string().min(1).max(500),
  body: z.unknown().optional(),
});

export const syncBatchSchema = z.object({
  entrees: z
    .array(syncEntrySchema)
    .min(1, 'Le lot est vide.')
    .max(SYNC_BATCH_MAX, `Un lot compte au plus ${SYNC_BATCH_MAX} entrées.`),
});

/**
 * One entry's answer: the status the single route would have given and its body (the record, or
 * `{ error: { code, message } }`). After a server error or an expired session the rest of the
 * batch is not run: `non_execute` (status 503), to send again.
 */
export const syncResultSchema = z.object({ status: z.number().int(), body: z.unknown() });

export const syncAnswerSchema = z.object({ resultats: z.array(syncResultSchema) });

export type SyncEntry = z.infer<typeof syncEntrySchema>;
export type SyncResult = z.infer<typeof syncResultSchema>;
export type SyncAnswer = z.infer<typeof syncAnswerSchema>;

export const NOT_RUN = {
  status: 503,
  body: {
    error: { code: 'non_execute', message: 'Non exécuté : une entrée précédente doit être renvoyée.' },
  },
} as const satisfies SyncResult;

/** Whether an entry's status means « send it again later » (no definitive answer). */
export const isRetryStatus = (status: number) =>
  status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
