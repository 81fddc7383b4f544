import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { aujourdhuiSchema } from '../../../../domain/aujourdhui/aujourdhui.schema';
import { requireContext } from '../../lib/auth';
import { aujourdhui } from './aujourdhui.service';

export const aujourdhuiRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/aujourdhui',
    {
      schema: {
        tags: ['aujourdhui'],
        summary: 'Le travail du jour : une carte par liste à traiter, selon le rôle',
        response: { 200: aujourdhuiSchema },
      },
    },
    async (request) => aujourdhui(requireContext(request)),
  );
};
