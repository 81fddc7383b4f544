import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const structures = pgTable('structures', {
  id: uuid('id').primaryKey().defaultRandom(),
  nom: text('nom').notNull(),
  /** Retention periods chosen by the structure, in months (null: the defaults; issue 16). */
  conservation: jsonb('conservation').$type<Record<string, number>>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
