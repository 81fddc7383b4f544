import type { FastifyReply } from 'fastify';
import { unauthenticated } from '../../../../domain/errors';
import type { MeView } from '../../../../domain/utilisateurs/utilisateur.schema';
import type { Db } from '../../db/client';
import { cookieIsSecure, type Env } from '../../env';
import { loadActor, SESSION_COOKIE } from '../../lib/auth';
import { sha256 } from '../../lib/crypto';
import { me } from './auth.service';
import type { OpenedSession } from './session-open';

/** Sets the session cookie of a sign-in (password, second factor or ProConnect). */
export function setSessionCookie(env: Env, reply: FastifyReply, secret: string): void {
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieIsSecure(env),
    maxAge: env.SESSION_TTL_HOURS * 3600,
  });
}

/** Sets the session cookie of a sign-in and answers the signed-in user. */
export async function sendSession(
  db: Db,
  env: Env,
  reply: FastifyReply,
  session: OpenedSession,
): Promise<MeView> {
  setSessionCookie(env, reply, session.secret);
  const actor = await loadActor(db, session.userId);
  if (!actor) throw unauthenticated();
  return me(db, {
    actor,
    channel: { via: 'session' },
    sessionIdHash: sha256(session.secret),
    csrfToken: session.csrfToken,
  });
}
