import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageStructure, isStaff } from '../../../../domain/auth/roles';
import {
  lieuCreateSchema,
  lieuUpdateSchema,
  lieuViewSchema,
  secteurCreateSchema,
  secteurUpdateSchema,
  secteurViewSchema,
  territoireCreateSchema,
  territoireViewSchema,
} from '../../../../domain/territoires/territoire.schema';
import { requireAllowed } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import { routeSuppression } from '../../lib/routes';
import {
  createLieu,
  createSecteur,
  deleteLieu,
  deleteSecteur,
  updateLieu,
  updateSecteur,
} from './lieux.service';
import { addTerritoire, listTerritoires, removeTerritoire } from './territoires.service';

const tags = ['territoires'];
const params = z.object({ id: z.uuid() });

export const territoiresRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/territoires',
    {
      schema: {
        response: { 200: z.array(territoireViewSchema) },
        tags,
        summary: 'QPV de la structure, avec secteurs et lieux',
      },
    },
    async (request) => listTerritoires(requireAllowed(request, isStaff)),
  );
  app.post(
    '/api/territoires',
    {
      schema: {
        response: { 201: territoireViewSchema },
        tags,
        summary: 'Ajouter un QPV de la liste nationale',
        body: territoireCreateSchema,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addTerritoire(requireAllowed(request, canManageStructure), request.body.qpvCode)),
  );
  routeSuppression(
    app,
    '/api/territoires/:id',
    { tags, summary: 'Retirer un QPV' },
    canManageStructure,
    removeTerritoire,
  );

  app.post(
    '/api/territoires/:id/secteurs',
    {
      schema: {
        response: { 201: secteurViewSchema },
        tags,
        summary: 'Ajouter un secteur',
        params,
        body: secteurCreateSchema,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createSecteur(
            requireAllowed(request, canManageStructure),
            request.params.id,
            request.body.nom,
          ),
        ),
  );
  app.patch(
    '/api/secteurs/:id',
    {
      schema: {
        response: { 200: secteurViewSchema },
        tags,
        summary: 'Renommer un secteur',
        params,
        body: secteurUpdateSchema,
      },
    },
    async (request) =>
      updateSecteur(requireAllowed(request, canManageStructure), request.params.id, request.body.nom),
  );
  routeSuppression(
    app,
    '/api/secteurs/:id',
    { tags, summary: 'Supprimer un secteur' },
    canManageStructure,
    deleteSecteur,
  );

  app.post(
    '/api/territoires/:id/lieux',
    {
      schema: {
        response: { 201: lieuViewSchema },
        tags,
        summary: 'Ajouter un lieu',
        params,
        body: lieuCreateSchema,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createLieu(requireAllowed(request, canManageStructure), request.params.id, request.body)),
  );
  app.patch(
    '/api/lieux/:id',
    {
      schema: {
        response: { 200: lieuViewSchema },
        tags,
        summary: 'Modifier un lieu',
        params,
        body: lieuUpdateSchema,
      },
    },
    async (request) =>
      updateLieu(requireAllowed(request, canManageStructure), request.params.id, request.body),
  );
  routeSuppression(
    app,
    '/api/lieux/:id',
    { tags, summary: 'Supprimer un lieu' },
    canManageStructure,
    deleteLieu,
  );
};
