import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  serial,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, createdAt, instant, ref, stamps, structureId } from '../../db/columns';
import { partners } from '../partenaires/partenaires.table';
import { structures } from '../structures/structures.table';
import { places, territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

/** A walk with residents and partners (diagnostic en marchant); its signalements point to it. */
export const diagnostics = pgTable(
  'diagnostics_marchants',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    territoryId: ref('territory_id', () => territories.id, 'cascade').notNull(),
    date: date('date').notNull(),
    titre: text('titre').notNull(),
    nbHabitants: integer('nb_habitants').notNull(),
    partnerIds: uuid('partner_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
  },
  // The list: newest walk first, then created, then id (ADR 020).
  (t) => [index('diagnostics_structure_idx').on(t.structureId, t.date, t.createdAt, t.id)],
);

/** A dysfunction seen in the field. The id is made by the phone, so captures are idempotent. */
export const signalements = pgTable(
  'signalements',
  {
    id: uuid('id').primaryKey(),
    /** Short number for people to quote (one sequence for the instance); Open311 ids are the uuid. */
    numero: serial('numero').notNull(),
    structureId: structureId(),
    territoryId: ref('territory_id', () => territories.id, 'cascade').notNull(),
    placeId: ref('place_id', () => places.id, 'set null'),
    /** QPV holding the point (point-in-polygon), null when outside every QPV perimeter. */
    qpvCode: text('qpv_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    categorie: text('categorie').notNull(),
    description: text('description'),
    descriptionInterne: boolean('description_interne').notNull().default(false),
    statut: text('statut').notNull().default('nouveau'),
    partnerId: ref('partner_id', () => partners.id, 'set null'),
    /** Bumped by every (re)transmission: a signed link carries it, so a later routing voids it for good. */
    routingSeq: integer('routing_seq').notNull().default(0),
    routage: text('routage').notNull(),
    alerteRoutage: text('alerte_routage'),
    doublonDeId: uuid('doublon_de_id'),
    diagnosticId: ref('diagnostic_id', () => diagnostics.id, 'set null'),
    origine: text('origine').notNull().default('application'),
    createdByUserId: ref('created_by_user_id', () => users.id, 'set null'),
    observedAt: instant('observed_at').notNull(),
    transmittedAt: instant('transmitted_at'),
    ...stamps(),
  },
  (t) => [
    // Lists: filter, then newest first with id as the tie-break (ADR 020).
    index('signalements_structure_statut_idx').on(t.structureId, t.statut, t.observedAt, t.id),
    index('signalements_partner_idx').on(t.partnerId),
    // A walk's signalements (the walks list counts them, a walk's page lists them).
    index('signalements_diagnostic_idx').on(t.diagnosticId),
    index('signalements_structure_observed_idx').on(t.structureId, t.observedAt, t.id),
    index('signalements_territory_observed_idx').on(t.territoryId, t.observedAt, t.id),
    index('signalements_geo_idx').on(t.structureId, t.categorie, t.latitude),
    check('signalements_latlon_ck', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
  ],
);

/** Dated history of every status change, and who made it. */
export const signalementStatuts = pgTable(
  'signalement_statuts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    signalementId: ref('signalement_id', () => signalements.id, 'cascade').notNull(),
    statut: text('statut').notNull(),
    at: instant('at').notNull(),
    byUserId: ref('by_user_id', () => users.id, 'set null'),
    /** Who, readable even once the account is gone: a name, or "Partenaire X (lien)". */
    byLabel: text('by_label').notNull(),
    via: text('via').notNull(),
    commentaire: text('commentaire'),
  },
  (t) => [index('signalement_statuts_sig_idx').on(t.signalementId, t.at)],
);

/** Photos are stored in the database (stateless instances), metadata stripped on upload. */
export const signalementPhotos = pgTable(
  'signalement_photos',
  {
    id: uuid('id').primaryKey(),
    signalementId: ref('signalement_id', () => signalements.id, 'cascade').notNull(),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('signalement_photos_sig_idx').on(t.signalementId)],
);

/** category × (territory or place) → partner, per structure. */
export const routingRules = pgTable(
  'signalement_routing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    categorie: text('categorie').notNull(),
    territoryId: ref('territory_id', () => territories.id, 'cascade'),
    placeId: ref('place_id', () => places.id, 'cascade'),
    partnerId: ref('partner_id', () => partners.id, 'cascade').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check('routing_rules_target_ck', sql`(${t.territoryId} is null) <> (${t.placeId} is null)`),
    uniqueIndex('routing_rules_territory_uq').on(t.categorie, t.territoryId),
    uniqueIndex('routing_rules_place_uq').on(t.categorie, t.placeId),
  ],
);

/** The HMAC key of the partners' signed links, one per structure, made on first use. */
export const signalementLinkKeys = pgTable('signalement_link_keys', {
  structureId: uuid('structure_id')
    .primaryKey()
    .references(() => structures.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
});

/** Open311 API keys (stored hashed); a structure with an active key publishes its requests. */
export const open311Keys = pgTable(
  'open311_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    label: text('label').notNull(),
    keyHash: text('key_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [uniqueIndex('open311_keys_hash_uq').on(t.keyHash)],
);
