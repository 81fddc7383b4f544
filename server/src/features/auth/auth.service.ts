import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { AppError, unauthenticated, validationFailed } from '../../../../domain/errors';
import type { ChallengeView } from '../../../../domain/utilisateurs/deuxieme-facteur.schema';
import type { MeView } from '../../../../domain/utilisateurs/utilisateur.schema';
import type { Db, DbOrTx } from '../../db/client';
import { partners, passwordTokens, sessions, structures, territories, users } from '../../db/schema';
import { writeAudit } from '../../lib/audit-log';
import type { AuthState } from '../../lib/auth';
import { randomSecret, sha256 } from '../../lib/crypto';
import { getDummyHash, hashPassword, verifyPassword } from '../../lib/password';
import { tenantScope } from '../../lib/scope';
import { startChallengeIfNeeded } from './deuxieme-facteur-connexion';
import { assertNotThrottled, recordFailure, throttleKeys } from './login-throttle';
import { type LoginDeps, type OpenedSession, openSession } from './session-open';

const BAD_CREDENTIALS = 'E-mail ou mot de passe incorrect.';

/**
 * Checks the credentials, then opens a server-side session, or answers the second factor's
 * challenge when one is needed (ADR 029). Failures slow down the (account, address) pair and the
 * address, never the account from elsewhere (login-throttle.ts, ADR 016).
 */
export async function login(
  deps: LoginDeps,
  email: string,
  password: string,
): Promise<{ session: OpenedSession } | { challenge: ChallengeView }> {
  const { db, env, now } = deps;
  const keys = throttleKeys(email, deps.ip);
  await assertNotThrottled(db, env, keys, now);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user?.passwordHash || !ok || !user.isActive) {
    await recordFailure(db, keys, now);
    throw new AppError('identifiants_invalides', 401, BAD_CREDENTIALS);
  }
  // The pair's failures are kept until the second factor is right: a known password alone
  // must not reset the count of wrong codes.
  const challenge = await startChallengeIfNeeded(db, user, now);
  if (challenge) return { challenge };
  return { session: await openSession(deps, user, keys) };
}

export async function logout(db: Db, auth: AuthState, requestId: string): Promise<void> {
  if (!auth.sessionIdHash) return;
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.idHash, auth.sessionIdHash!));
    await writeAudit(tx, {
      structureId: auth.actor.structureId,
      actorUserId: auth.actor.userId,
      actorLabel: `utilisateur:${auth.actor.userId}`,
      channel: 'session',
      action: 'logout',
      entityType: 'session',
      entityId: null,
      requestId,
    });
  });
}

/** What the web app needs to know of the signed-in user. */
export async function me(db: Db, auth: AuthState): Promise<MeView> {
  const { actor } = auth;
  const [row] = await db
    .select({ user: users, structureNom: structures.nom })
    .from(users)
    .innerJoin(structures, eq(structures.id, users.structureId))
    .where(eq(users.id, actor.userId));
  if (!row) throw unauthenticated();
  const terr = await db
    .select({ id: territories.id, qpvCode: territories.qpvCode, nom: territories.nom })
    .from(territories)
    .where(tenantScope(actor, { structureId: territories.structureId, territoryId: territories.id }))
    .orderBy(territories.qpvCode);
  const [partner] = actor.partnerId
    ? await db
        .select({ id: partners.id, nom: partners.nom })
        .from(partners)
        .where(eq(partners.id, actor.partnerId))
    : [];
  return {
    user: { id: row.user.id, email: row.user.email, prenom: row.user.prenom, nom: row.user.nom },
    role: actor.role,
    structure: { id: row.user.structureId, nom: row.structureNom },
    partenaire: partner ?? null,
    territoires: terr,
    csrfToken: auth.csrfToken,
  };
}

/** Changes one's own password; other sessions of the user are closed. */
export async function changePassword(
  db: Db,
  auth: AuthState,
  input: { currentPassword: string; newPassword: string },
  requestId: string,
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, auth.actor.userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw validationFailed('Le mot de passe actuel est incorrect.', [
      { champ: 'currentPassword', message: 'Mot de passe actuel incorrect.' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    const others = auth.sessionIdHash
      ? and(eq(sessions.userId, user.id), sql`${sessions.idHash} <> ${auth.sessionIdHash}`)
      : eq(sessions.userId, user.id);
    await tx.delete(sessions).where(others);
    await writeAudit(tx, {
      structureId: user.structureId,
      actorUserId: user.id,
      actorLabel: `utilisateur:${user.id}`,
      channel: auth.channel.via,
      apiTokenId: auth.channel.via === 'jeton' ? auth.channel.tokenId : null,
      action: 'update',
      entityType: 'utilisateur',
      entityId: user.id,
      extra: { passwordHash: 'changé' },
      requestId,
    });
  });
}

export const ACTIVATION_TTL_DAYS = 7;

/** Issues a one-time link secret to set a password; earlier unused links of the user stop working. */
export async function issuePasswordToken(db: DbOrTx, userId: string, now: Date): Promise<string> {
  const secret = randomSecret();
  await db
    .delete(passwordTokens)
    .where(and(eq(passwordTokens.userId, userId), isNull(passwordTokens.usedAt)));
  await db.insert(passwordTokens).values({
    tokenHash: sha256(secret),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ACTIVATION_TTL_DAYS * 86400_000),
  });
  return secret;
}

/** Sets the password behind a one-time link. The link works once, before it expires. */
export async function activate(db: Db, token: string, password: string, now: Date, requestId: string) {
  const invalid = () =>
    new AppError(
      'lien_invalide',
      400,
      'Ce lien d’activation est invalide, expiré ou déjà utilisé. Demandez-en un nouveau.',
    );
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(passwordTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordTokens.tokenHash, sha256(token)),
          isNull(passwordTokens.usedAt),
          gt(passwordTokens.expiresAt, now),
        ),
      )
      .returning();
    if (!row) throw invalid();
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: now })
      .where(eq(users.id, row.userId))
      .returning();
    if (!user) throw invalid();
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await writeAudit(tx, {
      structureId: user.structureId,
      actorUserId: user.id,
      actorLabel: `utilisateur:${user.id}`,
      channel: 'lien',
      action: 'update',
      entityType: 'utilisateur',
      entityId: user.id,
      extra: { passwordHash: 'défini par lien à usage unique' },
      requestId,
    });
  });
}
