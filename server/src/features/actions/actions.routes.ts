import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canReadActions, canWriteActions } from '../../../../domain/actions/action.rules';
import {
  actionCreateSchema,
  actionSchema,
  actionsPageSchema,
  actionsQuerySchema,
  actionUpdateSchema,
  evaluationSchema,
  participationSchema,
  participationViewSchema,
} from '../../../../domain/actions/action.schema';
import { suiteParamsSchema, suitesViewSchema } from '../../../../domain/actions/action-suites';
import { requireAllowed } from '../../lib/auth';
import { routeSuppression } from '../../lib/routes';
import { cancelAction, createAction, getAction, listActions, updateAction } from './actions.service';
import { lierSuite, listSuites } from './actions-suites.service';
import { getParticipation, putEvaluation, putParticipation } from './actions-suivi.service';

const tags = ['actions'];
const params = z.object({ id: z.uuid() });

/** Collective actions (issue 14): workshops, meetings, parties… their counts and evaluation. */
export const actionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/actions',
    {
      schema: {
        tags,
        summary: 'Actions collectives (liste paginée, 30 derniers jours et à venir par défaut)',
        querystring: actionsQuerySchema,
        response: { 200: actionsPageSchema },
      },
    },
    async (request) => listActions(requireAllowed(request, canReadActions), request.query),
  );
  app.post(
    '/api/actions',
    {
      schema: {
        tags,
        summary: 'Créer une action collective (le même id deux fois crée une action)',
        body: actionCreateSchema,
        response: { 201: actionSchema },
      },
    },
    async (request, reply) => {
      const { view } = await createAction(requireAllowed(request, canWriteActions), request.body);
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/actions/:id',
    { schema: { tags, summary: 'Une action collective', params, response: { 200: actionSchema } } },
    async (request) => getAction(requireAllowed(request, canReadActions), request.params.id),
  );
  app.patch(
    '/api/actions/:id',
    {
      schema: {
        tags,
        summary: 'Modifier une action collective',
        params,
        body: actionUpdateSchema,
        response: { 200: actionSchema },
      },
    },
    async (request) =>
      updateAction(requireAllowed(request, canWriteActions), request.params.id, request.body),
  );
  routeSuppression(
    app,
    '/api/actions/:id',
    { tags, summary: 'Annuler une action collective (elle reste, annulée)' },
    canWriteActions,
    cancelAction,
  );
  app.get(
    '/api/actions/:id/participation',
    {
      schema: {
        tags,
        summary: 'Participant·es comptés d’une action, et leurs totaux',
        params,
        response: { 200: participationViewSchema },
      },
    },
    async (request) => getParticipation(requireAllowed(request, canReadActions), request.params.id),
  );
  app.put(
    '/api/actions/:id/participation',
    {
      schema: {
        tags,
        summary: 'Remplacer les comptes de participant·es (par public et genre)',
        params,
        body: participationSchema,
        response: { 200: participationViewSchema },
      },
    },
    async (request) =>
      putParticipation(requireAllowed(request, canWriteActions), request.params.id, request.body),
  );
  app.put(
    '/api/actions/:id/evaluation',
    {
      schema: {
        tags,
        summary: 'Évaluer une action (après son début)',
        params,
        body: evaluationSchema,
        response: { 200: actionSchema },
      },
    },
    async (request) =>
      putEvaluation(requireAllowed(request, canWriteActions), request.params.id, request.body),
  );
  app.get(
    '/api/actions/:id/suites',
    {
      schema: {
        tags,
        summary: 'Les suites d’une action : signalements, demandes et situations liés',
        params,
        response: { 200: suitesViewSchema },
      },
    },
    async (request) => listSuites(requireAllowed(request, canReadActions), request.params.id),
  );
  app.put(
    '/api/actions/:id/suites/:type/:cibleId',
    {
      schema: {
        tags,
        summary: 'Lier à l’action un signalement, une demande ou une situation créés à sa suite',
        params: suiteParamsSchema,
        response: { 200: suitesViewSchema },
      },
    },
    async (request) => {
      const { id, type, cibleId } = request.params;
      return lierSuite(requireAllowed(request, canWriteActions), id, type, cibleId);
    },
  );
};
