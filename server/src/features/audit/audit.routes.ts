import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_CHANNELS } from '../../../../domain/audit/audit-channel';
import { canReadAuditLog } from '../../../../domain/auth/roles';
import { requireAllowed } from '../../lib/auth';
import { listAudit } from './audit.service';

const day = z.iso.date({ error: 'Date attendue au format AAAA-MM-JJ.' });

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/journal',
    {
      schema: {
        tags: ['journal'],
        summary: 'Journal d’audit de la structure',
        querystring: z.object({
          entityType: z.string().max(60).optional(),
          action: z.enum(['create', 'update', 'delete', 'read', 'login', 'logout', 'unlock']).optional(),
          userId: z.uuid().optional(),
          canal: z.enum(AUDIT_CHANNELS).optional(),
          du: day.optional(),
          au: day.optional(),
          page: z.coerce.number().int().min(1).max(100000).default(1),
        }),
      },
    },
    async (request) => listAudit(requireAllowed(request, canReadAuditLog), request.query),
  );
};
