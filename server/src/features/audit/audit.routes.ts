import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canReadAuditLog } from '../../../../domain/auth/roles';
import { identifiant, jourSchema } from '../../../../domain/zod-fr';
import { requireAllowed } from '../../lib/auth';
import { listAudit } from './audit.service';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/journal',
    {
      schema: {
        tags: ['journal'],
        summary: 'Journal d’audit de la structure',
        querystring: z.object({
          entityType: identifiant(60).optional(),
          action: z.enum(['create', 'update', 'delete', 'read', 'login', 'logout', 'unlock']).optional(),
          userId: z.uuid().optional(),
          du: jourSchema.optional(),
          au: jourSchema.optional(),
          page: z.coerce.number().int().min(1).max(100000).default(1),
        }),
      },
    },
    async (request) => listAudit(requireAllowed(request, canReadAuditLog), request.query),
  );
};
