import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, createdAt, instant, ref, stamps, structureId } from '../../db/columns';
import { personnes } from '../accueil/accueil.table';
import { partners } from '../partenaires/partenaires.table';
import { places, territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

/**
 * A collective action (issue 14, ADR 032): a workshop, a meeting, a party… The id is made by the
 * client; a cancelled action stays (`statut = 'annulee'`). `participants` is the total of its
 * counts, kept with them in one transaction; the evaluation's columns are null until it is
 * written. Columns have the names of their API fields (ADR 022).
 */
export const actions = pgTable(
  'actions',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    type: text('type').notNull(),
    titre: text('titre').notNull(),
    statut: text('statut').notNull().default('prevue'),
    debut: instant('debut').notNull(),
    fin: instant('fin').notNull(),
    territoireId: ref('territoire_id', () => territories.id, 'cascade').notNull(),
    lieuId: ref('lieu_id', () => places.id, 'set null'),
    public: boolean('public').notNull().default(false),
    objectif: text('objectif'),
    /** The mediators' preparation time, beside the event's own (hours, by quarters). */
    heuresPreparation: doublePrecision('heures_preparation').notNull().default(0),
    publicCible: text('public_cible'),
    participantsAttendus: integer('participants_attendus'),
    participants: integer('participants').notNull().default(0),
    bienPasse: text('bien_passe'),
    aChanger: text('a_changer'),
    resultat: text('resultat'),
    suites: text('suites'),
    evalueeLe: instant('evaluee_le'),
    creePar: ref('cree_par', () => users.id, 'set null'),
    ...stamps(),
  },
  (t) => [
    index('actions_structure_debut_idx').on(t.structureId, t.debut, t.id),
    index('actions_territoire_idx').on(t.territoireId),
  ],
);

/** Who runs an action. */
export const actionMediateurs = pgTable(
  'action_mediateurs',
  {
    actionId: ref('action_id', () => actions.id, 'cascade').notNull(),
    mediateurId: ref('mediateur_id', () => users.id, 'cascade').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.mediateurId] }),
    index('action_mediateurs_mediateur_idx').on(t.mediateurId),
  ],
);

/** The partners who co-organise an action. */
export const actionPartenaires = pgTable(
  'action_partenaires',
  {
    actionId: ref('action_id', () => actions.id, 'cascade').notNull(),
    partenaireId: ref('partenaire_id', () => partners.id, 'cascade').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.partenaireId] }),
    index('action_partenaires_partenaire_idx').on(t.partenaireId),
  ],
);

/** The counts at the door: one line per public × genre, replaced wholesale. */
export const actionComptes = pgTable(
  'action_comptes',
  {
    actionId: ref('action_id', () => actions.id, 'cascade').notNull(),
    public: text('public').notNull(),
    genre: text('genre').notNull(),
    nombre: integer('nombre').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.public, t.genre] })],
);

/**
 * The follow-ups of an action (ADR 037): a signalement, a demande or a situation created because
 * of it. `cible_id` names a row of the table its `type` says (no foreign key across three tables:
 * a link whose record is gone, erased or deleted, is simply not shown).
 */
export const actionSuites = pgTable(
  'action_suites',
  {
    actionId: ref('action_id', () => actions.id, 'cascade').notNull(),
    type: text('type').notNull(),
    cibleId: uuid('cible_id').notNull(),
    liePar: ref('lie_par', () => users.id, 'set null'),
    lieLe: instant('lie_le').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.type, t.cibleId] })],
);

/**
 * The photos of an action (issue 14, part 3): re-encoded without metadata as a signalement's are
 * (lib/images.ts), each sent with the author's word that no one is identifiable without consent.
 */
export const actionPhotos = pgTable(
  'action_photos',
  {
    id: uuid('id').primaryKey(),
    actionId: ref('action_id', () => actions.id, 'cascade').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    creePar: ref('cree_par', () => users.id, 'set null'),
    createdAt: createdAt(),
  },
  (t) => [index('action_photos_action_idx').on(t.actionId)],
);

/**
 * Named registration to an action (issue 14, part 2), optional: pseudonymous files of the accueil
 * with a consent in force; gone with the file when it is erased.
 */
export const actionInscriptions = pgTable(
  'action_inscriptions',
  {
    actionId: ref('action_id', () => actions.id, 'cascade').notNull(),
    personneId: ref('personne_id', () => personnes.id, 'cascade').notNull(),
    inscritPar: ref('inscrit_par', () => users.id, 'set null'),
    inscritLe: instant('inscrit_le').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.personneId] }),
    index('action_inscriptions_personne_idx').on(t.personneId),
  ],
);
