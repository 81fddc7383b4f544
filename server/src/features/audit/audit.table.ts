import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { structures } from '../structures/structures.table';

/** Who did what to which record, and when. `diff` never holds secrets. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    structureId: uuid('structure_id').references(() => structures.id, { onDelete: 'cascade' }),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    diff: jsonb('diff'),
    requestId: text('request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_structure_created_idx').on(t.structureId, t.createdAt, t.id),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
  ],
);
