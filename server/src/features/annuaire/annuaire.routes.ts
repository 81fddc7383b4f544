import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dataInclusionExportSchema,
  importDataInclusionSchema,
  importReportSchema,
  serviceLocalUpdateSchema,
  serviceSearchSchema,
  serviceViewSchema,
} from '../../../../domain/annuaire/annuaire.schema';
import { canManageStructure, isStaff } from '../../../../domain/auth/roles';
import { pageSchema } from '../../../../domain/liste';
import { requireAllowed } from '../../lib/auth';
import {
  exportServices,
  exportStructures,
  getService,
  importAnnuaire,
  searchServices,
  updateServiceLocal,
} from './annuaire.service';

const tags = ['annuaire'];
const params = z.object({ id: z.uuid() });
/** A département of the national API weighs a few MB: above this, split the import. */
export const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

export const annuaireRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/annuaire/services',
    {
      schema: {
        tags,
        summary: 'Rechercher un service de l’annuaire',
        querystring: serviceSearchSchema,
        response: { 200: pageSchema(serviceViewSchema) },
      },
    },
    async (request) => searchServices(requireAllowed(request, isStaff), request.query),
  );
  app.get(
    '/api/annuaire/services/:id',
    { schema: { tags, summary: 'Un service', params, response: { 200: serviceViewSchema } } },
    async (request) => getService(requireAllowed(request, isStaff), request.params.id),
  );
  app.patch(
    '/api/annuaire/services/:id',
    {
      schema: {
        tags,
        summary: 'Lier un service à un partenaire et à des QPV',
        params,
        body: serviceLocalUpdateSchema,
        response: { 200: serviceViewSchema },
      },
    },
    async (request) =>
      updateServiceLocal(requireAllowed(request, canManageStructure), request.params.id, request.body),
  );
  app.post(
    '/api/annuaire/import/data-inclusion',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Importer structures et services au format data·inclusion v1',
        body: importDataInclusionSchema,
        response: { 200: importReportSchema },
      },
    },
    async (request) => importAnnuaire(requireAllowed(request, canManageStructure), request.body),
  );
  app.get(
    '/api/annuaire/export/data-inclusion/structures',
    {
      schema: {
        tags,
        summary: 'Exporter les structures (data·inclusion v1)',
        response: { 200: dataInclusionExportSchema('structures') },
      },
    },
    async (request) => exportStructures(requireAllowed(request, isStaff)),
  );
  app.get(
    '/api/annuaire/export/data-inclusion/services',
    {
      schema: {
        tags,
        summary: 'Exporter les services (data·inclusion v1)',
        response: { 200: dataInclusionExportSchema('services') },
      },
    },
    async (request) => exportServices(requireAllowed(request, isStaff)),
  );
};
