import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { structures } from '../structures/structures.table';
import { places, sectors, territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

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
  activiteDebut: timestamp('activite_debut', { withTimezone: true }),
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
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    territoryId: uuid('territory_id')
      .notNull()
      .references(() => territories.id),
    sectorId: uuid('sector_id').references(() => sectors.id, { onDelete: 'set null' }),
    placeId: uuid('place_id').references(() => places.id, { onDelete: 'set null' }),
    cadre: text('cadre').notNull(),
    debut: timestamp('debut', { withTimezone: true }).notNull(),
    /** null while a live tournée is in progress. */
    fin: timestamp('fin', { withTimezone: true }),
    creneau: text('creneau').notNull(),
    dureeMinutes: integer('duree_minutes'),
    commentaire: text('commentaire'),
    statutRevue: text('statut_revue').notNull().default('a_revoir'),
    verrouillee: boolean('verrouillee').notNull().default(false),
    revueParId: uuid('revue_par_id').references(() => users.id),
    revueLe: timestamp('revue_le', { withTimezone: true }),
    revueCommentaire: text('revue_commentaire'),
    /** saisie (API, demo) or import (CSV). */
    source: text('source').notNull().default('saisie'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    ...stamps,
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
    activiteId: uuid('activite_id')
      .notNull()
      .references(() => activites.id, { onDelete: 'cascade' }),
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
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    activiteId: uuid('activite_id')
      .notNull()
      .references(() => activites.id, { onDelete: 'cascade' }),
    nature: text('nature').notNull(),
    nbPersonnes: integer('nb_personnes').notNull(),
    public: text('public').notNull(),
    genre: text('genre').notNull(),
    placeId: uuid('place_id').references(() => places.id, { onDelete: 'set null' }),
    heure: timestamp('heure', { withTimezone: true }),
    commentaire: text('commentaire'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    ...activiteCopies,
    ...stamps,
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
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    activiteId: uuid('activite_id')
      .notNull()
      .references(() => activites.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    placeId: uuid('place_id').references(() => places.id, { onDelete: 'set null' }),
    note: text('note').notNull(),
    heure: timestamp('heure', { withTimezone: true }),
    traiteeLe: timestamp('traitee_le', { withTimezone: true }),
    traiteeParId: uuid('traitee_par_id').references(() => users.id),
    /** Link points for later issues: the signalement or situation this observation became. */
    signalementId: text('signalement_id'),
    situationId: text('situation_id'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    ...stamps,
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
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id, { onDelete: 'cascade' }),
    activiteId: uuid('activite_id')
      .notNull()
      .references(() => activites.id, { onDelete: 'cascade' }),
    /** validee, a_corriger or deverrouillee. */
    action: text('action').notNull(),
    commentaire: text('commentaire'),
    actorId: uuid('actor_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activite_reviews_activite_idx').on(t.activiteId, t.createdAt)],
);
