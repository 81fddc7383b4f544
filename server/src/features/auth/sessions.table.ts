import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant, ref } from '../../db/columns';
import { users } from '../utilisateurs/users.table';

/** Server-side sessions: the cookie holds a random secret, the table its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: ref('user_id', () => users.id, 'cascade').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    /** The ProConnect id_token of a session opened there: logout's id_token_hint (ADR 030). */
    idToken: text('id_token'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Failed logins, keyed by a hash of the e-mail (no personal data stored) or of the IP. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    keyHash: text('key_hash').notNull(),
    failedAt: instant('failed_at').notNull().defaultNow(),
  },
  (t) => [index('login_failures_key_idx').on(t.keyHash, t.failedAt)],
);
