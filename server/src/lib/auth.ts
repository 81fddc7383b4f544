import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, Role } from '../../../domain/auth/roles';
import { forbidden, unauthenticated } from '../../../domain/errors';
import type { Db } from '../db/client';
import { apiTokens, sessions, users, userTerritories } from '../db/schema';
import type { RequestChannel } from './audit-log';
import type { ServiceContext } from './context';
import { safeEqual, sha256 } from './crypto';

export const SESSION_COOKIE = 'trame_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_EXEMPT = new Set([
  '/api/auth/login',
  '/api/auth/activation',
  '/api/auth/mot-de-passe-oublie',
  '/api/auth/deuxieme-facteur',
  '/api/auth/deuxieme-facteur/enrolement',
  '/api/auth/deuxieme-facteur/enrolement/confirmation',
  '/api/auth/proconnect/debut',
]);
/** Sliding expiry is written at most this often, to keep reads free of writes. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface AuthState {
  actor: Actor;
  /** Written on every audit row of the request (ADR 016). */
  channel: RequestChannel;
  sessionIdHash: string | null;
  csrfToken: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthState | null;
  }
}

/** The actor behind a user id, with their territories; null if the account is inactive. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.isActive, true)));
  if (!user) return null;
  let territoryIds: string[] | null = null;
  if (!user.allTerritories) {
    const rows = await db
      .select({ id: userTerritories.territoryId })
      .from(userTerritories)
      .where(eq(userTerritories.userId, user.id));
    territoryIds = rows.map((r) => r.id);
  }
  return {
    userId: user.id,
    structureId: user.structureId,
    role: user.role as Role,
    partnerId: user.partnerId,
    territoryIds,
  };
}

const INVALID_TOKEN = 'Jeton d’API invalide ou révoqué.';
const parisDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' });

async function fromBearer(db: Db, header: string, now: Date): Promise<AuthState> {
  const secret = header.slice('Bearer '.length).trim();
  if (!/^trm_[A-Za-z0-9_-]{20,100}$/.test(secret)) throw unauthenticated(INVALID_TOKEN);
  const [token] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sha256(secret)), isNull(apiTokens.revokedAt)));
  if (!token) throw unauthenticated(INVALID_TOKEN);
  // Only the holder of the secret reads this date: it tells them what to do, and nothing more.
  if (token.expiresAt <= now) {
    throw unauthenticated(
      `Ce jeton d’API a expiré le ${parisDate.format(token.expiresAt)} : créez-en un nouveau.`,
    );
  }
  const actor = await loadActor(db, token.userId);
  if (!actor) throw unauthenticated(INVALID_TOKEN);
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, token.id));
  return { actor, channel: { via: 'jeton', tokenId: token.id }, sessionIdHash: null, csrfToken: null };
}

async function fromSession(db: Db, secret: string, now: Date, ttlMs: number): Promise<AuthState | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return null;
  const idHash = sha256(secret);
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)));
  if (!session) return null;
  const actor = await loadActor(db, session.userId);
  if (!actor) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + ttlMs) })
      .where(eq(sessions.idHash, idHash));
  }
  return { actor, channel: { via: 'session' }, sessionIdHash: idHash, csrfToken: session.csrfToken };
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * A batch's entries (ADR 036) run as internal requests with the batch's caller: their auth is
 * lent under a random key for the batch's duration, so the session and CSRF are checked once.
 */
export const LENT_AUTH_HEADER = 'x-trame-lot';
const lentAuth = new Map<string, AuthState>();

/** Lends `auth` to the internal requests that carry the answered key; `release` ends the loan. */
export function lendAuth(auth: AuthState): { key: string; release: () => void } {
  const key = randomBytes(32).toString('base64url');
  lentAuth.set(key, auth);
  return { key, release: () => lentAuth.delete(key) };
}

/** Resolves who is calling (session cookie or API token) and enforces CSRF on writes. */
export function installAuth(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const lent = request.headers[LENT_AUTH_HEADER];
    if (lent !== undefined) {
      const auth = typeof lent === 'string' ? lentAuth.get(lent) : undefined;
      if (!auth) throw unauthenticated();
      request.auth = auth;
      return;
    }
    const { db, now, env } = app.deps;
    const authz = request.headers.authorization;
    if (authz?.startsWith('Bearer ')) {
      request.auth = await fromBearer(db, authz, now());
      return;
    }
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) {
      request.auth = await fromSession(db, secret, now(), env.SESSION_TTL_HOURS * 3600_000);
      if (!request.auth) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    if (SAFE_METHODS.has(request.method)) return;
    if (!sameOrigin(request)) throw forbidden('Requête refusée : origine non autorisée.');
    // Login and activation are guarded by the Origin check alone: they open a session, they do not use one.
    if (request.auth?.channel.via === 'session' && !CSRF_EXEMPT.has(request.url)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, request.auth.csrfToken ?? '')) {
        throw forbidden('Jeton CSRF manquant ou invalide : rechargez la page et réessayez.');
      }
    }
  });
}

/** The service context of an authenticated request; 401 otherwise. */
export function requireContext(request: FastifyRequest): ServiceContext {
  if (!request.auth) throw unauthenticated();
  return {
    db: request.server.deps.db,
    actor: request.auth.actor,
    requestId: request.id,
    channel: request.auth.channel,
    now: request.server.deps.now,
  };
}

/** Same, and the rule must allow the actor; 403 otherwise. */
export function requireAllowed(request: FastifyRequest, rule: (a: Actor) => boolean): ServiceContext {
  const ctx = requireContext(request);
  if (!rule(ctx.actor)) throw forbidden();
  return ctx;
}
