import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isStaff } from '../../../../domain/auth/roles';
import { canLogActivite, canTreatObservation } from '../../../../domain/main-courante/activite.rules';
import {
  contactCreateSchema,
  contactUpdateSchema,
  observationCreateSchema,
  observationListQuerySchema,
} from '../../../../domain/main-courante/activite.schema';
import {
  contactViewSchema,
  observationListViewSchema,
  observationViewSchema,
} from '../../../../domain/main-courante/activite.views';
import { requireAllowed } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import {
  addContact,
  addObservation,
  deleteContact,
  deleteObservation,
  updateContact,
} from './captures.service';
import { listObservations, traiterObservation } from './observations.service';

const tags = ['main courante'];
const params = z.object({ id: z.uuid() });
const contactParams = z.object({ id: z.uuid(), contactId: z.uuid() });
const observationParams = z.object({ id: z.uuid(), observationId: z.uuid() });

export const capturesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/activites/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Noter un contact (idempotent)',
        params,
        body: contactCreateSchema,
        response: { 200: contactViewSchema, 201: contactViewSchema },
      },
    },
    async (request, reply) => {
      const ctx = requireAllowed(request, canLogActivite);
      const { created, view } = await addContact(ctx, request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(view);
    },
  );
  app.patch(
    '/api/activites/:id/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'Ajuster un contact',
        params: contactParams,
        body: contactUpdateSchema,
        response: { 200: contactViewSchema },
      },
    },
    async (request) =>
      updateContact(
        requireAllowed(request, canLogActivite),
        request.params.id,
        request.params.contactId,
        request.body,
      ),
  );
  app.delete(
    '/api/activites/:id/contacts/:contactId',
    { schema: { response: AUCUN_CONTENU, tags, summary: 'Annuler un contact', params: contactParams } },
    async (request, reply) => {
      const ctx = requireAllowed(request, canLogActivite);
      await deleteContact(ctx, request.params.id, request.params.contactId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/activites/:id/observations',
    {
      schema: {
        tags,
        summary: 'Noter une observation (idempotent)',
        params,
        body: observationCreateSchema,
        response: { 200: observationViewSchema, 201: observationViewSchema },
      },
    },
    async (request, reply) => {
      const ctx = requireAllowed(request, canLogActivite);
      const { created, view } = await addObservation(ctx, request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(view);
    },
  );
  app.delete(
    '/api/activites/:id/observations/:observationId',
    {
      schema: {
        response: AUCUN_CONTENU,
        tags,
        summary: 'Annuler une observation',
        params: observationParams,
      },
    },
    async (request, reply) => {
      const ctx = requireAllowed(request, canLogActivite);
      await deleteObservation(ctx, request.params.id, request.params.observationId);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/observations',
    {
      schema: {
        tags,
        summary: 'Observations de veille sociale',
        querystring: observationListQuerySchema,
        response: { 200: observationListViewSchema },
      },
    },
    async (request) => listObservations(requireAllowed(request, isStaff), request.query),
  );
  app.post(
    '/api/observations/:id/traiter',
    {
      schema: {
        tags,
        summary: 'Marquer une observation comme traitée',
        params,
        response: { 200: observationViewSchema },
      },
    },
    async (request) => traiterObservation(requireAllowed(request, canTreatObservation), request.params.id),
  );
};
