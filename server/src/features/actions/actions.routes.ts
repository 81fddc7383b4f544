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
import {
  actionPhotoQuerySchema,
  actionPhotoViewSchema,
  suiteParamsSchema,
  suitesViewSchema,
} from '../../../../domain/actions/action-suites';
import { requireAllowed } from '../../lib/auth';
import { acceptRawImages, rawImageBody } from '../../lib/images';
import { fichier } from '../../lib/responses';
import { routeSuppression } from '../../lib/routes';
import { cancelAction, createAction, getAction, listActions, updateAction } from './actions.service';
import { addActionPhoto, listActionPhotos, readActionPhoto } from './actions-photos.service';
import { lierSuite, listSuites } from './actions-suites.service';
import { getParticipation, putEvaluation, putParticipation } from './actions-suivi.service';

const tags = ['actions'];
const params = z.object({ id: z.uuid() });

/** Collective actions (issue 14): workshops, meetings, parties… their counts and evaluation. */
export const actionsRoutes: FastifyPluginAsyncZod = async (app) => {
  acceptRawImages(app);
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
  app.post(
    '/api/actions/:id/photos',
    {
      schema: {
        tags,
        summary: 'Ajouter une photo (corps = image brute, 5 Mo max ; consentement=oui obligatoire)',
        params,
        querystring: actionPhotoQuerySchema,
        response: { 200: actionPhotoViewSchema, 201: actionPhotoViewSchema },
      },
    },
    async (request, reply) => {
      const body = rawImageBody(request.body);
      const ctx = requireAllowed(request, canWriteActions);
      const { photo, created } = await addActionPhoto(ctx, request.params.id, request.query.photoId, body);
      return reply.status(created ? 201 : 200).send(photo);
    },
  );
  app.get(
    '/api/actions/:id/photos',
    {
      schema: {
        tags,
        summary: 'Les photos d’une action',
        params,
        response: { 200: z.array(actionPhotoViewSchema) },
      },
    },
    async (request) => listActionPhotos(requireAllowed(request, canReadActions), request.params.id),
  );
  app.get(
    '/api/actions/:id/photos/:photoId',
    {
      schema: {
        tags,
        summary: 'Une photo d’une action (JPEG sans métadonnées)',
        params: z.object({ id: z.uuid(), photoId: z.uuid() }),
        response: fichier('Photo (JPEG)'),
      },
    },
    async (request, reply) => {
      const { id, photoId } = request.params;
      const data = await readActionPhoto(requireAllowed(request, canReadActions), id, photoId);
      return reply.type('image/jpeg').send(data);
    },
  );
};
