import { date, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { structures } from '../structures/structures.table';
import { users } from '../utilisateurs/users.table';

/**
 * The text sections a coordinator writes for the bilan of a period (introduction, highlights,
 * outlook…): kept per structure, period and section, and printed in the PDF. The author
 * reference is NO ACTION, DEFERRABLE INITIALLY DEFERRED (migration 0007).
 */
export const rapportTextes = pgTable(
  'rapport_textes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    du: date('du', { mode: 'string' }).notNull(),
    au: date('au', { mode: 'string' }).notNull(),
    section: text('section').notNull(),
    contenu: text('contenu').notNull(),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('rapport_textes_periode_uq').on(t.structureId, t.du, t.au, t.section)],
);
