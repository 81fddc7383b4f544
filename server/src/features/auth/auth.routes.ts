import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginAnswerSchema } from '../../../../domain/utilisateurs/deuxieme-facteur.schema';
import { logoutProconnectViewSchema } from '../../../../domain/utilisateurs/proconnect.schema';
import {
  activationSchema,
  loginSchema,
  meViewSchema,
  passwordChangeSchema,
} from '../../../../domain/utilisateurs/utilisateur.schema';
import { requireContext, SESSION_COOKIE } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import { activate, changePassword, login, logout, me } from './auth.service';
import { proconnectLogoutUrl } from './proconnect.service';
import { sendSession } from './session-cookie';

const tags = ['authentification'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, env, now } = app.deps;

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        summary: 'Connexion par e-mail et mot de passe (puis le second facteur s’il le faut)',
        body: loginSchema,
        security: [],
        response: { 200: loginAnswerSchema },
      },
    },
    async (request, reply) => {
      const answer = await login(
        { db, env, now: now(), ip: request.ip, requestId: request.id },
        request.body.email,
        request.body.password,
      );
      if ('challenge' in answer) return answer.challenge;
      return sendSession(db, env, reply, answer.session);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags,
        summary: 'Déconnexion (et, d’une session ProConnect, l’adresse où la terminer là-bas)',
        response: { ...AUCUN_CONTENU, 200: logoutProconnectViewSchema },
      },
    },
    async (request, reply) => {
      const finSession = request.auth ? await proconnectLogoutUrl(db, env, request.auth) : null;
      if (request.auth) await logout(db, request.auth, request.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      if (finSession) return { finSession };
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags,
        summary: 'Utilisateur connecté, rôle, structure, territoires',
        response: { 200: meViewSchema },
      },
    },
    async (request) => {
      requireContext(request);
      return me(db, request.auth!);
    },
  );

  app.post(
    '/api/auth/mot-de-passe',
    {
      schema: {
        tags,
        summary: 'Changer son mot de passe',
        body: passwordChangeSchema,
        response: AUCUN_CONTENU,
      },
    },
    async (request, reply) => {
      requireContext(request);
      await changePassword(db, request.auth!, request.body, request.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/activation',
    {
      schema: {
        tags,
        summary: 'Définir son mot de passe par un lien à usage unique',
        body: activationSchema,
        security: [],
        response: AUCUN_CONTENU,
      },
    },
    async (request, reply) => {
      await activate(db, request.body.token, request.body.password, now(), request.id);
      return reply.status(204).send(null);
    },
  );
};
