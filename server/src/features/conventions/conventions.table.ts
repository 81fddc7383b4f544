import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ref, stamps, structureId } from '../../db/columns';
import { partners } from '../partenaires/partenaires.table';
import { places, territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

/**
 * A funder's agreement (convention): a funder among the structure's partners, a period, a
 * perimeter (QPV and places, transport lines being places) and objectives. The funder and author
 * references are NO ACTION, DEFERRABLE INITIALLY DEFERRED (migration 0007, like 0005/0006): a
 * partner that funds a convention cannot be deleted alone, a whole structure still can.
 */
export const conventions = pgTable(
  'conventions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    nom: text('nom').notNull(),
    /** The funder's own reference (n° de convention), free text. */
    reference: text('reference'),
    du: date('du', { mode: 'string' }).notNull(),
    au: date('au', { mode: 'string' }).notNull(),
    commentaire: text('commentaire'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    ...stamps(),
  },
  (t) => [
    index('conventions_structure_idx').on(t.structureId, t.du),
    check('conventions_periode_ck', sql`${t.au} >= ${t.du}`),
  ],
);

/** The QPV of a convention's perimeter. */
export const conventionTerritoires = pgTable(
  'convention_territoires',
  {
    conventionId: ref('convention_id', () => conventions.id, 'cascade').notNull(),
    territoryId: ref('territory_id', () => territories.id, 'cascade').notNull(),
  },
  (t) => [primaryKey({ columns: [t.conventionId, t.territoryId] })],
);

/** The places (a residence, a transport line…) of a convention's perimeter. */
export const conventionLieux = pgTable(
  'convention_lieux',
  {
    conventionId: ref('convention_id', () => conventions.id, 'cascade').notNull(),
    placeId: ref('place_id', () => places.id, 'cascade').notNull(),
  },
  (t) => [primaryKey({ columns: [t.conventionId, t.placeId] })],
);

/** One objective of a convention: a target for one indicator of the report (code list in domain/conventions). */
export const conventionObjectifs = pgTable(
  'convention_objectifs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    conventionId: ref('convention_id', () => conventions.id, 'cascade').notNull(),
    indicateur: text('indicateur').notNull(),
    cible: doublePrecision('cible').notNull(),
  },
  (t) => [
    uniqueIndex('convention_objectifs_indicateur_uq').on(t.conventionId, t.indicateur),
    check('convention_objectifs_cible_ck', sql`${t.cible} >= 0`),
  ],
);
