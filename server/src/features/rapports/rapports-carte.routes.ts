import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canReadRapport } from '../../../../domain/rapports/rapport.rules';
import {
  rapportCarteQuerySchema,
  rapportCarteSchema,
} from '../../../../domain/rapports/rapport-carte.schema';
import { requireAllowed } from '../../lib/auth';
import { rapportCarte } from './rapports-carte.service';

export const rapportsCarteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/rapports/carte',
    {
      schema: {
        tags: ['rapports'],
        summary: 'Carte des lieux de contact et des signalements d’une période (points agrégés)',
        querystring: rapportCarteQuerySchema,
        response: { 200: rapportCarteSchema },
      },
    },
    async (request) => rapportCarte(requireAllowed(request, canReadRapport), request.query),
  );
};
