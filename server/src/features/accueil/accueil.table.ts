import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { ReponseInput } from '../../../../domain/accueil/demande.schema';
import { createdAt, instant, ref, stamps, structureId } from '../../db/columns';
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
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** A person file: pseudonymous; identity columns stay null without a consent. */
export const personnes = pgTable(
  'personnes',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    territoryId: ref('territory_id', () => territories.id, 'no action').notNull(),
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
    createdBy: ref('created_by', () => users.id, 'set null'),
    ...stamps(),
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
    structureId: structureId(),
    personneId: ref('personne_id', () => personnes.id, 'cascade').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    finalite: text('finalite').notNull(),
    mode: text('mode').notNull(),
    partagePartenaires: boolean('partage_partenaires').notNull().default(false),
    recordedBy: ref('recorded_by', () => users.id, 'set null'),
    withdrawnAt: instant('withdrawn_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('consentements_personne_idx').on(t.personneId),
    // The consent register: newest given first, then created, then id (ADR 020).
    index('consentements_structure_given_idx').on(t.structureId, t.givenOn, t.createdAt, t.id),
  ],
);

/** One request of a resident; anonymous when `personne_id` is null. */
export const demandes = pgTable(
  'demandes',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    territoryId: ref('territory_id', () => territories.id, 'no action').notNull(),
    personneId: ref('personne_id', () => personnes.id, 'set null'),
    occurredAt: instant('occurred_at').notNull(),
    canal: text('canal').notNull(),
    motifs: text('motifs').array().notNull(),
    /** Responses as validated by `reponseSchema` (orientations also live in their own table). */
    reponses: jsonb('reponses').notNull().$type<ReponseInput[]>(),
    /** A short note of the mediator (280 characters, free-text rules). */
    note: text('note'),
    createdBy: ref('created_by', () => users.id, 'set null'),
    ...stamps(),
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
    structureId: structureId(),
    territoryId: ref('territory_id', () => territories.id, 'no action').notNull(),
    demandeId: ref('demande_id', () => demandes.id, 'cascade').notNull(),
    personneId: ref('personne_id', () => personnes.id, 'set null'),
    serviceId: ref('service_id', () => annuaireServices.id, 'no action').notNull(),
    /** The partner the service belonged to when the orientation was made: who may answer it. */
    partnerId: ref('partner_id', () => partners.id, 'set null'),
    statut: text('statut').notNull(),
    statutAt: instant('statut_at').notNull(),
    motifRefus: text('motif_refus'),
    commentairePartenaire: text('commentaire_partenaire'),
    note: text('note'),
    createdBy: ref('created_by', () => users.id, 'set null'),
    ...stamps(),
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
    structureId: structureId(),
    orientationId: ref('orientation_id', () => orientations.id, 'cascade').notNull(),
    statut: text('statut').notNull(),
    at: instant('at').notNull(),
    byUserId: ref('by_user_id', () => users.id, 'set null'),
    /** `structure`, `partenaire` or `systeme` (the expiry job). */
    byKind: text('by_kind').notNull(),
    motifRefus: text('motif_refus'),
    commentaire: text('commentaire'),
  },
  (t) => [index('orientation_events_orientation_idx').on(t.orientationId, t.at)],
);
