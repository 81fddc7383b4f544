import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, instant, ref, stamps, structureId } from '../../db/columns';
import { activites } from '../main-courante/main-courante.table';
import { sectors, territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

/**
 * A planned shift (issue 13, ADR 023). The id is made by the client; a cancelled shift stays
 * (`statut = 'annule'`) so calendar feeds can say so; `sequence` rises at each change. Columns
 * have the names of their API fields (ADR 022).
 */
export const planningCreneaux = pgTable(
  'planning_creneaux',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    type: text('type').notNull(),
    debut: instant('debut').notNull(),
    fin: instant('fin').notNull(),
    territoireId: ref('territoire_id', () => territories.id, 'set null'),
    secteurId: ref('secteur_id', () => sectors.id, 'set null'),
    note: text('note'),
    statut: text('statut').notNull().default('prevu'),
    travailIsoleConfirme: boolean('travail_isole_confirme').notNull().default(false),
    /** The first shift of a repetition; its occurrences share it. */
    serieId: uuid('serie_id'),
    sequence: integer('sequence').notNull().default(0),
    /** The main courante activity started from this shift. */
    activiteId: ref('activite_id', () => activites.id, 'set null'),
    creePar: ref('cree_par', () => users.id, 'set null'),
    ...stamps(),
  },
  (t) => [
    index('planning_creneaux_structure_debut_idx').on(t.structureId, t.debut),
    index('planning_creneaux_serie_idx').on(t.serieId),
  ],
);

/** Who works a shift. */
export const planningCreneauMediateurs = pgTable(
  'planning_creneau_mediateurs',
  {
    creneauId: ref('creneau_id', () => planningCreneaux.id, 'cascade').notNull(),
    mediateurId: ref('mediateur_id', () => users.id, 'cascade').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.creneauId, t.mediateurId] }),
    index('planning_creneau_mediateurs_mediateur_idx').on(t.mediateurId),
  ],
);

/** An absence of one person (congé, maladie…): the shifts it touches are to be covered. */
export const planningAbsences = pgTable(
  'planning_absences',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    mediateurId: ref('mediateur_id', () => users.id, 'cascade').notNull(),
    type: text('type').notNull(),
    debut: instant('debut').notNull(),
    fin: instant('fin').notNull(),
    note: text('note'),
    creePar: ref('cree_par', () => users.id, 'set null'),
    ...stamps(),
  },
  (t) => [
    index('planning_absences_structure_debut_idx').on(t.structureId, t.debut),
    index('planning_absences_mediateur_idx').on(t.mediateurId),
  ],
);

/**
 * The secret of each calendar feed of a person (`personnel`, and `equipe` for coordination).
 * Kept readable, since the planning page shows the feed's address again; it opens only the
 * shifts (no resident's data), and regenerating it kills the old address (ADR 023).
 */
export const planningFlux = pgTable(
  'planning_flux',
  {
    userId: ref('user_id', () => users.id, 'cascade').notNull(),
    structureId: structureId(),
    kind: text('kind').notNull(),
    token: text('token').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] }), uniqueIndex('planning_flux_token_uq').on(t.token)],
);

/** A handover note for the team of a QPV or the crew of a shift, shown until a day (issue 13). */
export const planningConsignes = pgTable(
  'planning_consignes',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    auteurId: ref('auteur_id', () => users.id, 'no action').notNull(),
    texte: text('texte').notNull(),
    territoireId: ref('territoire_id', () => territories.id, 'cascade'),
    creneauId: ref('creneau_id', () => planningCreneaux.id, 'cascade'),
    jusquau: date('jusquau', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('planning_consignes_structure_jusquau_idx').on(t.structureId, t.jusquau)],
);

/** Who acknowledged a handover note, and when. */
export const planningConsigneLectures = pgTable(
  'planning_consigne_lectures',
  {
    consigneId: ref('consigne_id', () => planningConsignes.id, 'cascade').notNull(),
    userId: ref('user_id', () => users.id, 'cascade').notNull(),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.consigneId, t.userId] })],
);
