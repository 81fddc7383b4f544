import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canFollowAlertes, canReadIncidents } from '../../../../domain/alertes/alerte.rules';
import {
  alerteClotureSchema,
  alerteCreateSchema,
  alerteSchema,
  alertesListSchema,
  incidentsQuerySchema,
  incidentsSchema,
} from '../../../../domain/alertes/alerte.schema';
import { AppError } from '../../../../domain/errors';
import { requireAllowed, requireContext } from '../../lib/auth';
import { alertesOuvertes, cloturer, prendreEnCharge, sendAlerte } from './alertes.service';
import { installAlertStreams, streamAlertes } from './alertes.stream';
import { incidents } from './incidents.service';

const tags = ['alertes'];
const params = z.object({ id: z.uuid() });

/** Lone-worker alerts (issue 13, part 7). */
export const alertesRoutes: FastifyPluginAsyncZod = async (app) => {
  installAlertStreams(app);
  const { bus } = app.deps;
  app.post(
    '/api/alertes',
    {
      schema: {
        tags,
        summary: 'Envoyer une alerte',
        body: alerteCreateSchema,
        response: { 201: alerteSchema },
      },
    },
    async (request, reply) => {
      const { view } = await sendAlerte(requireContext(request), bus, request.body);
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/alertes',
    {
      schema: {
        tags,
        summary: 'Alertes ouvertes qui vous sont adressées',
        response: { 200: alertesListSchema },
      },
    },
    async (request) => ({ items: await alertesOuvertes(requireAllowed(request, canFollowAlertes)) }),
  );
  app.get(
    '/api/alertes/flux',
    {
      schema: {
        tags,
        summary: 'Flux des alertes (Server-Sent Events, évènement « alerte »)',
        response: { 200: z.string().describe('text/event-stream') },
      },
    },
    async (request, reply) => {
      const ctx = requireAllowed(request, canFollowAlertes);
      // A stream never ends: only a client that asked for one gets it (EventSource sends this).
      if (!(request.headers.accept ?? '').includes('text/event-stream')) {
        throw new AppError(
          'non_acceptable',
          406,
          'Ce flux s’ouvre avec EventSource (en-tête Accept: text/event-stream).',
        );
      }
      return streamAlertes(app, ctx, reply);
    },
  );
  app.post(
    '/api/alertes/:id/prise-en-charge',
    { schema: { tags, summary: 'Prendre une alerte en charge', params, response: { 200: alerteSchema } } },
    async (request) => prendreEnCharge(requireAllowed(request, canFollowAlertes), bus, request.params.id),
  );
  app.post(
    '/api/alertes/:id/cloture',
    {
      schema: {
        tags,
        summary: 'Clôturer une alerte avec son débriefing',
        params,
        body: alerteClotureSchema,
        response: { 200: alerteSchema },
      },
    },
    async (request) =>
      cloturer(requireAllowed(request, canFollowAlertes), bus, request.params.id, request.body),
  );
  app.get(
    '/api/alertes/incidents',
    {
      schema: {
        tags,
        summary: 'Incidents de l’année (sans donnée sur les habitant·es)',
        querystring: incidentsQuerySchema,
        response: { 200: incidentsSchema },
      },
    },
    async (request) => incidents(requireAllowed(request, canReadIncidents), request.query.annee),
  );
};
