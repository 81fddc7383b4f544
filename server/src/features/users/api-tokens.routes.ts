import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageApiTokens } from '../../../../domain/auth/roles';
import { apiTokenCreateSchema } from '../../../../domain/users/user.schema';
import { requireAllowed } from '../../lib/auth';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.service';

const tags = ['jetons d’API'];

export const apiTokensRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/jetons', { schema: { tags, summary: 'Jetons d’API de la structure' } }, async (request) =>
    listApiTokens(requireAllowed(request, canManageApiTokens)),
  );
  app.post(
    '/api/jetons',
    {
      schema: {
        tags,
        summary: 'Créer un jeton (le secret n’est montré qu’une fois)',
        body: apiTokenCreateSchema,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(requireAllowed(request, canManageApiTokens), request.body)),
  );
  app.delete(
    '/api/jetons/:id',
    { schema: { tags, summary: 'Révoquer un jeton', params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      await revokeApiToken(requireAllowed(request, canManageApiTokens), request.params.id);
      return reply.status(204).send();
    },
  );
};
