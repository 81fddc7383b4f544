import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, createdAt, instant, ref, stamps, structureId } from '../../db/columns';
import { personnes } from '../accueil/accueil.table';
import { actions } from '../actions/actions.table';
import { partners } from '../partenaires/partenaires.table';
import { territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

/** A residents' project the team supports (issue 14, part 4; ADR 034). Statuses: TAXONOMIES.md. */
export const projets = pgTable(
  'projets',
  {
    /** Made by the client: a retried creation writes one project. */
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    territoryId: ref('territory_id', () => territories.id, 'no action').notNull(),
    titre: text('titre').notNull(),
    description: text('description'),
    statut: text('statut').notNull().default('idee'),
    /**
     * The collective action the project grew out of. Deleting the action keeps the project and
     * forgets the link (ADR 035): the project is the residents', the action only its start.
     */
    actionOrigineId: ref('action_origine_id', () => actions.id, 'set null'),
    createdBy: ref('created_by', () => users.id, 'set null'),
    ...stamps(),
  },
  (t) => [
    // The list: filter, then `created_at desc, id desc` (ADR 020).
    index('projets_structure_idx').on(t.structureId, t.statut, t.createdAt, t.id),
    index('projets_territory_idx').on(t.territoryId, t.createdAt, t.id),
  ],
);

/** Every status a project took, with when: the report counts the projects carried out in a period. */
export const projetStatuts = pgTable(
  'projet_statuts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projetId: ref('projet_id', () => projets.id, 'cascade').notNull(),
    statut: text('statut').notNull(),
    /** 1, 2, 3… per project: the order of the changes, even when two share an instant. */
    seq: integer('seq').notNull(),
    at: instant('at').notNull(),
    byUserId: ref('by_user_id', () => users.id, 'set null'),
  },
  (t) => [
    uniqueIndex('projet_statuts_projet_seq_idx').on(t.projetId, t.seq),
    index('projet_statuts_at_idx').on(t.statut, t.at),
  ],
);

/** The partners of a project. */
export const projetPartenaires = pgTable(
  'projet_partenaires',
  {
    projetId: ref('projet_id', () => projets.id, 'cascade').notNull(),
    partnerId: ref('partner_id', () => partners.id, 'cascade').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projetId, t.partnerId] }),
    index('projet_partenaires_partner_idx').on(t.partnerId),
  ],
);

/**
 * The collective actions a project led to (issue 14, part 4): an action serves at most one
 * project; the link goes with either. A link table, as the project already names its action of
 * origin (a column on `actions` would make the two tables import each other).
 */
export const projetActions = pgTable(
  'projet_actions',
  {
    actionId: ref('action_id', () => actions.id, 'cascade').primaryKey(),
    projetId: ref('projet_id', () => projets.id, 'cascade').notNull(),
  },
  (t) => [index('projet_actions_projet_idx').on(t.projetId)],
);

/** The residents who carry a project: pseudonymous files, gone with the file when it is erased. */
export const projetPorteurs = pgTable(
  'projet_porteurs',
  {
    projetId: ref('projet_id', () => projets.id, 'cascade').notNull(),
    personneId: ref('personne_id', () => personnes.id, 'cascade').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projetId, t.personneId] }),
    index('projet_porteurs_personne_idx').on(t.personneId),
  ],
);

/** A dated support step with the mediators' time (minutes, in quarter hours). */
export const projetEtapes = pgTable(
  'projet_etapes',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    projetId: ref('projet_id', () => projets.id, 'cascade').notNull(),
    kind: text('kind').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull().default(0),
    mediatorIds: uuid('mediator_ids').array().notNull().default(sql`'{}'::uuid[]`),
    note: text('note'),
    createdBy: ref('created_by', () => users.id, 'set null'),
    createdAt: createdAt(),
  },
  (t) => [
    index('projet_etapes_projet_idx').on(t.projetId, t.day),
    index('projet_etapes_structure_day_idx').on(t.structureId, t.day),
  ],
);

/**
 * Funding sought from one funder, and what was obtained (euros, exact cents). The funder's name is
 * kept even when it is a partner, so the line still reads after the partner is deleted.
 */
export const projetFinancements = pgTable(
  'projet_financements',
  {
    id: uuid('id').primaryKey(),
    structureId: structureId(),
    projetId: ref('projet_id', () => projets.id, 'cascade').notNull(),
    partnerId: ref('partner_id', () => partners.id, 'set null'),
    financeurNom: text('financeur_nom').notNull(),
    montantSollicite: numeric('montant_sollicite', { precision: 12, scale: 2 }).notNull(),
    montantObtenu: numeric('montant_obtenu', { precision: 12, scale: 2 }),
    day: date('day', { mode: 'string' }).notNull(),
    createdBy: ref('created_by', () => users.id, 'set null'),
    ...stamps(),
  },
  (t) => [
    index('projet_financements_projet_idx').on(t.projetId, t.day),
    index('projet_financements_structure_day_idx').on(t.structureId, t.day),
  ],
);

/**
 * The documents of a project (issue 14, part 4): a budget, a poster, a funder's letter. Kept in
 * the database like the photos; an image is re-encoded without its metadata (lib/images.ts).
 */
export const projetDocuments = pgTable(
  'projet_documents',
  {
    id: uuid('id').primaryKey(),
    projetId: ref('projet_id', () => projets.id, 'cascade').notNull(),
    nom: text('nom').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    data: bytea('data').notNull(),
    creePar: ref('cree_par', () => users.id, 'set null'),
    createdAt: createdAt(),
  },
  (t) => [index('projet_documents_projet_idx').on(t.projetId)],
);
