import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canExerciseRights } from '../../../../domain/accueil/accueil.rules';
import { canManageStructure, canReadAuditLog } from '../../../../domain/auth/roles';
import {
  consentementsRegistreQuerySchema,
  consentementsRegistreSchema,
  conservationSchema,
  conservationUpdateSchema,
  registreQuerySchema,
  registreSchema,
} from '../../../../domain/confidentialite/confidentialite.schema';
import { requireAllowed } from '../../lib/auth';
import { sendPdf } from '../../lib/pdf';
import { octets } from '../../lib/responses';
import { conservation, registre, registreConsentements, setConservation } from './confidentialite.service';
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
        response: { 200: registreSchema.or(octets('PDF (format=pdf)')) },
      },
    },
    async (request, reply) => {
      const r = await registre(requireAllowed(request, canManageStructure));
      if (request.query.format === 'json') return r;
      return sendPdf(reply, 'registre-des-traitements.pdf', await registrePdf(r));
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
  app.get(
    '/api/structure/conservation',
    {
      schema: {
        tags,
        summary: 'Durées de conservation de la structure et prochaine purge',
        response: { 200: conservationSchema },
      },
    },
    async (request) => conservation(requireAllowed(request, canManageStructure)),
  );
  app.put(
    '/api/structure/conservation',
    {
      schema: {
        tags,
        summary: 'Choisir les durées de conservation (plus courtes que la loi, jamais plus longues)',
        body: conservationUpdateSchema,
        response: { 200: conservationSchema },
      },
    },
    async (request) => setConservation(requireAllowed(request, canReadAuditLog), request.body),
  );
};
