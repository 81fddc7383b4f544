import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agendaSchema } from '../../../../domain/agenda/agenda.schema';
import { agendaIcal, readAgenda } from './agenda.service';

const tags = ['agenda'];
const params = z.object({ slug: z.string().max(100, 'Adresse d’agenda invalide.') });

/** The public agenda (ADR 035): no session, the structure named by its slug. */
export const agendaRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = (request: { protocol: string; host: string }) =>
    (app.deps.env.TRAME_PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
  app.get(
    '/api/public/:slug/agenda',
    {
      schema: {
        tags,
        summary: 'Agenda public des actions collectives (sans connexion)',
        params,
        response: { 200: agendaSchema },
      },
    },
    async (request, reply) => {
      const { agenda } = await readAgenda(app.deps.db, request.params.slug, app.deps.now(), base(request));
      return reply.header('cache-control', 'public, max-age=300').send(agenda);
    },
  );
  app.get(
    '/api/public/:slug/agenda.ics',
    {
      schema: {
        tags,
        summary: 'Agenda public au format iCalendar (abonnement, sans connexion)',
        params,
        response: { 200: z.string().describe('text/calendar (RFC 5545)') },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(await agendaIcal(app.deps.db, request.params.slug, app.deps.now(), base(request))),
  );
};
