import { doublePrecision, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ref, stamps, structureId } from '../../db/columns';
import { partners } from '../partenaires/partenaires.table';

/** A QPV of the official list that the structure works on. Name and communes are copied from the list. */
export const territories = pgTable(
  'territories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    qpvCode: text('qpv_code').notNull(),
    nom: text('nom').notNull(),
    communes: text('communes').array().notNull(),
    ...stamps(),
  },
  (t) => [uniqueIndex('territories_structure_qpv_uq').on(t.structureId, t.qpvCode)],
);

export const sectors = pgTable(
  'sectors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    territoryId: ref('territory_id', () => territories.id, 'cascade').notNull(),
    nom: text('nom').notNull(),
    ...stamps(),
  },
  (t) => [uniqueIndex('sectors_territory_nom_uq').on(t.territoryId, t.nom)],
);

export const places = pgTable(
  'places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    territoryId: ref('territory_id', () => territories.id, 'cascade').notNull(),
    sectorId: ref('sector_id', () => sectors.id, 'set null'),
    nom: text('nom').notNull(),
    kind: text('kind').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    partnerId: ref('partner_id', () => partners.id, 'set null'),
    ...stamps(),
  },
  (t) => [
    index('places_territory_idx').on(t.territoryId),
    uniqueIndex('places_territory_nom_uq').on(t.territoryId, t.nom),
  ],
);
