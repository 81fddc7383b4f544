import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isStaff } from '../../../../domain/auth/roles';
import { pageSchema } from '../../../../domain/liste';
import {
  canDeclareLinks,
  canOpenSituation,
  canSeeTeamLoad,
} from '../../../../domain/situations/situation.rules';
import {
  declarationListQuery,
  declarationSchema,
  declarationViewSchema,
  situationCreateSchema,
  situationListQuery,
  situationListViewSchema,
  situationViewSchema,
  stepViewSchema,
  teamLoadViewSchema,
} from '../../../../domain/situations/situation.schema';
import { requireAllowed, requireContext } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import { routeSuppression } from '../../lib/routes';
import {
  createDeclaration,
  deleteDeclaration,
  listDeclarations,
  teamLoad,
} from './situation-assignment.service';
import { createSituation, getSituation, getSteps } from './situations.service';
import { listSituations } from './situations-list.service';

const tags = ['situations'];
const params = z.object({ id: z.uuid() });

export const situationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/situations',
    {
      schema: {
        tags,
        summary: 'Situations visibles (listes de travail)',
        querystring: situationListQuery,
        response: { 200: situationListViewSchema },
      },
    },
    async (request) => listSituations(requireContext(request), request.query),
  );
  app.post(
    '/api/situations',
    {
      schema: {
        tags,
        summary: 'Ouvrir une situation',
        body: situationCreateSchema,
        response: { 201: situationViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSituation(requireAllowed(request, canOpenSituation), request.body)),
  );
  app.get(
    '/api/situations/charge',
    { schema: { response: { 200: z.array(teamLoadViewSchema) }, tags, summary: 'Charge de l’équipe' } },
    async (request) => teamLoad(requireAllowed(request, canSeeTeamLoad)),
  );
  app.get(
    '/api/situations/:id',
    {
      schema: {
        tags,
        summary: 'Une situation (selon la confidentialité)',
        params,
        response: { 200: situationViewSchema },
      },
    },
    async (request) => getSituation(requireContext(request), request.params.id),
  );
  app.get(
    '/api/situations/:id/etapes',
    { schema: { tags, summary: 'Étapes et notes', params, response: { 200: z.array(stepViewSchema) } } },
    async (request) => getSteps(requireContext(request), request.params.id),
  );
  app.get(
    '/api/declarations-impartialite',
    {
      schema: {
        tags,
        summary: 'Déclarations de liens',
        querystring: declarationListQuery,
        response: { 200: pageSchema(declarationViewSchema) },
      },
    },
    async (request) => listDeclarations(requireAllowed(request, isStaff), request.query),
  );
  app.post(
    '/api/declarations-impartialite',
    {
      schema: {
        tags,
        summary: 'Déclarer un lien avec un lieu ou une partie',
        body: declarationSchema,
        response: { 201: declarationViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDeclaration(requireAllowed(request, canDeclareLinks), request.body)),
  );
  routeSuppression(
    app,
    '/api/declarations-impartialite/:id',
    { tags, summary: 'Retirer une déclaration' },
    isStaff,
    deleteDeclaration,
  );
};
