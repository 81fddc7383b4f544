import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canManageStructure } from '../../../../domain/auth/roles';
import { texte } from '../../../../domain/zod-fr';
import { requireAllowed, requireContext } from '../../lib/auth';
import { getStructure, renameStructure } from './structures.service';

const tags = ['structure'];
const structureUpdateSchema = z.strictObject({ nom: texte(160) });

export const structureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/structure', { schema: { tags, summary: 'La structure de l’utilisateur' } }, async (request) =>
    getStructure(requireContext(request)),
  );
  app.patch(
    '/api/structure',
    { schema: { tags, summary: 'Renommer la structure', body: structureUpdateSchema } },
    async (request) => renameStructure(requireAllowed(request, canManageStructure), request.body.nom),
  );
};
