import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, instant, structureId } from '../../db/columns';

/**
 * A ProConnect sign-in under way, between the authorization request and the return (ADR 030).
 * In the database so any instance can take the return; keyed by the SHA-256 of `state`, used once.
 */
export const oidcTransactions = pgTable(
  'oidc_transactions',
  {
    stateHash: text('state_hash').primaryKey(),
    structureId: structureId(),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    expiresAt: instant('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('oidc_transactions_expires_idx').on(t.expiresAt)],
);
