import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canReadPlanning } from '../../../../domain/planning/planning.rules';
import {
  consigneCreateSchema,
  consigneSchema,
  consignesSchema,
  fluxSchema,
} from '../../../../domain/planning/planning.schema';
import { requireAllowed } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import { routeSuppression } from '../../lib/routes';
import { createConsigne, deleteConsigne, lireConsigne, listConsignes } from './consignes.service';
import { feed, fluxUrls } from './flux.service';

const tags = ['planning'];
const params = z.object({ id: z.uuid() });

/** Calendar feeds (iCalendar) and handover notes (« consignes »). */
export const fluxRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = (request: { protocol: string; host: string }) =>
    app.deps.env.TRAME_PUBLIC_URL ?? `${request.protocol}://${request.host}`;
  app.get(
    '/api/planning/flux',
    {
      schema: {
        tags,
        summary: 'Adresses des calendriers (personnel ; équipe pour la coordination)',
        response: { 200: fluxSchema },
      },
    },
    async (request) => fluxUrls(requireAllowed(request, canReadPlanning), base(request)),
  );
  app.post(
    '/api/planning/flux/regenerer',
    {
      schema: {
        tags,
        summary: 'Changer les adresses des calendriers (les anciennes ne marchent plus)',
        response: { 200: fluxSchema },
      },
    },
    async (request) => fluxUrls(requireAllowed(request, canReadPlanning), base(request), true),
  );
  app.get(
    '/api/planning/flux/:token.ics',
    {
      schema: {
        tags,
        summary: 'Calendrier iCalendar (adresse secrète, sans connexion)',
        params: z.object({
          token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Adresse de calendrier invalide.'),
        }),
        response: { 200: z.string().describe('text/calendar (RFC 5545)') },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await feed(app.deps.db, request.params.token, app.deps.now())),
  );
  app.get(
    '/api/planning/consignes',
    {
      schema: { tags, summary: 'Consignes en cours qui vous concernent', response: { 200: consignesSchema } },
    },
    async (request) => ({ items: await listConsignes(requireAllowed(request, canReadPlanning)) }),
  );
  app.post(
    '/api/planning/consignes',
    {
      schema: {
        tags,
        summary: 'Écrire une consigne',
        body: consigneCreateSchema,
        response: { 201: consigneSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createConsigne(requireAllowed(request, canReadPlanning), request.body)),
  );
  app.post(
    '/api/planning/consignes/:id/lecture',
    {
      schema: { tags, summary: 'Marquer une consigne comme lue', params, response: { 200: consigneSchema } },
    },
    async (request) => lireConsigne(requireAllowed(request, canReadPlanning), request.params.id),
  );
  routeSuppression(
    app,
    '/api/planning/consignes/:id',
    { tags, summary: 'Retirer une consigne' },
    canReadPlanning,
    deleteConsigne,
  );
};
