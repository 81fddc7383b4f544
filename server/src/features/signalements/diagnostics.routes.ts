import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isStaff } from '../../../../domain/auth/roles';
import { canCaptureSignalement } from '../../../../domain/signalements/signalement.rules';
import {
  diagnosticCreateSchema,
  diagnosticDetailViewSchema,
  diagnosticListQuerySchema,
  diagnosticListViewSchema,
  diagnosticViewSchema,
} from '../../../../domain/signalements/signalement.schema';
import { requireAllowed } from '../../lib/auth';
import { fichier } from '../../lib/responses';
import { diagnosticPdf } from './diagnostic-pdf';
import { createDiagnostic, getDiagnostic, listDiagnostics } from './diagnostics.service';

const tags = ['signalements'];
const params = z.object({ id: z.uuid() });

/** Diagnostics en marchant: a walk groups the signalements captured during it. */
export const diagnosticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/signalements/diagnostics',
    {
      schema: {
        tags,
        summary: 'Diagnostics en marchant',
        querystring: diagnosticListQuerySchema,
        response: { 200: diagnosticListViewSchema },
      },
    },
    async (request) => listDiagnostics(requireAllowed(request, isStaff), request.query),
  );
  app.post(
    '/api/signalements/diagnostics',
    {
      schema: {
        tags,
        summary: 'Ouvrir un diagnostic en marchant (idempotent par id)',
        body: diagnosticCreateSchema,
        response: { 201: diagnosticViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createDiagnostic(requireAllowed(request, canCaptureSignalement), request.body)),
  );
  app.get(
    '/api/signalements/diagnostics/:id',
    {
      schema: {
        tags,
        summary: 'Un diagnostic et ses signalements',
        params,
        response: { 200: diagnosticDetailViewSchema },
      },
    },
    async (request) => getDiagnostic(requireAllowed(request, isStaff), request.params.id),
  );
  app.get(
    '/api/signalements/diagnostics/:id/pdf',
    {
      schema: {
        response: fichier('PDF (diagnostic en marchant)'),
        tags,
        summary: 'Le diagnostic en PDF (liste avec photos)',
        params,
      },
    },
    async (request, reply) => {
      const pdf = await diagnosticPdf(requireAllowed(request, isStaff), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="diagnostic-en-marchant.pdf"')
        .send(pdf);
    },
  );
};
