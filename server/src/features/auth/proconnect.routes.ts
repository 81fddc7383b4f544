import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  proconnectDebutSchema,
  proconnectDebutViewSchema,
  proconnectRetourQuerySchema,
} from '../../../../domain/utilisateurs/proconnect.schema';
import { cookieIsSecure } from '../../env';
import { REDIRECTION } from '../../lib/responses';
import { finishProconnect, startProconnect, TRANSACTION_TTL_MINUTES } from './proconnect.service';
import { RETOUR_PATH } from './proconnect-client';
import { setSessionCookie } from './session-cookie';

const tags = ['authentification'];
/** The state of the sign-in under way, bound to this browser (a return from elsewhere is refused). */
export const STATE_COOKIE = 'trame_proconnect';
const STATE_COOKIE_PATH = '/api/auth/proconnect';

export const proconnectRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, env, now } = app.deps;

  app.post(
    '/api/auth/proconnect/debut',
    {
      schema: {
        tags,
        summary: 'Commencer une connexion avec ProConnect : l’adresse où envoyer le navigateur',
        body: proconnectDebutSchema,
        security: [],
        response: { 200: proconnectDebutViewSchema },
      },
    },
    async (request, reply) => {
      const { url, state } = await startProconnect(
        { db, env, now: now(), ip: request.ip, requestId: request.id },
        request.body.email,
      );
      reply.setCookie(STATE_COOKIE, state, {
        path: STATE_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: cookieIsSecure(env),
        maxAge: TRANSACTION_TTL_MINUTES * 60,
      });
      return { url };
    },
  );

  app.get(
    RETOUR_PATH,
    {
      schema: {
        tags,
        summary: 'Retour de ProConnect : ouvre la session, ou renvoie à la connexion avec la raison',
        querystring: proconnectRetourQuerySchema,
        security: [],
        response: REDIRECTION,
      },
    },
    async (request, reply) => {
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const result = await finishProconnect(
        { db, env, now: now(), ip: request.ip, requestId: request.id },
        {
          search,
          state: request.query.state,
          error: request.query.error,
          cookieState: request.cookies[STATE_COOKIE],
        },
      );
      reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
      if ('echec' in result) {
        request.log.info({ proconnect: result.echec, cause: result.cause }, 'ProConnect sign-in refused');
        return reply.redirect(`/connexion?proconnect=${result.echec}`, 303);
      }
      setSessionCookie(env, reply, result.session.secret);
      return reply.redirect('/', 303);
    },
  );
};
