import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unauthenticated } from '../../../../domain/errors';
import { syncAnswerSchema, syncBatchSchema } from '../../../../domain/sync/sync.schema';
import { applyBatch } from './sync.service';

/** The outbox's batch (ADR 036): up to 50 capture entries, one status each. */
export const syncRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/sync',
    {
      // Up to 50 entries, each within the single routes' 1 MB.
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['synchronisation'],
        summary: 'Envoyer un lot d’entrées de la file hors ligne, chacune avec son statut',
        body: syncBatchSchema,
        response: { 200: syncAnswerSchema },
      },
    },
    async (request) => {
      if (!request.auth) throw unauthenticated();
      return { resultats: await applyBatch(app, request.auth, request.id, request.body.entrees) };
    },
  );
};
