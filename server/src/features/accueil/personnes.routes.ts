import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  canMergePersonnes,
  canReadAccueil,
  canRecordAccueil,
} from '../../../../domain/accueil/accueil.rules';
import {
  consentementSchema,
  consentementViewSchema,
  fusionSchema,
  personneCreateSchema,
  personneListQuerySchema,
  personneUpdateSchema,
  personneViewSchema,
} from '../../../../domain/accueil/personne.schema';
import { pageSchema } from '../../../../domain/liste';
import { requireAllowed } from '../../lib/auth';
import {
  addConsentement,
  createPersonne,
  getPersonne,
  listPersonnes,
  mergePersonnes,
  updatePersonne,
  withdrawConsentement,
} from './personnes.service';

const tags = ['personnes'];
const params = z.object({ id: z.uuid() });

export const personnesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/personnes',
    {
      schema: {
        tags,
        summary: 'Fiches (pseudonymes)',
        querystring: personneListQuerySchema,
        response: { 200: pageSchema(personneViewSchema) },
      },
    },
    async (request) => listPersonnes(requireAllowed(request, canReadAccueil), request.query),
  );
  app.get(
    '/api/personnes/:id',
    {
      schema: {
        tags,
        summary: 'Une fiche (lecture journalisée)',
        params,
        response: { 200: personneViewSchema },
      },
    },
    async (request) => getPersonne(requireAllowed(request, canReadAccueil), request.params.id),
  );
  app.post(
    '/api/personnes',
    {
      schema: {
        tags,
        summary: 'Créer une fiche (idempotent sur id)',
        body: personneCreateSchema,
        response: { 200: personneViewSchema, 201: personneViewSchema },
      },
    },
    async (request, reply) => {
      const { created, view } = await createPersonne(requireAllowed(request, canRecordAccueil), request.body);
      return reply.status(created ? 201 : 200).send(view);
    },
  );
  app.patch(
    '/api/personnes/:id',
    {
      schema: {
        tags,
        summary: 'Modifier une fiche',
        params,
        body: personneUpdateSchema,
        response: { 200: personneViewSchema },
      },
    },
    async (request) =>
      updatePersonne(requireAllowed(request, canRecordAccueil), request.params.id, request.body),
  );
  app.post(
    '/api/personnes/:id/consentements',
    {
      schema: {
        tags,
        summary: 'Enregistrer un consentement',
        params,
        body: consentementSchema,
        response: { 201: consentementViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addConsentement(requireAllowed(request, canRecordAccueil), request.params.id, request.body),
        ),
  );
  app.post(
    '/api/personnes/:id/consentements/:consentementId/retrait',
    {
      schema: {
        tags,
        summary: 'Retirer un consentement (efface l’identité s’il n’en reste aucun)',
        params: params.extend({ consentementId: z.uuid() }),
        response: { 200: personneViewSchema },
      },
    },
    async (request) =>
      withdrawConsentement(
        requireAllowed(request, canRecordAccueil),
        request.params.id,
        request.params.consentementId,
      ),
  );
  app.post(
    '/api/personnes/:id/fusion',
    {
      schema: {
        tags,
        summary: 'Fusionner un doublon dans cette fiche',
        params,
        body: fusionSchema,
        response: { 200: personneViewSchema },
      },
    },
    async (request) =>
      mergePersonnes(requireAllowed(request, canMergePersonnes), request.params.id, request.body.doublonId),
  );
};
