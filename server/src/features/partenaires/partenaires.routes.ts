import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageStructure, isStaff } from '../../../../domain/auth/roles';
import {
  PARTNER_KINDS,
  partenaireCreateSchema,
  partenaireUpdateSchema,
  partenaireViewSchema,
} from '../../../../domain/partenaires/partenaire.schema';
import { recherche } from '../../../../domain/zod-fr';
import { requireAllowed } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import { routeSuppression } from '../../lib/routes';
import {
  createPartenaire,
  deletePartenaire,
  getPartenaire,
  listPartenaires,
  updatePartenaire,
} from './partenaires.service';

const tags = ['partenaires'];
const params = z.object({ id: z.uuid() });

export const partenairesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/partenaires',
    {
      schema: {
        response: { 200: z.array(partenaireViewSchema) },
        tags,
        summary: 'Partenaires de la structure',
        querystring: z.object({
          q: recherche(100),
          kind: z.enum(PARTNER_KINDS).optional(),
        }),
      },
    },
    async (request) => listPartenaires(requireAllowed(request, isStaff), request.query),
  );
  app.get(
    '/api/partenaires/:id',
    { schema: { response: { 200: partenaireViewSchema }, tags, summary: 'Un partenaire', params } },
    async (request) => getPartenaire(requireAllowed(request, isStaff), request.params.id),
  );
  app.post(
    '/api/partenaires',
    {
      schema: {
        response: { 201: partenaireViewSchema },
        tags,
        summary: 'Créer un partenaire',
        body: partenaireCreateSchema,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createPartenaire(requireAllowed(request, canManageStructure), request.body)),
  );
  app.patch(
    '/api/partenaires/:id',
    {
      schema: {
        response: { 200: partenaireViewSchema },
        tags,
        summary: 'Modifier un partenaire',
        params,
        body: partenaireUpdateSchema,
      },
    },
    async (request) =>
      updatePartenaire(requireAllowed(request, canManageStructure), request.params.id, request.body),
  );
  routeSuppression(
    app,
    '/api/partenaires/:id',
    { tags, summary: 'Supprimer un partenaire' },
    canManageStructure,
    deletePartenaire,
  );
};
