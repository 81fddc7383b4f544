import { date, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { stamps, structureId } from '../../db/columns';
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
    structureId: structureId(),
    du: date('du', { mode: 'string' }).notNull(),
    au: date('au', { mode: 'string' }).notNull(),
    section: text('section').notNull(),
    contenu: text('contenu').notNull(),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    ...stamps(),
  },
  (t) => [uniqueIndex('rapport_textes_periode_uq').on(t.structureId, t.du, t.au, t.section)],
);
