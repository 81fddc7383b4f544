import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManagePlanning, canReadPlanning } from '../../../../domain/planning/planning.rules';
import {
  absenceCreateSchema,
  absenceSchema,
  creneauCreateSchema,
  creneauEcritSchema,
  creneauUpdateSchema,
  planningQuerySchema,
  planningSchema,
  remplacantsSchema,
} from '../../../../domain/planning/planning.schema';
import { requireAllowed } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import { routeSuppression } from '../../lib/routes';
import { createAbsence, deleteAbsence, remplacantsFor } from './absences.service';
import { cancelCreneau, createCreneau, listPlanning, updateCreneau } from './planning.service';

const tags = ['planning'];
const params = z.object({ id: z.uuid() });

/** The team's planning (issue 13): shifts, absences and cover. */
export const planningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/planning',
    {
      schema: {
        tags,
        summary: 'Créneaux, absences et jours fériés d’une période (62 jours au plus)',
        querystring: planningQuerySchema,
        response: { 200: planningSchema },
      },
    },
    async (request) => listPlanning(requireAllowed(request, canReadPlanning), request.query),
  );
  app.post(
    '/api/planning/creneaux',
    {
      schema: {
        tags,
        summary: 'Planifier un créneau (ou sa répétition)',
        body: creneauCreateSchema,
        response: { 201: creneauEcritSchema },
      },
    },
    async (request, reply) => {
      const { view } = await createCreneau(requireAllowed(request, canManagePlanning), request.body);
      return reply.status(201).send(view);
    },
  );
  app.patch(
    '/api/planning/creneaux/:id',
    {
      schema: {
        tags,
        summary: 'Modifier un créneau',
        params,
        body: creneauUpdateSchema,
        response: { 200: creneauEcritSchema },
      },
    },
    async (request) =>
      updateCreneau(requireAllowed(request, canManagePlanning), request.params.id, request.body),
  );
  routeSuppression(
    app,
    '/api/planning/creneaux/:id',
    { tags, summary: 'Annuler un créneau' },
    canManagePlanning,
    cancelCreneau,
  );
  app.get(
    '/api/planning/creneaux/:id/remplacants',
    {
      schema: {
        tags,
        summary: 'Collègues libres pour couvrir un créneau',
        params,
        response: { 200: remplacantsSchema },
      },
    },
    async (request) => remplacantsFor(requireAllowed(request, canManagePlanning), request.params.id),
  );
  app.post(
    '/api/planning/absences',
    {
      schema: {
        tags,
        summary: 'Enregistrer une absence',
        body: absenceCreateSchema,
        response: { 201: absenceSchema },
      },
    },
    async (request, reply) => {
      const { view } = await createAbsence(requireAllowed(request, canReadPlanning), request.body);
      return reply.status(201).send(view);
    },
  );
  routeSuppression(
    app,
    '/api/planning/absences/:id',
    { tags, summary: 'Supprimer une absence' },
    canReadPlanning,
    deleteAbsence,
  );
};
