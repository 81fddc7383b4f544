import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../../domain/errors';
import { canImportMainCourante } from '../../../../domain/main-courante/activite.rules';
import { exportQuerySchema, importQuerySchema } from '../../../../domain/main-courante/activite.schema';
import { importReportSchema } from '../../../../domain/main-courante/activite.views';
import { requireAllowed } from '../../lib/auth';
import { CSV_CONTENT_TYPE } from '../../lib/csv';
import { fichier } from '../../lib/responses';
import { exportMainCourante } from './csv-export.service';
import { IMPORT_MAX_BYTES, importMainCourante } from './csv-import.service';

const tags = ['main courante'];

/** Import and export of the main courante as CSV. The text/csv parser is scoped to these routes. */
export const mainCouranteCsvRoutes: FastifyPluginAsyncZod = async (app) => {
  // The body is handed over as the raw request stream: the import reads it record by record.
  app.addContentTypeParser(['text/csv', 'application/csv'], (_request, payload, done) => done(null, payload));

  app.post(
    '/api/activites/import',
    {
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        tags,
        summary: 'Importer une main courante (corps text/csv, format de TAXONOMIES.md)',
        querystring: importQuerySchema,
        response: { 200: importReportSchema },
      },
    },
    async (request, reply) => {
      const ctx = requireAllowed(request, canImportMainCourante);
      const body = request.body as AsyncIterable<Buffer> | undefined;
      if (!body || typeof (body as Partial<AsyncIterable<Buffer>>)[Symbol.asyncIterator] !== 'function') {
        throw new AppError('type_contenu', 415, 'Envoyez le fichier avec le type de contenu text/csv.');
      }
      const { report, refused } = await importMainCourante(ctx, body, request.query);
      if (refused && !request.query.dryRun) {
        throw new AppError(
          'import_refuse',
          422,
          `Import refusé, rien n’a été enregistré : ${report.nbRejets} erreur(s) à corriger.`,
          { ...report },
        );
      }
      return reply.status(200).send(report);
    },
  );

  app.get(
    '/api/activites/export.csv',
    {
      schema: {
        response: fichier('CSV (format d’import de la main courante)'),
        tags,
        summary: 'Exporter la main courante au format d’import',
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const ctx = requireAllowed(request, canImportMainCourante);
      const lines = await exportMainCourante(ctx, request.query);
      const name = `main-courante${request.query.du ? `-${request.query.du}` : ''}${request.query.au ? `-${request.query.au}` : ''}.csv`;
      return reply
        .header('content-type', CSV_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(Readable.from(lines));
    },
  );
};
