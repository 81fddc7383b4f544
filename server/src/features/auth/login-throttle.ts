import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import { tooManyRequests } from '../../../../domain/errors';
import type { Db, DbOrTx } from '../../db/client';
import { loginFailures } from '../../db/schema';
import type { Env } from '../../env';
import { sha256 } from '../../lib/crypto';

/**
 * Login throttling (ADR 016). Failures are rows in `login_failures`, keyed by hashes only, so the
 * state is shared by every instance and holds no e-mail or address:
 * - per (account, address) pair: `LOGIN_MAX_FAILURES` free failures, then a delay after each
 *   further failure of 1, 2, 4, 8… minutes, at most `LOGIN_LOCKOUT_MINUTES`; failures are
 *   forgotten after a day or at the pair's next success. Another address is never slowed by it,
 *   so nobody can lock someone else out;
 * - per address, whatever the accounts: `4 × LOGIN_MAX_FAILURES` failures within
 *   `LOGIN_LOCKOUT_MINUTES` block that address until the oldest of them ages out.
 */
export const FORGET_AFTER_MS = 24 * 3600_000;

export interface ThrottleKeys {
  pair: string;
  ip: string;
}

export const throttleKeys = (email: string, ip: string): ThrottleKeys => ({
  pair: sha256(`pair:${email}\n${ip}`),
  ip: sha256(`ip:${ip}`),
});

/** The delay after the n-th failure of a pair, in minutes (0: none yet). */
export function pairDelayMinutes(failures: number, env: Env): number {
  if (failures < env.LOGIN_MAX_FAILURES) return 0;
  return Math.min(env.LOGIN_LOCKOUT_MINUTES, 2 ** (failures - env.LOGIN_MAX_FAILURES));
}

const ipLimit = (env: Env) => env.LOGIN_MAX_FAILURES * 4;

/** Until when a pair or an address is blocked, or null. */
async function blockedUntil(db: Db, env: Env, keys: ThrottleKeys, now: Date): Promise<Date | null> {
  const [pair] = await db
    .select({
      n: sql<number>`count(*)::int`,
      last: sql<Date | null>`max(${loginFailures.failedAt})`.mapWith(loginFailures.failedAt),
    })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.keyHash, keys.pair),
        gt(loginFailures.failedAt, new Date(now.getTime() - FORGET_AFTER_MS)),
      ),
    );
  const delay = pairDelayMinutes(pair?.n ?? 0, env);
  const pairUntil = delay && pair?.last ? new Date(pair.last.getTime() + delay * 60_000) : null;
  const windowMs = env.LOGIN_LOCKOUT_MINUTES * 60_000;
  // The limit-th most recent failure of the address: while it is in the window, the limit is reached.
  const [nth] = await db
    .select({ at: loginFailures.failedAt })
    .from(loginFailures)
    .where(
      and(eq(loginFailures.keyHash, keys.ip), gt(loginFailures.failedAt, new Date(now.getTime() - windowMs))),
    )
    .orderBy(desc(loginFailures.failedAt))
    .offset(ipLimit(env) - 1)
    .limit(1);
  const ipUntil = nth ? new Date(nth.at.getTime() + windowMs) : null;
  const until = [pairUntil, ipUntil].filter((d): d is Date => d !== null && d > now);
  return until.length ? new Date(Math.max(...until.map((d) => d.getTime()))) : null;
}

/** 429 with the wait in minutes when this pair or this address must wait. */
export async function assertNotThrottled(db: Db, env: Env, keys: ThrottleKeys, now: Date): Promise<void> {
  const until = await blockedUntil(db, env, keys, now);
  if (!until) return;
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  throw tooManyRequests(
    `Trop de tentatives depuis cette adresse, réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  );
}

export async function recordFailure(db: Db, keys: ThrottleKeys, now: Date): Promise<void> {
  await db.insert(loginFailures).values([
    { keyHash: keys.pair, failedAt: now },
    { keyHash: keys.ip, failedAt: now },
  ]);
}

/** After a success: the pair starts afresh, and failures older than a day are swept. */
export async function clearFailures(tx: DbOrTx, keys: ThrottleKeys, now: Date): Promise<void> {
  await tx.delete(loginFailures).where(eq(loginFailures.keyHash, keys.pair));
  await tx.delete(loginFailures).where(lt(loginFailures.failedAt, new Date(now.getTime() - FORGET_AFTER_MS)));
}
