import { doublePrecision, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ref, stamps, structureId } from '../../db/columns';
import { partners } from '../partenaires/partenaires.table';

/**
 * A data·inclusion structure of the directory. `record` keeps the full validated record so that
 * the export round-trips; the columns beside it are derived from it for search.
 */
export const annuaireStructures = pgTable(
  'annuaire_structures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    nom: text('nom').notNull(),
    commune: text('commune'),
    codeInsee: text('code_insee'),
    record: jsonb('record').notNull().$type<Record<string, unknown>>(),
    ...stamps(),
  },
  (t) => [uniqueIndex('annuaire_structures_source_uq').on(t.structureId, t.source, t.sourceId)],
);

/** A data·inclusion service, optionally linked to a partner of the structure and to QPV. */
export const annuaireServices = pgTable(
  'annuaire_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    annuaireStructureId: ref('annuaire_structure_id', () => annuaireStructures.id, 'cascade').notNull(),
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
    partnerId: ref('partner_id', () => partners.id, 'set null'),
    qpvCodes: text('qpv_codes').array().notNull().default([]),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('annuaire_services_source_uq').on(t.structureId, t.source, t.sourceId),
    index('annuaire_services_partner_idx').on(t.partnerId),
    // The directory list: by name, then id (ADR 020).
    index('annuaire_services_structure_nom_idx').on(t.structureId, t.nom, t.id),
  ],
);
