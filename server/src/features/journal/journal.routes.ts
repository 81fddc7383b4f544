import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canReadAuditLog } from '../../../../domain/auth/roles';
import { journalQuerySchema, journalViewSchema } from '../../../../domain/journal/journal.schema';
import { requireAllowed } from '../../lib/auth';
import { listAudit } from './journal.service';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/journal',
    {
      schema: {
        tags: ['journal'],
        summary: 'Journal d’audit de la structure (30 derniers jours sans `du`)',
        querystring: journalQuerySchema,
        response: { 200: journalViewSchema },
      },
    },
    async (request) => listAudit(requireAllowed(request, canReadAuditLog), request.query),
  );
};
