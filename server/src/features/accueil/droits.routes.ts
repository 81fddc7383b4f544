import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canExerciseRights } from '../../../../domain/accueil/accueil.rules';
import {
  personneExportQuerySchema,
  personneExportSchema,
} from '../../../../domain/accueil/personne-droits.schema';
import { requireAllowed } from '../../lib/auth';
import { sendPdf } from '../../lib/pdf';
import { AUCUN_CONTENU, octets } from '../../lib/responses';
import { routeSuppression } from '../../lib/routes';
import { exportPdf } from './droits.pdf';
import { effacerPersonne, exportPersonne } from './droits.service';

const tags = ['personnes'];
const params = z.object({ id: z.uuid() });

/** A person's rights of access and erasure (issue 16, part 2): coordination and direction. */
export const droitsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/personnes/:id/export',
    {
      schema: {
        tags,
        summary: 'Droit d’accès : toutes les données de la personne (JSON, ou PDF avec format=pdf)',
        params,
        querystring: personneExportQuerySchema,
        response: { 200: personneExportSchema.or(octets('PDF (format=pdf)')) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const view = await exportPersonne(
        requireAllowed(request, canExerciseRights),
        request.params.id,
        format,
      );
      if (format === 'json') return view;
      return sendPdf(reply, 'donnees-personne.pdf', await exportPdf(view));
    },
  );
  routeSuppression(
    app,
    '/api/personnes/:id',
    { tags, summary: 'Droit à l’effacement (refusé tant qu’une situation en cours la concerne)' },
    canExerciseRights,
    effacerPersonne,
  );
};
