import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ReponseInput } from '../../../../domain/accueil/demande.schema';
import { annuaireServices } from '../annuaire/annuaire.table';
import { partners } from '../partenaires/partenaires.table';
import { structures } from '../structures/structures.table';
import { territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

/** Per-structure delays of the orientation follow-up (defaults apply when no row exists). */
export const accueilSettings = pgTable('accueil_settings', {
  structureId: uuid('structure_id')
    .primaryKey()
    .references(() => structures.id, { onDelete: 'cascade' }),
  delaiRelanceJours: integer('delai_relance_jours').notNull().default(15),
  delaiExpirationJours: integer('delai_expiration_jours').notNull().default(30),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A person file: pseudonymous; identity columns stay null without a consent. */
export const personnes = pgTable(
  'personnes',
  {
    id: uuid('id').primaryKey(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    territoryId: uuid('territory_id')
      .notNull()
      .references(() => territories.id, { onDelete: 'no action' }),
    pseudonyme: text('pseudonyme').notNull(),
    trancheAge: text('tranche_age').notNull(),
    genre: text('genre').notNull(),
    typeMenage: text('type_menage').notNull(),
    residentQpv: text('resident_qpv').notNull(),
    prenom: text('prenom'),
    nom: text('nom'),
    telephone: text('telephone'),
    email: text('email'),
    /** Set when this file was merged into another: it is kept for history, hidden from lists. */
    mergedIntoId: uuid('merged_into_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('personnes_structure_idx').on(t.structureId, t.territoryId),
    // The list: live files, last updated first (ADR 020).
    index('personnes_structure_updated_idx')
      .on(t.structureId, t.updatedAt, t.id)
      .where(sql`${t.mergedIntoId} is null`),
  ],
);

export const consentements = pgTable(
  'consentements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    personneId: uuid('personne_id')
      .notNull()
      .references(() => personnes.id, { onDelete: 'cascade' }),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    finalite: text('finalite').notNull(),
    mode: text('mode').notNull(),
    partagePartenaires: boolean('partage_partenaires').notNull().default(false),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consentements_personne_idx').on(t.personneId)],
);

/** One request of a resident; anonymous when `personne_id` is null. */
export const demandes = pgTable(
  'demandes',
  {
    id: uuid('id').primaryKey(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    territoryId: uuid('territory_id')
      .notNull()
      .references(() => territories.id, { onDelete: 'no action' }),
    personneId: uuid('personne_id').references(() => personnes.id, { onDelete: 'set null' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    canal: text('canal').notNull(),
    motifs: text('motifs').array().notNull(),
    /** Responses as validated by `reponseSchema` (orientations also live in their own table). */
    reponses: jsonb('reponses').notNull().$type<ReponseInput[]>(),
    /** A short note of the mediator (280 characters, free-text rules). */
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Lists: filter, then newest first with id as the tie-break (ADR 020).
    index('demandes_structure_date_idx').on(t.structureId, t.occurredAt, t.id),
    index('demandes_territory_date_idx').on(t.territoryId, t.occurredAt, t.id),
    index('demandes_personne_idx').on(t.personneId),
  ],
);

export const orientations = pgTable(
  'orientations',
  {
    id: uuid('id').primaryKey(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    territoryId: uuid('territory_id')
      .notNull()
      .references(() => territories.id, { onDelete: 'no action' }),
    demandeId: uuid('demande_id')
      .notNull()
      .references(() => demandes.id, { onDelete: 'cascade' }),
    personneId: uuid('personne_id').references(() => personnes.id, { onDelete: 'set null' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => annuaireServices.id, { onDelete: 'no action' }),
    /** The partner the service belonged to when the orientation was made: who may answer it. */
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    statut: text('statut').notNull(),
    statutAt: timestamp('statut_at', { withTimezone: true }).notNull(),
    motifRefus: text('motif_refus'),
    commentairePartenaire: text('commentaire_partenaire'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('orientations_structure_statut_idx').on(t.structureId, t.statut, t.statutAt),
    // Lists: newest first with id as the tie-break (ADR 020).
    index('orientations_structure_created_idx').on(t.structureId, t.createdAt, t.id),
    index('orientations_territory_created_idx').on(t.territoryId, t.createdAt, t.id),
    index('orientations_partner_idx').on(t.partnerId),
    index('orientations_demande_idx').on(t.demandeId),
    index('orientations_open_idx').on(t.statutAt).where(sql`${t.statut} in ('proposee', 'prise_de_contact')`),
  ],
);

/** Dated history of every status change of an orientation. */
export const orientationEvents = pgTable(
  'orientation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    orientationId: uuid('orientation_id')
      .notNull()
      .references(() => orientations.id, { onDelete: 'cascade' }),
    statut: text('statut').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** `structure`, `partenaire` or `systeme` (the expiry job). */
    byKind: text('by_kind').notNull(),
    motifRefus: text('motif_refus'),
    commentaire: text('commentaire'),
  },
  (t) => [index('orientation_events_orientation_idx').on(t.orientationId, t.at)],
);
