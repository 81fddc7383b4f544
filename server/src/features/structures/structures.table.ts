import { boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const structures = pgTable('structures', {
  id: uuid('id').primaryKey().defaultRandom(),
  nom: text('nom').notNull(),
  /** Retention periods chosen by the structure, in months (null: the defaults; issue 16). */
  conservation: jsonb('conservation').$type<Record<string, number>>(),
  /** Admin, direction and coordination must sign in with a second factor (ADR 029). */
  deuxiemeFacteurObligatoire: boolean('deuxieme_facteur_obligatoire').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
