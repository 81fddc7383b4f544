import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canReadRapport, canWriteRapportTextes } from '../../../../domain/rapports/rapport.rules';
import {
  rapportTextesQuerySchema,
  rapportTextesSaveSchema,
  rapportTextesViewSchema,
} from '../../../../domain/rapports/rapport-textes.schema';
import { requireAllowed } from '../../lib/auth';
import { getRapportTextes, saveRapportTextes } from './rapports-textes.service';

const tags = ['rapports'];

/** The bilan's text sections of a period: every staff role reads, coordination writes. */
export const rapportsTextesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/rapports/textes',
    {
      schema: {
        tags,
        summary: 'Textes du bilan d’une période (introduction, faits marquants…)',
        querystring: rapportTextesQuerySchema,
        response: { 200: rapportTextesViewSchema },
      },
    },
    async (request) => getRapportTextes(requireAllowed(request, canReadRapport), request.query),
  );
  app.put(
    '/api/rapports/textes',
    {
      schema: {
        tags,
        summary: 'Enregistrer les textes du bilan (un texte vide retire la section)',
        body: rapportTextesSaveSchema,
        response: { 200: rapportTextesViewSchema },
      },
    },
    async (request) => saveRapportTextes(requireAllowed(request, canWriteRapportTextes), request.body),
  );
};
