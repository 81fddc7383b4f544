import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenCreatedSchema,
  apiTokenCreateSchema,
  apiTokenViewSchema,
} from '../../../../domain/utilisateurs/utilisateur.schema';
import { requireContext } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import { connecte, routeSuppression } from '../../lib/routes';
import { createApiToken, listApiTokens, revokeApiToken } from './jetons.service';

const tags = ['jetons d’API'];

export const apiTokensRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/jetons',
    {
      schema: {
        tags,
        summary: 'Ses jetons d’API (tous ceux de la structure pour un·e admin)',
        response: { 200: z.array(apiTokenViewSchema) },
      },
    },
    async (request) => listApiTokens(requireContext(request)),
  );
  app.post(
    '/api/jetons',
    {
      schema: {
        tags,
        summary:
          'Créer un jeton pour son propre compte, depuis une session (le secret n’est montré qu’une fois)',
        body: apiTokenCreateSchema,
        response: { 201: apiTokenCreatedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(requireContext(request), request.body)),
  );
  routeSuppression(
    app,
    '/api/jetons/:id',
    { tags, summary: 'Révoquer un jeton (le sien, ou tout jeton de la structure pour un·e admin)' },
    connecte,
    revokeApiToken,
  );
};
