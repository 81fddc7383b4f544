import { and, eq, gt, lt } from 'drizzle-orm';
import { AppError } from '../../../../domain/errors';
import {
  CHALLENGE_MAX_ATTEMPTS,
  CHALLENGE_TTL_MINUTES,
  type ChallengeView,
  CODE_INCORRECT,
  type EnrolementView,
  JETON_EXPIRE,
  secondFactorRequired,
} from '../../../../domain/utilisateurs/deuxieme-facteur.schema';
import type { Db, DbOrTx } from '../../db/client';
import { loginChallenges, structures, users } from '../../db/schema';
import { writeAudit } from '../../lib/audit-log';
import { randomSecret, sha256 } from '../../lib/crypto';
import {
  confirmEnrolment,
  consumeCode,
  isEnrolled,
  replaceRecoveryCodes,
  startEnrolment,
} from './deuxieme-facteur.service';
import { assertNotThrottled, recordFailure, type ThrottleKeys, throttleKeys } from './login-throttle';
import { type LoginDeps, type OpenedSession, openSession } from './session-open';

/**
 * The second step of a password sign-in (ADR 029): the challenge between the password and the
 * session lives in the database, 5 minutes, a few attempts; wrong codes count in the login throttle.
 */
type Kind = ChallengeView['deuxiemeFacteur'];
type ChallengeUser = { id: string; role: string; structureId: string; email: string };

/** After a right password: a challenge when a second factor is needed, else null. */
export async function startChallengeIfNeeded(
  db: Db,
  user: ChallengeUser,
  now: Date,
): Promise<ChallengeView | null> {
  const [structure] = await db
    .select({ deuxiemeFacteurObligatoire: structures.deuxiemeFacteurObligatoire })
    .from(structures)
    .where(eq(structures.id, user.structureId));
  const kind = secondFactorRequired(
    {
      role: user.role as Parameters<typeof secondFactorRequired>[0]['role'],
      enrolled: await isEnrolled(db, user.id),
    },
    { deuxiemeFacteurObligatoire: structure?.deuxiemeFacteurObligatoire ?? false },
  );
  if (!kind) return null;
  const jeton = randomSecret();
  await db.delete(loginChallenges).where(lt(loginChallenges.expiresAt, now));
  await db.insert(loginChallenges).values({
    challengeHash: sha256(jeton),
    userId: user.id,
    kind,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MINUTES * 60_000),
    createdAt: now,
  });
  return { deuxiemeFacteur: kind, jeton };
}

interface Challenge {
  hash: string;
  attempts: number;
  user: ChallengeUser;
  keys: ThrottleKeys;
}

const expired = () => new AppError('connexion_expiree', 401, JETON_EXPIRE);

/** The live challenge behind a jeton, of the expected kind, its user still active; then the throttle. */
async function takeChallenge(deps: LoginDeps, jeton: string, kind: Kind): Promise<Challenge> {
  const { db, now } = deps;
  const hash = sha256(jeton);
  const [row] = await db
    .select({ challenge: loginChallenges, user: users })
    .from(loginChallenges)
    .innerJoin(users, eq(users.id, loginChallenges.userId))
    .where(and(eq(loginChallenges.challengeHash, hash), gt(loginChallenges.expiresAt, now)));
  if (!row || row.challenge.kind !== kind || !row.user.isActive) throw expired();
  const keys = throttleKeys(row.user.email, deps.ip);
  await assertNotThrottled(db, deps.env, keys, now);
  return { hash, attempts: row.challenge.attempts, user: row.user, keys };
}

/** A wrong code: counted in the login throttle and on the challenge, which goes after a few. */
async function refuseCode(deps: LoginDeps, challenge: Challenge): Promise<never> {
  await recordFailure(deps.db, challenge.keys, deps.now);
  const where = eq(loginChallenges.challengeHash, challenge.hash);
  if (challenge.attempts + 1 >= CHALLENGE_MAX_ATTEMPTS) await deps.db.delete(loginChallenges).where(where);
  else
    await deps.db
      .update(loginChallenges)
      .set({ attempts: challenge.attempts + 1 })
      .where(where);
  throw new AppError('code_incorrect', 401, CODE_INCORRECT);
}

/** Uses the challenge up in the session's transaction: a second request with it finds nothing. */
async function spendChallenge(tx: DbOrTx, hash: string): Promise<void> {
  const gone = await tx.delete(loginChallenges).where(eq(loginChallenges.challengeHash, hash)).returning();
  if (!gone.length) throw expired();
}

const auditFactor = (
  tx: DbOrTx,
  user: ChallengeUser,
  action: 'create' | 'update',
  extra: Record<string, unknown>,
  requestId: string,
) =>
  writeAudit(tx, {
    structureId: user.structureId,
    actorUserId: user.id,
    actorLabel: `utilisateur:${user.id}`,
    channel: 'session',
    action,
    entityType: 'deuxieme_facteur',
    entityId: user.id,
    extra,
    requestId,
  });

/** POST /api/auth/deuxieme-facteur: a 6-digit code or a recovery code, then the session. */
export async function signInWithCode(deps: LoginDeps, jeton: string, code: string): Promise<OpenedSession> {
  const challenge = await takeChallenge(deps, jeton, 'code');
  const used = await consumeCode(deps.db, challenge.user.id, code, deps.now);
  if (!used) return refuseCode(deps, challenge);
  const via = used === 'secours' ? 'code de secours' : 'application';
  return openSession(deps, challenge.user, challenge.keys, { deuxiemeFacteur: via }, async (tx) => {
    await spendChallenge(tx, challenge.hash);
    if (used === 'secours') {
      await auditFactor(tx, challenge.user, 'update', { codeSecours: 'utilisé' }, deps.requestId);
    }
  });
}

/** POST /api/auth/deuxieme-facteur/enrolement: a new secret for a user who must enrol now. */
export async function enrolWithChallenge(deps: LoginDeps, jeton: string): Promise<EnrolementView> {
  const challenge = await takeChallenge(deps, jeton, 'enrolement');
  return startEnrolment(deps.db, challenge.user.id);
}

/** POST …/enrolement/confirmation: the first code confirms the secret; the session and 10 recovery codes follow. */
export async function confirmWithChallenge(
  deps: LoginDeps,
  jeton: string,
  code: string,
): Promise<OpenedSession & { codesSecours: string[] }> {
  const challenge = await takeChallenge(deps, jeton, 'enrolement');
  if (!(await confirmEnrolment(deps.db, challenge.user.id, code, deps.now)))
    return refuseCode(deps, challenge);
  let codesSecours: string[] = [];
  const session = await openSession(
    deps,
    challenge.user,
    challenge.keys,
    { deuxiemeFacteur: 'activée' },
    async (tx) => {
      await spendChallenge(tx, challenge.hash);
      codesSecours = await replaceRecoveryCodes(tx, challenge.user.id);
      await auditFactor(tx, challenge.user, 'create', { deuxiemeFacteur: 'activée' }, deps.requestId);
    },
  );
  return { ...session, codesSecours };
}
