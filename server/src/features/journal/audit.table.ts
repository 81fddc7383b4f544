import { sql } from 'drizzle-orm';
import { bigserial, check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { AuditChannel } from '../../../../domain/journal/audit-channel';
import { createdAt, ref } from '../../db/columns';
import { structures } from '../structures/structures.table';

/** Who did what to which record, when, and through which channel. `diff` never holds secrets. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    structureId: ref('structure_id', () => structures.id, 'cascade'),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    /** How the action reached Trame (domain/journal/audit-channel.ts, ADR 016). */
    channel: text('channel').$type<AuditChannel>().notNull(),
    /** The API token used, when channel = 'jeton' (no foreign key: the log outlives tokens). */
    apiTokenId: uuid('api_token_id'),
    /**
     * Whose credentials opened the channel. Equal to actor_user_id today (no delegation exists);
     * it would differ only if acting on behalf of someone were ever built (ADR 016).
     */
    realActorUserId: uuid('real_actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    diff: jsonb('diff'),
    requestId: text('request_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_structure_created_idx').on(t.structureId, t.createdAt, t.id),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    check(
      'audit_log_channel_ck',
      sql`${t.channel} in ('session', 'jeton', 'lien', 'open311', 'systeme', 'inconnu')`,
    ),
    check('audit_log_token_ck', sql`(${t.channel} = 'jeton') = (${t.apiTokenId} is not null)`),
  ],
);
