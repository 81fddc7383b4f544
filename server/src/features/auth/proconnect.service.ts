import { and, eq, lt } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { AppError } from '../../../../domain/errors';
import {
  PROCONNECT_NON_PROPOSE,
  type ProconnectEchec,
} from '../../../../domain/utilisateurs/proconnect.schema';
import type { Db } from '../../db/client';
import { oidcTransactions, sessions, structures, users } from '../../db/schema';
import type { Env } from '../../env';
import type { AuthState } from '../../lib/auth';
import { safeEqual, sha256 } from '../../lib/crypto';
import { assertNotThrottled, recordFailure, throttleKeys } from './login-throttle';
import {
  authorizationUrl,
  discover,
  endSessionUrl,
  exchangeCode,
  newTransaction,
  type ProconnectSettings,
  redirectUri,
} from './proconnect-client';
import { type LoginDeps, type OpenedSession, openSession } from './session-open';

/** How long a sign-in may stay at ProConnect before its return is refused. */
export const TRANSACTION_TTL_MINUTES = 10;

type StructureRow = typeof structures.$inferSelect;

/** The structure's ProConnect client when it is on and complete, else null. */
function settingsOf(s: StructureRow | undefined): ProconnectSettings | null {
  if (!s?.proconnectActif || !s.proconnectIssuer || !s.proconnectClientId || !s.proconnectClientSecret)
    return null;
  return {
    issuer: s.proconnectIssuer,
    clientId: s.proconnectClientId,
    clientSecret: s.proconnectClientSecret,
  };
}

const unavailable = () =>
  new AppError(
    'proconnect_indisponible',
    502,
    'ProConnect ne répond pas : réessayez plus tard ou connectez-vous avec votre mot de passe.',
  );

/**
 * Starts a ProConnect sign-in for an active account of a structure that offers it: the
 * transaction (state's hash, PKCE verifier, nonce) is kept 10 minutes in the database, and the
 * browser is sent to the issuer. Any other address gets the same refusal, counted in the login
 * throttle like a wrong password.
 */
export async function startProconnect(
  deps: LoginDeps,
  email: string,
): Promise<{ url: string; state: string }> {
  const { db, env, now } = deps;
  const keys = throttleKeys(email, deps.ip);
  await assertNotThrottled(db, env, keys, now);
  const [row] = await db
    .select({ structure: structures })
    .from(users)
    .innerJoin(structures, eq(structures.id, users.structureId))
    .where(and(eq(users.email, email), eq(users.isActive, true)));
  const settings = settingsOf(row?.structure);
  if (!row || !settings) {
    await recordFailure(db, keys, now);
    throw new AppError('proconnect_non_propose', 400, PROCONNECT_NON_PROPOSE);
  }
  const config = await discover(settings).catch(() => {
    throw unavailable();
  });
  const t = newTransaction();
  await db.transaction(async (tx) => {
    await tx.delete(oidcTransactions).where(lt(oidcTransactions.expiresAt, now));
    await tx.insert(oidcTransactions).values({
      stateHash: sha256(t.state),
      structureId: row.structure.id,
      codeVerifier: t.codeVerifier,
      nonce: t.nonce,
      expiresAt: new Date(now.getTime() + TRANSACTION_TTL_MINUTES * 60_000),
      createdAt: now,
    });
  });
  return { url: await authorizationUrl(config, env, t, email), state: t.state };
}

export interface RetourInput {
  /** The query string of the return, as received (`?code=…&state=…`). */
  search: string;
  state: string | undefined;
  error: string | undefined;
  /** The state the browser was given at the start (its cookie). */
  cookieState: string | undefined;
}

export type RetourResult = { session: OpenedSession } | { echec: ProconnectEchec; cause?: string };

/** What a failed exchange means for the user; `cause` (no personal data) is for the log. */
function echecOf(err: unknown): { echec: ProconnectEchec; cause: string } {
  if (err instanceof oidc.ResponseBodyError) {
    return { echec: err.error === 'invalid_grant' ? 'expire' : 'refuse', cause: `token:${err.error}` };
  }
  if (err instanceof oidc.AuthorizationResponseError) return { echec: 'refuse', cause: `auth:${err.error}` };
  const code = (err as { code?: unknown })?.code;
  if (err instanceof TypeError || code === 'OAUTH_TIMEOUT') return { echec: 'indisponible', cause: 'reseau' };
  return { echec: 'invalide', cause: typeof code === 'string' ? code : 'verification' };
}

/**
 * The return from ProConnect: the state must be the browser's and a live transaction's (used
 * once), the code is exchanged with its PKCE verifier, the id_token's nonce and signature are
 * checked, then the verified e-mail must be an active account of THAT structure. The session
 * opens without a second factor: ProConnect gives its own assurance (issue 16).
 */
export async function finishProconnect(deps: LoginDeps, input: RetourInput): Promise<RetourResult> {
  const { db, env, now } = deps;
  if (!input.state || !input.cookieState || !safeEqual(input.state, input.cookieState)) {
    return { echec: input.error ? 'refuse' : 'invalide', cause: 'etat' };
  }
  const [t] = await db
    .delete(oidcTransactions)
    .where(eq(oidcTransactions.stateHash, sha256(input.state)))
    .returning();
  if (!t) return { echec: 'invalide', cause: 'transaction' };
  if (t.expiresAt <= now) return { echec: 'expire', cause: 'transaction' };
  if (input.error) return { echec: 'refuse', cause: `auth:${input.error}` };
  const [structure] = await db.select().from(structures).where(eq(structures.id, t.structureId));
  const settings = settingsOf(structure);
  if (!settings) return { echec: 'indisponible', cause: 'desactive' };
  let identity: Awaited<ReturnType<typeof exchangeCode>>;
  try {
    const config = await discover(settings);
    identity = await exchangeCode(config, new URL(`${redirectUri(env)}${input.search}`), {
      state: input.state,
      nonce: t.nonce,
      codeVerifier: t.codeVerifier,
    });
  } catch (err) {
    return echecOf(err);
  }
  if (identity.emailVerified === false || !identity.email) return { echec: 'non_verifiee' };
  const email = identity.email.trim().toLowerCase();
  const keys = throttleKeys(email, deps.ip);
  const [user] = await db
    .select({ id: users.id, structureId: users.structureId })
    .from(users)
    .where(and(eq(users.email, email), eq(users.structureId, t.structureId), eq(users.isActive, true)));
  if (!user) {
    await recordFailure(db, keys, now);
    return { echec: 'inconnu' };
  }
  const session = await openSession(deps, user, keys, { via: 'proconnect' }, undefined, identity.idToken);
  return { session };
}

/**
 * The end-session URL of a ProConnect session (id_token_hint, back to the login page), or null
 * for a password session or when the issuer cannot be reached (the local logout goes on).
 */
export async function proconnectLogoutUrl(db: Db, env: Env, auth: AuthState): Promise<string | null> {
  if (!auth.sessionIdHash) return null;
  const [row] = await db
    .select({ idToken: sessions.idToken, structure: structures })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(structures, eq(structures.id, users.structureId))
    .where(eq(sessions.idHash, auth.sessionIdHash));
  const settings = settingsOf(row?.structure);
  if (!row?.idToken || !settings) return null;
  try {
    return endSessionUrl(await discover(settings), env, row.idToken);
  } catch {
    return null;
  }
}
