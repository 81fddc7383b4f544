import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  canAnswerOrientation,
  canReadAccueil,
  canReadOrientations,
  canRecordAccueil,
  canSetAccueilParametres,
} from '../../../../domain/accueil/accueil.rules';
import {
  demandeCreateSchema,
  demandeListQuerySchema,
  demandeListViewSchema,
  demandeViewSchema,
} from '../../../../domain/accueil/demande.schema';
import {
  orientationAnswerSchema,
  orientationListQuerySchema,
  orientationStatsRowSchema,
  parametresAccueilSchema,
  reponsePartenaireSchema,
  statutUpdateSchema,
} from '../../../../domain/accueil/orientation.schema';
import { pageSchema } from '../../../../domain/liste';
import { requireAllowed } from '../../lib/auth';
import { fichier } from '../../lib/responses';
import { getParametres, setParametres } from './accueil-settings.service';
import { createDemande, getDemande, listDemandes } from './demandes.service';
import { droitsRoutes } from './droits.routes';
import { ficheOrientation, fichePdf } from './fiche-orientation';
import {
  answerOrientation,
  getOrientation,
  listOrientations,
  orientationStats,
  setStatutOrientation,
} from './orientations.service';
import { personnesRoutes } from './personnes.routes';

const params = z.object({ id: z.uuid() });

export const accueilRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(personnesRoutes);
  await app.register(droitsRoutes);
  const tags = ['demandes'];
  app.get(
    '/api/demandes',
    {
      schema: {
        tags,
        summary: 'Demandes',
        querystring: demandeListQuerySchema,
        response: { 200: demandeListViewSchema },
      },
    },
    async (request) => listDemandes(requireAllowed(request, canReadAccueil), request.query),
  );
  app.get(
    '/api/demandes/:id',
    { schema: { tags, summary: 'Une demande', params, response: { 200: demandeViewSchema } } },
    async (request) => getDemande(requireAllowed(request, canReadAccueil), request.params.id),
  );
  app.post(
    '/api/demandes',
    {
      schema: {
        tags,
        summary: 'Enregistrer une demande (idempotent sur id)',
        body: demandeCreateSchema,
        response: { 200: demandeViewSchema, 201: demandeViewSchema },
      },
    },
    async (request, reply) => {
      const { created, view } = await createDemande(requireAllowed(request, canRecordAccueil), request.body);
      return reply.status(created ? 201 : 200).send(view);
    },
  );

  const otags = ['orientations'];
  app.get(
    '/api/orientations/:id/fiche',
    {
      schema: {
        response: fichier('PDF (fiche d’orientation)'),
        tags: otags,
        summary: 'Fiche d’orientation à remettre à la personne (PDF d’une page)',
        params,
      },
    },
    async (request, reply) => {
      const fiche = await ficheOrientation(requireAllowed(request, canRecordAccueil), request.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'inline; filename="fiche-orientation.pdf"')
        .send(await fichePdf(fiche));
    },
  );
  app.get(
    '/api/orientations',
    {
      schema: {
        response: { 200: pageSchema(orientationAnswerSchema) },
        tags: otags,
        summary: 'Orientations (partenaires : celles qui leur sont adressées)',
        querystring: orientationListQuerySchema,
      },
    },
    async (request) => listOrientations(requireAllowed(request, canReadOrientations), request.query),
  );
  app.get(
    '/api/orientations/statistiques',
    {
      schema: {
        response: { 200: z.array(orientationStatsRowSchema) },
        tags: otags,
        summary: 'Réussite par partenaire',
      },
    },
    async (request) => orientationStats(requireAllowed(request, canReadAccueil)),
  );
  app.get(
    '/api/orientations/:id',
    {
      schema: { tags: otags, summary: 'Une orientation', params, response: { 200: orientationAnswerSchema } },
    },
    async (request) => getOrientation(requireAllowed(request, canReadOrientations), request.params.id),
  );
  app.post(
    '/api/orientations/:id/statut',
    {
      schema: {
        tags: otags,
        summary: 'Changer le statut (structure)',
        params,
        body: statutUpdateSchema,
        response: { 200: orientationAnswerSchema },
      },
    },
    async (request) =>
      setStatutOrientation(requireAllowed(request, canRecordAccueil), request.params.id, request.body),
  );
  app.post(
    '/api/orientations/:id/reponse',
    {
      schema: {
        tags: otags,
        summary: 'Réponse du partenaire',
        params,
        body: reponsePartenaireSchema,
        response: { 200: orientationAnswerSchema },
      },
    },
    async (request) =>
      answerOrientation(requireAllowed(request, canAnswerOrientation), request.params.id, request.body),
  );

  app.get(
    '/api/accueil/parametres',
    {
      schema: {
        tags: otags,
        summary: 'Délais de relance et d’expiration',
        response: { 200: parametresAccueilSchema },
      },
    },
    async (request) => {
      const ctx = requireAllowed(request, canReadAccueil);
      return getParametres(ctx.db, ctx.actor.structureId);
    },
  );
  app.put(
    '/api/accueil/parametres',
    {
      schema: {
        tags: otags,
        summary: 'Modifier les délais',
        body: parametresAccueilSchema,
        response: { 200: parametresAccueilSchema },
      },
    },
    async (request) => setParametres(requireAllowed(request, canSetAccueilParametres), request.body),
  );
};
