/** Route shapes several features share, written once. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../domain/auth/roles';
import { requireAllowed } from './auth';
import type { ServiceContext } from './context';
import { AUCUN_CONTENU } from './responses';

const params = z.object({ id: z.uuid() });

/** Any signed-in user: the service itself decides what they may touch (their own session, their own token). */
export const connecte = (): boolean => true;

/**
 * `DELETE url` (ending in `:id`): once `allowed` lets the actor through, `run(ctx, id)` removes,
 * revokes or cancels in its own transaction with its audit row, and the answer is 204 without a body.
 */
export function routeSuppression(
  app: FastifyInstance,
  url: string,
  doc: { tags: string[]; summary: string },
  allowed: (actor: Actor) => boolean,
  run: (ctx: ServiceContext, id: string) => Promise<unknown>,
): void {
  app.delete(url, { schema: { ...doc, params, response: AUCUN_CONTENU } }, async (request, reply) => {
    await run(requireAllowed(request, allowed), (request.params as z.infer<typeof params>).id);
    return reply.status(204).send(null);
  });
}
