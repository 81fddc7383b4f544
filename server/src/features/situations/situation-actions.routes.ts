import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAssignMediators } from '../../../../domain/situations/situation.rules';
import {
  agreementSchema,
  assignmentSchema,
  closureSchema,
  consentSchema,
  partyCreateSchema,
  reopenSchema,
  type SituationView,
  situationLinkSchema,
  situationViewSchema,
  stepCreateSchema,
} from '../../../../domain/situations/situation.schema';
import { requireAllowed, requireContext } from '../../lib/auth';
import { fichier } from '../../lib/responses';
import { assignMediators } from './situation-assignment.service';
import { addLink, closeSituation, reopenSituation } from './situation-closure.service';
import { agreementPdf } from './situation-pdf';
import { addParty, addStep, recordAgreement, setConsent } from './situation-steps.service';

const tags = ['situations'];
const params = z.object({ id: z.uuid() });
const partyParams = z.object({ id: z.uuid(), partieId: z.uuid() });
/** Every change answers the situation as its reader may see it. */
const response = { 200: situationViewSchema };

/** Changes to one situation; the services check that the actor is on its team (or coordinates it). */
export const situationActionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const post = <B extends z.ZodType>(
    url: string,
    summary: string,
    body: B,
    fn: (ctx: ReturnType<typeof requireContext>, id: string, body: z.output<B>) => Promise<SituationView>,
  ) =>
    app.post(url, { schema: { tags, summary, params, body, response } }, async (request) =>
      fn(requireContext(request), request.params.id, request.body as z.output<B>),
    );
  post('/api/situations/:id/etapes', 'Enregistrer une étape', stepCreateSchema, addStep);
  post('/api/situations/:id/parties', 'Ajouter une partie', partyCreateSchema, addParty);
  post('/api/situations/:id/accord', 'Enregistrer l’accord écrit', agreementSchema, recordAgreement);
  post('/api/situations/:id/cloture', 'Clôturer avec une issue', closureSchema, closeSituation);
  post('/api/situations/:id/reouverture', 'Rouvrir', reopenSchema, (ctx, id, b) =>
    reopenSituation(ctx, id, b.motif),
  );
  post('/api/situations/:id/liens', 'Lier une entrée d’un autre module', situationLinkSchema, addLink);
  app.post(
    '/api/situations/:id/affectation',
    {
      schema: {
        tags,
        summary: 'Attribuer la situation (coordination)',
        params,
        body: assignmentSchema,
        response,
      },
    },
    async (request) =>
      assignMediators(requireAllowed(request, canAssignMediators), request.params.id, request.body),
  );
  app.put(
    '/api/situations/:id/parties/:partieId/consentement',
    {
      schema: {
        tags,
        summary: 'Consentement d’une partie',
        params: partyParams,
        body: consentSchema,
        response,
      },
    },
    async (request) =>
      setConsent(requireContext(request), request.params.id, request.params.partieId, request.body),
  );
  app.get(
    '/api/situations/:id/accord.pdf',
    {
      schema: {
        response: fichier('PDF (accord de médiation)'),
        tags,
        summary: 'Accord à signer (PDF)',
        params,
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="accord-de-mediation.pdf"')
        .header('cache-control', 'no-store')
        .send(await agreementPdf(requireContext(request), request.params.id)),
  );
};
