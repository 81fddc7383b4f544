import {
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { partners } from '../partenaires/partenaires.table';
import { structures } from '../structures/structures.table';

/**
 * A data·inclusion structure of the directory. `record` keeps the full validated record so that
 * the export round-trips; the columns beside it are derived from it for search.
 */
export const annuaireStructures = pgTable(
  'annuaire_structures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    nom: text('nom').notNull(),
    commune: text('commune'),
    codeInsee: text('code_insee'),
    record: jsonb('record').notNull().$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('annuaire_structures_source_uq').on(t.structureId, t.source, t.sourceId)],
);

/** A data·inclusion service, optionally linked to a partner of the structure and to QPV. */
export const annuaireServices = pgTable(
  'annuaire_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    annuaireStructureId: uuid('annuaire_structure_id')
      .notNull()
      .references(() => annuaireStructures.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    nom: text('nom').notNull(),
    thematiques: text('thematiques').array().notNull(),
    publics: text('publics').array().notNull(),
    commune: text('commune'),
    codeInsee: text('code_insee'),
    horaires: text('horaires'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    record: jsonb('record').notNull().$type<Record<string, unknown>>(),
    /** Local, not data·inclusion: the partner organisation that answers orientations to it. */
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    qpvCodes: text('qpv_codes').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('annuaire_services_source_uq').on(t.structureId, t.source, t.sourceId),
    index('annuaire_services_partner_idx').on(t.partnerId),
    // The directory list: by name, then id (ADR 020).
    index('annuaire_services_structure_nom_idx').on(t.structureId, t.nom, t.id),
  ],
);
