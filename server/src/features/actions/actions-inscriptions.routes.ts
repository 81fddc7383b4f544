import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canReadActions, canWriteActions } from '../../../../domain/actions/action.rules';
import { inscriptionSchema, inscriptionViewSchema } from '../../../../domain/actions/action-suites';
import { requireAllowed } from '../../lib/auth';
import { sendPdf } from '../../lib/pdf';
import { fichier } from '../../lib/responses';
import { desinscrire, feuilleEmargement, inscrire, listInscriptions } from './actions-inscriptions.service';

const tags = ['actions'];
const params = z.object({ id: z.uuid() });
const liste = { 200: z.array(inscriptionViewSchema) };

/** Named registration to an action and its attendance sheet (issue 14, part 2). */
export const actionsInscriptionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/actions/:id/inscriptions',
    { schema: { tags, summary: 'Les personnes inscrites (pseudonymes)', params, response: liste } },
    async (request) => listInscriptions(requireAllowed(request, canReadActions), request.params.id),
  );
  app.post(
    '/api/actions/:id/inscriptions',
    {
      schema: {
        tags,
        summary: 'Inscrire une fiche de l’accueil (consentement en cours) ; deux fois n’inscrit qu’une fois',
        params,
        body: inscriptionSchema,
        response: liste,
      },
    },
    async (request) =>
      inscrire(requireAllowed(request, canWriteActions), request.params.id, request.body.personneId),
  );
  app.delete(
    '/api/actions/:id/inscriptions/:personneId',
    {
      schema: {
        tags,
        summary: 'Retirer une inscription',
        params: z.object({ id: z.uuid(), personneId: z.uuid() }),
        response: liste,
      },
    },
    async (request) =>
      desinscrire(requireAllowed(request, canWriteActions), request.params.id, request.params.personneId),
  );
  app.get(
    '/api/actions/:id/feuille-emargement',
    {
      schema: {
        tags,
        summary: 'La feuille d’émargement à imprimer (PDF, sans signature)',
        params,
        response: fichier('Feuille d’émargement (PDF)'),
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        'feuille-emargement.pdf',
        await feuilleEmargement(requireAllowed(request, canReadActions), request.params.id),
      ),
  );
};
