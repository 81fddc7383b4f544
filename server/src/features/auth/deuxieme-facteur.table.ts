import { bigint, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant, ref } from '../../db/columns';
import { users } from '../utilisateurs/users.table';

/**
 * A user's TOTP second factor (ADR 029). `secret` is set once enrolment is confirmed;
 * `pendingSecret` holds the one being enrolled. Neither is ever sent back after enrolment.
 */
export const secondFactors = pgTable('second_factors', {
  userId: ref('user_id', () => users.id, 'cascade').primaryKey(),
  secret: text('secret'),
  pendingSecret: text('pending_secret'),
  /** The last accepted time step: a code of that step or an earlier one is refused. */
  lastStep: bigint('last_step', { mode: 'number' }),
  activatedAt: instant('activated_at'),
  createdAt: createdAt(),
});

/** Single-use recovery codes: their SHA-256 only. Regenerating replaces them all. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ref('user_id', () => users.id, 'cascade').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: instant('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/**
 * The step between a right password and a session, when a second factor is needed. Held in the
 * database (several instances behind a load balancer); the client keeps the secret, we its hash.
 */
export const loginChallenges = pgTable(
  'login_challenges',
  {
    challengeHash: text('challenge_hash').primaryKey(),
    userId: ref('user_id', () => users.id, 'cascade').notNull(),
    /** 'code' (enrolled user) or 'enrolement' (must enrol now). */
    kind: text('kind').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: instant('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('login_challenges_user_idx').on(t.userId)],
);
