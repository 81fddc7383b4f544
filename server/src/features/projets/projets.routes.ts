import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  canAddEtapeProjet,
  canCreateProjet,
  canManageProjet,
  canReadProjets,
} from '../../../../domain/projets/projet.rules';
import {
  etapeProjetCreateSchema,
  etapeProjetViewSchema,
  financementCreateSchema,
  financementUpdateSchema,
  financementViewSchema,
  projetCreateSchema,
  projetListQuery,
  projetListViewSchema,
  projetUpdateSchema,
  projetViewSchema,
} from '../../../../domain/projets/projet.schema';
import { requireAllowed } from '../../lib/auth';
import { AUCUN_CONTENU } from '../../lib/responses';
import { createProjet, getProjet, updateProjet } from './projets.service';
import { addEtape, deleteEtape } from './projets-etapes.service';
import { addFinancement, deleteFinancement, updateFinancement } from './projets-financements.service';
import { listProjets } from './projets-list.service';

const tags = ['projets'];
const params = z.object({ id: z.uuid() });
const etapeParams = z.object({ id: z.uuid(), etapeId: z.uuid() });
const financementParams = z.object({ id: z.uuid(), financementId: z.uuid() });

/** Residents' projects (issue 14, part 4): the list, the page, support steps and funding. */
export const projetsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/projets',
    {
      schema: {
        tags,
        summary: 'Projets d’habitants (les projets ouverts par défaut)',
        querystring: projetListQuery,
        response: { 200: projetListViewSchema },
      },
    },
    async (request) => listProjets(requireAllowed(request, canReadProjets), request.query),
  );
  app.post(
    '/api/projets',
    {
      schema: {
        tags,
        summary: 'Créer un projet',
        body: projetCreateSchema,
        response: { 201: projetViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProjet(requireAllowed(request, canCreateProjet), request.body)),
  );
  app.get(
    '/api/projets/:id',
    { schema: { tags, summary: 'Un projet et sa chronologie', params, response: { 200: projetViewSchema } } },
    async (request) => getProjet(requireAllowed(request, canReadProjets), request.params.id),
  );
  app.patch(
    '/api/projets/:id',
    {
      schema: {
        tags,
        summary: 'Modifier un projet (statut compris)',
        params,
        body: projetUpdateSchema,
        response: { 200: projetViewSchema },
      },
    },
    async (request) =>
      updateProjet(requireAllowed(request, canManageProjet), request.params.id, request.body),
  );
  app.post(
    '/api/projets/:id/etapes',
    {
      schema: {
        tags,
        summary: 'Enregistrer une étape d’accompagnement',
        params,
        body: etapeProjetCreateSchema,
        response: { 201: etapeProjetViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addEtape(requireAllowed(request, canAddEtapeProjet), request.params.id, request.body)),
  );
  app.delete(
    '/api/projets/:id/etapes/:etapeId',
    { schema: { tags, summary: 'Retirer une étape', params: etapeParams, response: AUCUN_CONTENU } },
    async (request, reply) => {
      await deleteEtape(
        requireAllowed(request, canAddEtapeProjet),
        request.params.id,
        request.params.etapeId,
      );
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/projets/:id/financements',
    {
      schema: {
        tags,
        summary: 'Enregistrer un financement (sollicité, obtenu)',
        params,
        body: financementCreateSchema,
        response: { 201: financementViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addFinancement(requireAllowed(request, canManageProjet), request.params.id, request.body),
        ),
  );
  app.patch(
    '/api/projets/:id/financements/:financementId',
    {
      schema: {
        tags,
        summary: 'Modifier un financement',
        params: financementParams,
        body: financementUpdateSchema,
        response: { 200: financementViewSchema },
      },
    },
    async (request) =>
      updateFinancement(
        requireAllowed(request, canManageProjet),
        request.params.id,
        request.params.financementId,
        request.body,
      ),
  );
  app.delete(
    '/api/projets/:id/financements/:financementId',
    {
      schema: { tags, summary: 'Retirer un financement', params: financementParams, response: AUCUN_CONTENU },
    },
    async (request, reply) => {
      await deleteFinancement(
        requireAllowed(request, canManageProjet),
        request.params.id,
        request.params.financementId,
      );
      return reply.status(204).send(null);
    },
  );
};
