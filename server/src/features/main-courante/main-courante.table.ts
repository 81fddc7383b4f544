import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant, ref, stamps, structureId } from '../../db/columns';
import { places, sectors, territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

/**
 * Copies of their activity's start, QPV and place on contacts and on mediator rows, so that a
 * report reads one covering index per table instead of joining a year of activities (ADR 013).
 * The database keeps them right (migration 0008): a BEFORE INSERT trigger fills them from the
 * activity, and an AFTER UPDATE trigger on activites carries every change; writers never set
 * them, except the CSV import, which joins them from activites in the same statement (the
 * insert trigger then skips its lookup, migration 0015). Declared nullable here so inserts need not name them; NOT NULL in the database where the
 * activity's column is.
 */
const activiteCopies = {
  activiteDebut: instant('activite_debut'),
  activiteTerritoryId: uuid('activite_territory_id'),
  activitePlaceId: uuid('activite_place_id'),
};

/**
 * An activity of the main courante (tournée, permanence…). The id is made by the client (offline
 * capture) or derived from the CSV line (import). Slot and duration are computed on write.
 * References to QPV and users are NO ACTION, made DEFERRABLE INITIALLY DEFERRED by migration
 * 0005 (drizzle cannot say it): a year of logs never vanishes with one QPV or one account, and
 * deleting a whole structure still works, its activities being cascaded in the same commit.
 */
export const activites = pgTable(
  'activites',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    territoryId: uuid('territory_id')
      .notNull()
      .references(() => territories.id),
    sectorId: ref('sector_id', () => sectors.id, 'set null'),
    placeId: ref('place_id', () => places.id, 'set null'),
    cadre: text('cadre').notNull(),
    debut: instant('debut').notNull(),
    /** null while a live tournée is in progress. */
    fin: instant('fin'),
    creneau: text('creneau').notNull(),
    dureeMinutes: integer('duree_minutes'),
    commentaire: text('commentaire'),
    statutRevue: text('statut_revue').notNull().default('a_revoir'),
    verrouillee: boolean('verrouillee').notNull().default(false),
    revueParId: uuid('revue_par_id').references(() => users.id),
    revueLe: instant('revue_le'),
    revueCommentaire: text('revue_commentaire'),
    /** saisie (API, demo) or import (CSV). */
    source: text('source').notNull().default('saisie'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    ...stamps(),
  },
  (t) => [
    // Lists: filter, then `debut desc, id desc` read backwards from the index (ADR 020).
    index('activites_structure_debut_idx').on(t.structureId, t.debut, t.id),
    index('activites_territory_debut_idx').on(t.territoryId, t.debut, t.id),
    index('activites_structure_revue_idx').on(t.structureId, t.statutRevue, t.debut, t.id),
    index('activites_created_by_debut_idx').on(t.createdBy, t.debut),
    check('activites_periode_ck', sql`${t.fin} is null or ${t.fin} > ${t.debut}`),
  ],
);

/** The mediators present on an activity. */
export const activiteMediateurs = pgTable(
  'activite_mediateurs',
  {
    activiteId: ref('activite_id', () => activites.id, 'cascade').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    ...activiteCopies,
    structureId: uuid('structure_id'),
    activiteDureeMinutes: integer('activite_duree_minutes'),
  },
  (t) => [
    primaryKey({ columns: [t.activiteId, t.userId] }),
    index('activite_mediateurs_user_idx').on(t.userId),
  ],
);

/** An anonymous contact: a count of people, never a name. Undone contacts keep a tombstone. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    activiteId: ref('activite_id', () => activites.id, 'cascade').notNull(),
    nature: text('nature').notNull(),
    nbPersonnes: integer('nb_personnes').notNull(),
    public: text('public').notNull(),
    genre: text('genre').notNull(),
    placeId: ref('place_id', () => places.id, 'set null'),
    heure: instant('heure'),
    commentaire: text('commentaire'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    deletedAt: instant('deleted_at'),
    ...activiteCopies,
    ...stamps(),
  },
  (t) => [
    index('contacts_activite_idx').on(t.activiteId),
    index('contacts_created_by_idx').on(t.createdBy, t.createdAt),
    check('contacts_nb_personnes_ck', sql`${t.nbPersonnes} >= 1`),
  ],
);

/** A veille sociale observation, flagged for the coordinator until treated. */
export const observations = pgTable(
  'observations',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    activiteId: ref('activite_id', () => activites.id, 'cascade').notNull(),
    kind: text('kind').notNull(),
    placeId: ref('place_id', () => places.id, 'set null'),
    note: text('note').notNull(),
    heure: instant('heure'),
    traiteeLe: instant('traitee_le'),
    traiteeParId: uuid('traitee_par_id').references(() => users.id),
    /** Link points for later issues: the signalement or situation this observation became. */
    signalementId: text('signalement_id'),
    situationId: text('situation_id'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    deletedAt: instant('deleted_at'),
    ...stamps(),
  },
  (t) => [
    index('observations_activite_idx').on(t.activiteId),
    index('observations_structure_created_idx').on(t.structureId, t.createdAt, t.id),
    // The veille list opens on what is still to treat: a handful among years of observations.
    index('observations_a_traiter_idx')
      .on(t.structureId, t.createdAt, t.id)
      .where(sql`${t.traiteeLe} is null and ${t.deletedAt} is null`),
  ],
);

/** History of reviews and unlocks of an activity; `created_at` is the database clock, which orders the history. */
export const activiteReviews = pgTable(
  'activite_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    activiteId: ref('activite_id', () => activites.id, 'cascade').notNull(),
    /** validee, a_corriger or deverrouillee. */
    action: text('action').notNull(),
    commentaire: text('commentaire'),
    actorId: uuid('actor_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('activite_reviews_activite_idx').on(t.activiteId, t.createdAt)],
);
