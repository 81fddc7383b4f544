import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canExerciseRights } from '../../../../domain/accueil/accueil.rules';
import { canManageStructure } from '../../../../domain/auth/roles';
import {
  consentementsRegistreQuerySchema,
  consentementsRegistreSchema,
  registreQuerySchema,
  registreSchema,
} from '../../../../domain/confidentialite/confidentialite.schema';
import { requireAllowed } from '../../lib/auth';
import { registre, registreConsentements } from './confidentialite.service';
import { registrePdf } from './registre.pdf';

const tags = ['confidentialité'];

/** The records a structure keeps under the GDPR (issue 16, part 4). */
export const confidentialiteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/structure/registre-traitements',
    {
      schema: {
        tags,
        summary: 'Registre des activités de traitement (article 30 du RGPD), en JSON ou PDF',
        querystring: registreQuerySchema,
        response: { 200: registreSchema.or(z.custom<Buffer>().describe('PDF (format=pdf)')) },
      },
    },
    async (request, reply) => {
      const r = await registre(requireAllowed(request, canManageStructure));
      if (request.query.format === 'json') return r;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'attachment; filename="registre-des-traitements.pdf"')
        .send(await registrePdf(r));
    },
  );
  app.get(
    '/api/consentements',
    {
      schema: {
        tags,
        summary: 'Registre des consentements donnés et retirés (lecture journalisée)',
        querystring: consentementsRegistreQuerySchema,
        response: { 200: consentementsRegistreSchema },
      },
    },
    async (request) => registreConsentements(requireAllowed(request, canExerciseRights), request.query),
  );
};
