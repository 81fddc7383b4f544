import { eq, lt } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { sessions, users } from '../../db/schema';
import type { Env } from '../../env';
import { writeAudit } from '../../lib/audit-log';
import { randomSecret, sha256 } from '../../lib/crypto';
import { clearFailures, type ThrottleKeys } from './login-throttle';

export interface LoginDeps {
  db: Db;
  env: Env;
  now: Date;
  ip: string;
  requestId: string;
}

export interface OpenedSession {
  secret: string;
  csrfToken: string;
  userId: string;
}

type SessionUser = { id: string; structureId: string };

/**
 * Opens a server-side session once every factor is checked: the (account, address) pair's
 * failures are forgotten, and the login is audited. `within` runs in the same transaction
 * (the second factor consumes its code or challenge there). `idToken`: a ProConnect session's,
 * kept for logout (ADR 030).
 */
export async function openSession(
  deps: LoginDeps,
  user: SessionUser,
  keys: ThrottleKeys,
  extra?: Record<string, unknown>,
  within?: (tx: Tx) => Promise<void>,
  idToken?: string,
): Promise<OpenedSession> {
  const { db, env, now } = deps;
  const secret = randomSecret();
  const csrfToken = randomSecret();
  await db.transaction(async (tx) => {
    if (within) await within(tx);
    await clearFailures(tx, keys, now);
    // Expired sessions of anyone are swept here: logins are frequent enough and need no scheduler.
    await tx.delete(sessions).where(lt(sessions.expiresAt, now));
    await tx.insert(sessions).values({
      idHash: sha256(secret),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + env.SESSION_TTL_HOURS * 3600_000),
      idToken,
    });
    // The inactivity job counts from here (issue 16, part 7).
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    await writeAudit(tx, {
      structureId: user.structureId,
      actorUserId: user.id,
      actorLabel: `utilisateur:${user.id}`,
      channel: 'session',
      action: 'login',
      entityType: 'session',
      entityId: null,
      extra,
      requestId: deps.requestId,
    });
  });
  return { secret, csrfToken, userId: user.id };
}
