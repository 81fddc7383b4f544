import {
  boolean,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, instant, ref, stamps, structureId } from '../../db/columns';
import { partners } from '../partenaires/partenaires.table';
import { territories } from '../territoires/territoires.table';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    /** Stored lower-cased; unique across Trame since it is the login. */
    email: text('email').notNull(),
    prenom: text('prenom').notNull(),
    nom: text('nom').notNull(),
    role: text('role').notNull(),
    partnerId: ref('partner_id', () => partners.id, 'no action'),
    allTerritories: boolean('all_territories').notNull().default(true),
    passwordHash: text('password_hash'),
    isActive: boolean('is_active').notNull().default(true),
    /** Weekly hours of the contract, for the planning's warnings (issue 13); null: not set. */
    heuresHebdo: doublePrecision('heures_hebdo'),
    /** The last successful sign-in; null: never (then the account's creation counts). */
    lastLoginAt: instant('last_login_at'),
    ...stamps(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email), index('users_structure_idx').on(t.structureId)],
);

export const userTerritories = pgTable(
  'user_territories',
  {
    userId: ref('user_id', () => users.id, 'cascade').notNull(),
    territoryId: ref('territory_id', () => territories.id, 'cascade').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.territoryId] })],
);

/** One-time links to set a password (account activation or reset). Only the hash is stored. */
export const passwordTokens = pgTable('password_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: ref('user_id', () => users.id, 'cascade').notNull(),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
  createdAt: createdAt(),
});

/** Personal API tokens for integrations; the secret is shown once, only its hash is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: structureId(),
    userId: ref('user_id', () => users.id, 'cascade').notNull(),
    nom: text('nom').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    /** Chosen at creation, one year at most (ADR 016); an expired token answers 401. */
    expiresAt: instant('expires_at').notNull(),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);
