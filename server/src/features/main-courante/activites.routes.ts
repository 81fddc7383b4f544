import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isStaff } from '../../../../domain/auth/roles';
import {
  canLogActivite,
  canReviewActivite,
  canUnlockActivite,
} from '../../../../domain/main-courante/activite.rules';
import {
  activiteCreateSchema,
  activiteListQuerySchema,
  activiteTerminerSchema,
  activiteUpdateSchema,
  revueSchema,
} from '../../../../domain/main-courante/activite.schema';
import {
  activiteListViewSchema,
  activiteViewSchema,
  derniereTourneeViewSchema,
  mediateurViewSchema,
} from '../../../../domain/main-courante/activite.views';
import { requireAllowed } from '../../lib/auth';
import { getActiviteView, listActivites } from './activites.read';
import { createActivite, terminerActivite, updateActivite } from './activites.service';
import { derniereTournee, listMediateurs } from './quick-capture.read';
import { reviewActivite, unlockActivite } from './revue.service';

const tags = ['main courante'];
const params = z.object({ id: z.uuid() });

export const activitesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/activites',
    {
      schema: {
        tags,
        summary: 'Activités par jours (Europe/Paris) et filtres, avec leurs comptes',
        querystring: activiteListQuerySchema,
        response: { 200: activiteListViewSchema },
      },
    },
    async (request) => listActivites(requireAllowed(request, isStaff), request.query),
  );
  app.get(
    '/api/activites/derniere-tournee',
    {
      schema: {
        tags,
        summary: 'Ce que « Démarrer une tournée » pré-remplit',
        response: { 200: derniereTourneeViewSchema },
      },
    },
    async (request) => derniereTournee(requireAllowed(request, canLogActivite)),
  );
  app.get(
    '/api/activites/mediateurs',
    {
      schema: {
        tags,
        summary: 'Médiateur·rices pouvant être présent·es sur une activité',
        querystring: z.object({ territoireId: z.uuid().optional() }),
        response: { 200: z.array(mediateurViewSchema) },
      },
    },
    async (request) => listMediateurs(requireAllowed(request, isStaff), request.query),
  );
  app.get(
    '/api/activites/:id',
    {
      schema: {
        tags,
        summary: 'Une activité, ses contacts et observations',
        params,
        response: { 200: activiteViewSchema },
      },
    },
    async (request) => {
      const ctx = requireAllowed(request, isStaff);
      return getActiviteView(ctx.db, ctx.actor, request.params.id);
    },
  );
  app.post(
    '/api/activites',
    {
      schema: {
        tags,
        summary: 'Saisir une activité (idempotent sur l’identifiant fourni par le client)',
        body: activiteCreateSchema,
        response: { 200: activiteViewSchema, 201: activiteViewSchema },
      },
    },
    async (request, reply) => {
      const { created, view } = await createActivite(requireAllowed(request, canLogActivite), request.body);
      return reply.status(created ? 201 : 200).send(view);
    },
  );
  app.patch(
    '/api/activites/:id',
    {
      schema: {
        tags,
        summary: 'Modifier une activité',
        params,
        body: activiteUpdateSchema,
        response: { 200: activiteViewSchema },
      },
    },
    async (request) =>
      updateActivite(requireAllowed(request, canLogActivite), request.params.id, request.body),
  );
  app.post(
    '/api/activites/:id/terminer',
    {
      schema: {
        tags,
        summary: 'Terminer une activité en cours',
        params,
        body: activiteTerminerSchema.nullish(),
        response: { 200: activiteViewSchema },
      },
    },
    async (request) =>
      terminerActivite(requireAllowed(request, canLogActivite), request.params.id, request.body ?? {}),
  );
  app.post(
    '/api/activites/:id/revue',
    {
      schema: {
        tags,
        summary: 'Valider une activité ou la renvoyer à corriger',
        params,
        body: revueSchema,
        response: { 200: activiteViewSchema },
      },
    },
    async (request) =>
      reviewActivite(requireAllowed(request, canReviewActivite), request.params.id, request.body),
  );
  app.post(
    '/api/activites/:id/deverrouiller',
    {
      schema: {
        tags,
        summary: 'Déverrouiller une activité validée (journalisé)',
        params,
        response: { 200: activiteViewSchema },
      },
    },
    async (request) => unlockActivite(requireAllowed(request, canUnlockActivite), request.params.id),
  );
};
