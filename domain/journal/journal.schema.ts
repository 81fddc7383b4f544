/** Query and answer of the audit log list (/api/journal), on the list contract (docs/listes.md). */
import { z } from 'zod';
import { type Page, paginationShape, periodeShape, periodeValide } from '../liste';
import { identifiant } from '../zod-fr';
import { AUDIT_CHANNELS, type AuditChannel } from './audit-channel';
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

export interface JournalEntryView {
  /** A sequence number (bigserial), not a uuid. */
  id: number;
  createdAt: string;
  actorUserId: string | null;
  actorNom: string | null;
  canal: AuditChannel;
  jetonId: string | null;
  /** « session », « jeton API “Export SIG” »… (ADR 016). */
  canalLibelle: string;
  realActorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  diff: unknown;
}

export interface JournalView extends Page<JournalEntryView> {
  periode: { du: string; au: string | null };
}
