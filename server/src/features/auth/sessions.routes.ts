import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionViewSchema } from '../../../../domain/utilisateurs/utilisateur.schema';
import { requireContext } from '../../lib/auth';
import { closeSession, listSessions } from './sessions.service';

const tags = ['authentification'];

/** Each user sees their open sessions and closes any of them (issue 16, part 7). */
export const sessionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/auth/sessions',
    {
      schema: {
        tags,
        summary: 'Mes sessions ouvertes',
        response: { 200: z.object({ items: z.array(sessionViewSchema) }) },
      },
    },
    async (request) => ({
      items: await listSessions(requireContext(request), request.auth?.sessionIdHash ?? null),
    }),
  );
  app.delete(
    '/api/auth/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Fermer une de mes sessions',
        params: z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, 'Identifiant de session inconnu.') }),
        response: { 204: z.null().describe('Aucun contenu') },
      },
    },
    async (request, reply) => {
      await closeSession(requireContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
