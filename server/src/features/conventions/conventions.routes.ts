import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageConventions, canReadConventions } from '../../../../domain/conventions/convention.rules';
import {
  conventionCreateSchema,
  conventionListQuerySchema,
  conventionRapportQuerySchema,
  conventionRapportSchema,
  conventionUpdateSchema,
  conventionViewSchema,
} from '../../../../domain/conventions/convention.schema';
import { pageSchema } from '../../../../domain/liste';
import { requireAllowed } from '../../lib/auth';
import { AUCUN_CONTENU, jsonOuFichier } from '../../lib/responses';
import { routeSuppression } from '../../lib/routes';
import { conventionDocument } from './conventions.documents';
import { conventionRapport } from './conventions.rapport';
import {
  createConvention,
  deleteConvention,
  getConvention,
  listConventions,
  updateConvention,
} from './conventions.service';

const tags = ['conventions'];
const params = z.object({ id: z.uuid() });

export const conventionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/conventions',
    {
      schema: {
        tags,
        summary: 'Conventions de la structure',
        querystring: conventionListQuerySchema,
        response: { 200: pageSchema(conventionViewSchema) },
      },
    },
    async (request) => listConventions(requireAllowed(request, canReadConventions), request.query),
  );
  app.get(
    '/api/conventions/:id',
    { schema: { tags, summary: 'Une convention', params, response: { 200: conventionViewSchema } } },
    async (request) => getConvention(requireAllowed(request, canReadConventions), request.params.id),
  );
  app.post(
    '/api/conventions',
    {
      schema: {
        tags,
        summary: 'Créer une convention',
        body: conventionCreateSchema,
        response: { 201: conventionViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createConvention(requireAllowed(request, canManageConventions), request.body)),
  );
  app.patch(
    '/api/conventions/:id',
    {
      schema: {
        tags,
        summary: 'Modifier une convention',
        params,
        body: conventionUpdateSchema,
        response: { 200: conventionViewSchema },
      },
    },
    async (request) =>
      updateConvention(requireAllowed(request, canManageConventions), request.params.id, request.body),
  );
  routeSuppression(
    app,
    '/api/conventions/:id',
    { tags, summary: 'Supprimer une convention' },
    canManageConventions,
    deleteConvention,
  );
  app.get(
    '/api/conventions/:id/rapport',
    {
      schema: {
        tags,
        summary: 'Objectifs et réalisé d’une convention (JSON, CSV, XLSX ou PDF du bilan)',
        params,
        querystring: conventionRapportQuerySchema,
        response: jsonOuFichier(conventionRapportSchema, 'CSV, XLSX ou PDF du bilan de la convention'),
      },
    },
    async (request, reply) => {
      const ctx = requireAllowed(request, canReadConventions);
      if (request.query.format === 'json') {
        // The answer's schema keeps the JSON's fields: the perimeter used to compute it stays here.
        return conventionRapport(ctx, request.params.id, request.query);
      }
      const doc = await conventionDocument(ctx, request.params.id, request.query);
      return reply
        .header('content-type', doc.contentType)
        .header('content-disposition', `attachment; filename="${doc.filename}"`)
        .send(doc.body);
    },
  );
};
