import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MOT_DE_PASSE_OUBLIE_REPONSE,
  motDePasseOublieSchema,
} from '../../../../domain/utilisateurs/utilisateur.schema';
import { motDePasseOublie } from './mot-de-passe-oublie';

/** « Mot de passe oublié ? »: 202 and the same sentence, whatever the address (issue 16, part 7). */
export const motDePasseOublieRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, env, now } = app.deps;
  app.post(
    '/api/auth/mot-de-passe-oublie',
    {
      schema: {
        tags: ['authentification'],
        summary: 'Recevoir par e-mail un lien pour choisir un nouveau mot de passe',
        body: motDePasseOublieSchema,
        security: [],
        response: { 202: z.object({ message: z.string() }) },
      },
    },
    async (request, reply) => {
      await motDePasseOublie(
        { db, env, now: now(), ip: request.ip, requestId: request.id },
        request.body.email,
      );
      return reply.status(202).send({ message: MOT_DE_PASSE_OUBLIE_REPONSE });
    },
  );
};
