import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, instant, ref, stamps, structureId } from '../../db/columns';
import { personnes } from '../accueil/accueil.table';
import { partners } from '../partenaires/partenaires.table';
import { places, territories } from '../territoires/territoires.table';
import { users } from '../utilisateurs/users.table';

/** A conflict or fragile situation followed over time. Codes: TAXONOMIES.md. */
export const situations = pgTable(
  'situations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    territoryId: ref('territory_id', () => territories.id, 'no action').notNull(),
    placeId: ref('place_id', () => places.id, 'set null'),
    kind: text('kind').notNull(),
    saisinePar: text('saisine_par').notNull(),
    referrerPartnerId: ref('referrer_partner_id', () => partners.id, 'set null'),
    description: text('description').notNull(),
    status: text('status').notNull().default('ouverte'),
    outcome: text('outcome'),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    createdBy: ref('created_by', () => users.id, 'set null'),
    ...stamps(),
  },
  (t) => [
    // Lists: filter, then `opened_on desc, created_at desc, id desc` (ADR 020).
    index('situations_structure_idx').on(t.structureId, t.status, t.openedOn, t.createdAt, t.id),
    index('situations_territory_idx').on(t.territoryId, t.openedOn, t.createdAt, t.id),
    index('situations_structure_opened_idx').on(t.structureId, t.openedOn, t.createdAt, t.id),
    index('situations_structure_closed_idx').on(t.structureId, t.closedOn),
    check('situations_closed_has_outcome', sql`${t.status} <> 'cloturee' or ${t.outcome} is not null`),
  ],
);

/** The one or two mediators in charge; warnings and justification of the impartiality check. */
export const situationMediators = pgTable(
  'situation_mediators',
  {
    situationId: ref('situation_id', () => situations.id, 'cascade').notNull(),
    userId: ref('user_id', () => users.id, 'no action').notNull(),
    warnings: jsonb('warnings').notNull().default([]),
    justification: text('justification'),
    assignedBy: ref('assigned_by', () => users.id, 'set null'),
    assignedAt: instant('assigned_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.situationId, t.userId] }),
    index('situation_mediators_user_idx').on(t.userId),
  ],
);

/** A household, person (pseudonymous), group or institution involved, with its consent. */
export const situationParties = pgTable(
  'situation_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    situationId: ref('situation_id', () => situations.id, 'cascade').notNull(),
    kind: text('kind').notNull(),
    role: text('role').notNull(),
    label: text('label').notNull(),
    partnerId: ref('partner_id', () => partners.id, 'set null'),
    /** The person's file at the accueil this party is, when the team links them (issue 11). */
    personneId: ref('personne_id', () => personnes.id, 'set null'),
    consent: text('consent').notNull().default('en_attente'),
    consentOn: date('consent_on', { mode: 'string' }),
    shareOutcome: boolean('share_outcome').notNull().default(false),
    ...stamps(),
  },
  (t) => [
    index('situation_parties_situation_idx').on(t.situationId),
    index('situation_parties_personne_idx').on(t.personneId),
  ],
);

/** One dated step of the timeline, with a short factual note. */
export const situationSteps = pgTable(
  'situation_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    situationId: ref('situation_id', () => situations.id, 'cascade').notNull(),
    kind: text('kind').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(0),
    mediatorIds: uuid('mediator_ids').array().notNull().default(sql`'{}'::uuid[]`),
    note: text('note'),
    createdBy: ref('created_by', () => users.id, 'set null'),
    createdAt: createdAt(),
  },
  (t) => [index('situation_steps_situation_idx').on(t.situationId, t.day)],
);

/** The written agreement (the latest one is current), with its proposed follow-up. */
export const situationAgreements = pgTable(
  'situation_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    situationId: ref('situation_id', () => situations.id, 'cascade').notNull(),
    text: text('text').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    partyIds: uuid('party_ids').array().notNull(),
    followUpOn: date('follow_up_on', { mode: 'string' }).notNull(),
    createdBy: ref('created_by', () => users.id, 'set null'),
    createdAt: createdAt(),
  },
  (t) => [index('situation_agreements_situation_idx').on(t.situationId)],
);

/** Links to entries of modules built separately (main courante, orientations, signalements): plain ids. */
export const situationLinks = pgTable(
  'situation_links',
  {
    situationId: ref('situation_id', () => situations.id, 'cascade').notNull(),
    kind: text('kind').notNull(),
    targetId: text('target_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.situationId, t.kind, t.targetId] }),
    index('situation_links_target_idx').on(t.kind, t.targetId),
  ],
);

/** A mediator's declared link to a place or a party (déclaration d'impartialité). */
export const mediatorLinks = pgTable(
  'mediator_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    userId: ref('user_id', () => users.id, 'cascade').notNull(),
    kind: text('kind').notNull(),
    placeId: ref('place_id', () => places.id, 'cascade'),
    partyId: ref('party_id', () => situationParties.id, 'cascade'),
    precision: text('precision'),
    createdAt: createdAt(),
  },
  (t) => [
    index('mediator_links_user_idx').on(t.userId),
    // The declarations list: the structure's (or one mediator's), newest first (ADR 020).
    index('mediator_links_structure_created_idx').on(t.structureId, t.createdAt, t.id),
    check('mediator_links_one_target', sql`(${t.placeId} is null) <> (${t.partyId} is null)`),
  ],
);
