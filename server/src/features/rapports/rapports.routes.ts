import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canReadRapport } from '../../../../domain/rapports/rapport.rules';
import { rapportActiviteSchema, rapportQuerySchema } from '../../../../domain/rapports/rapport.schema';
import { requireAllowed } from '../../lib/auth';
import { jsonOuFichier } from '../../lib/responses';
import { rapportDocument } from './rapports.documents';
import { rapportActivite } from './rapports.service';

const tags = ['rapports'];

export const rapportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/rapports/activite',
    {
      schema: {
        tags,
        summary: 'Rapport d’activité d’une période (JSON, CSV, XLSX ou PDF du bilan)',
        querystring: rapportQuerySchema,
        response: jsonOuFichier(rapportActiviteSchema, 'CSV, XLSX ou PDF du bilan'),
      },
    },
    async (request, reply) => {
      const ctx = requireAllowed(request, canReadRapport);
      if (request.query.format === 'json') return (await rapportActivite(ctx, request.query)).rapport;
      const doc = await rapportDocument(ctx, request.query);
      return reply
        .header('content-type', doc.contentType)
        .header('content-disposition', `attachment; filename="${doc.filename}"`)
        .send(doc.body);
    },
  );
};
