import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canManageStructure } from '../../../../domain/auth/roles';
import { structureUpdateSchema, structureViewSchema } from '../../../../domain/structures/structure.schema';
import { requireAllowed, requireContext } from '../../lib/auth';
import { getStructure, updateStructure } from './structures.service';

const tags = ['structure'];

export const structureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/structure',
    { schema: { tags, summary: 'La structure de l’utilisateur', response: { 200: structureViewSchema } } },
    async (request) => getStructure(requireContext(request)),
  );
  app.patch(
    '/api/structure',
    {
      schema: {
        tags,
        summary: 'Renommer la structure, exiger la double authentification ou régler ProConnect',
        body: structureUpdateSchema,
        response: { 200: structureViewSchema },
      },
    },
    async (request) => updateStructure(requireAllowed(request, canManageStructure), request.body),
  );
};
