import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { qpvReferenceSchema } from '../../../../domain/territoires/territoire.schema';
import { recherche } from '../../../../domain/zod-fr';
import { requireContext } from '../../lib/auth';
import { searchQpv } from './qpv.service';

export const referentielRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/referentiel/qpv',
    {
      schema: {
        tags: ['référentiel'],
        summary: 'Recherche dans la liste nationale des QPV (code, nom ou commune)',
        querystring: z.object({
          q: recherche(100),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: z.array(qpvReferenceSchema) },
      },
    },
    async (request) => {
      requireContext(request);
      return searchQpv(request.query.q ?? '', request.query.limit);
    },
  );
};
