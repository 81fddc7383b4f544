/** Query and answer of the audit log list (/api/journal), on the list contract (docs/listes.md). */
import { z } from 'zod';
import { pageSchema, paginationShape, periodeShape, periodeValide } from '../liste';
import { identifiant } from '../zod-fr';
import { AUDIT_CHANNELS } from './audit-channel';
import { AUDIT_ACTIONS } from './journal-labels';

/** Without `du`, the 30 days ending at `au` or today: the log grows with every read of a file. */
export const journalQuerySchema = z
  .object({
    entityType: identifiant(60).optional(),
    action: z.enum(AUDIT_ACTIONS, { error: 'Action inconnue.' }).optional(),
    userId: z.uuid().optional(),
    canal: z.enum(AUDIT_CHANNELS, { error: 'Canal inconnu.' }).optional(),
    ...periodeShape,
    ...paginationShape,
  })
  .refine(...periodeValide);
export type JournalQuery = z.infer<typeof journalQuerySchema>;

export const journalEntryViewSchema = z.object({
  /** A sequence number (bigserial), not a uuid. */
  id: z.number(),
  createdAt: z.string(),
  actorUserId: z.uuid().nullable(),
  actorNom: z.string().nullable(),
  canal: z.enum(AUDIT_CHANNELS),
  jetonId: z.uuid().nullable(),
  /** « session », « jeton API “Export SIG” »… (ADR 016). */
  canalLibelle: z.string(),
  realActorUserId: z.uuid().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  diff: z.unknown(),
});
export type JournalEntryView = z.infer<typeof journalEntryViewSchema>;

export const journalViewSchema = pageSchema(journalEntryViewSchema).extend({
  periode: z.object({ du: z.string(), au: z.string().nullable() }),
});
export type JournalView = z.infer<typeof journalViewSchema>;
