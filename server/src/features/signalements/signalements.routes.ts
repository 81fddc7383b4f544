import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isStaff } from '../../../../domain/auth/roles';
import {
  canCaptureSignalement,
  canManageSignalements,
} from '../../../../domain/signalements/signalement.rules';
import {
  captureResultViewSchema,
  DOUBLON_RAYON_M,
  delaisQuerySchema,
  delaisViewSchema,
  doublonsQuerySchema,
  doublonViewSchema,
  photoViewSchema,
  regleRoutageSchema,
  regleViewSchema,
  signalementCreateSchema,
  signalementDetailSchema,
  signalementListQuerySchema,
  signalementListViewSchema,
  statutChangeSchema,
  transmissionSchema,
} from '../../../../domain/signalements/signalement.schema';
import { carteReglagesSchema, qpvPerimetresSchema } from '../../../../domain/territoires/perimetres.schema';
import { requireAllowed, requireContext } from '../../lib/auth';
import { acceptRawImages, rawImageBody } from '../../lib/images';
import { fichier } from '../../lib/responses';
import { routeSuppression } from '../../lib/routes';
import { perimetresDeLaStructure } from './carte.service';
import { computeDelais } from './delais.service';
import { diagnosticsRoutes } from './diagnostics.routes';
import { findDoublons } from './doublons.service';
import { notifyTransmission } from './notify';
import { addPhoto, readPhoto } from './photos.service';
import { createRegle, deleteRegle, listRegles } from './routage.service';
import { createSignalement, getSignalement } from './signalements.service';
import { listSignalements } from './signalements-list.service';
import { changeStatut, transmettre } from './statut.service';

const tags = ['signalements'];
const params = z.object({ id: z.uuid() });

export const signalementsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(diagnosticsRoutes);
  acceptRawImages(app);

  app.post(
    '/api/signalements',
    {
      schema: {
        tags,
        summary: 'Saisir un signalement (idempotent par id)',
        body: signalementCreateSchema,
        response: { 200: captureResultViewSchema, 201: captureResultViewSchema },
      },
    },
    async (request, reply) => {
      const result = await createSignalement(requireAllowed(request, canCaptureSignalement), request.body);
      await notifyTransmission(app, result.transmission);
      // The declared answer leaves the e-mailed transmission out.
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );
  app.get(
    '/api/signalements',
    {
      schema: {
        tags,
        summary: 'Signalements visibles',
        querystring: signalementListQuerySchema,
        response: { 200: signalementListViewSchema },
      },
    },
    async (request) => listSignalements(requireContext(request), request.query),
  );
  app.get(
    '/api/signalements/doublons',
    {
      schema: {
        tags,
        summary: 'Doublons possibles (même catégorie, ouverts, à 50 m)',
        querystring: doublonsQuerySchema,
        response: { 200: z.array(doublonViewSchema) },
      },
    },
    async (request) => {
      const q = request.query;
      const { db, actor } = requireAllowed(request, isStaff);
      return findDoublons(
        db,
        actor,
        q.categorie,
        q.latitude,
        q.longitude,
        q.exclure ?? null,
        DOUBLON_RAYON_M,
      );
    },
  );
  app.get(
    '/api/signalements/delais',
    {
      schema: {
        tags,
        summary: 'Délais par partenaire et catégorie',
        querystring: delaisQuerySchema,
        response: { 200: delaisViewSchema },
      },
    },
    async (request) => computeDelais(requireContext(request), request.query),
  );
  app.get(
    '/api/signalements/perimetres',
    {
      schema: {
        tags,
        summary: 'Périmètres QPV des territoires (GeoJSON)',
        response: { 200: qpvPerimetresSchema },
      },
    },
    async (request) => perimetresDeLaStructure(requireContext(request)),
  );
  app.get(
    '/api/signalements/carte',
    {
      schema: {
        tags,
        summary: 'Réglages de la carte (fond de carte)',
        response: { 200: carteReglagesSchema },
      },
    },
    async (request) => {
      requireContext(request);
      const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = app.deps.env;
      return { tileUrl: MAP_TILE_URL ?? null, attribution: MAP_TILE_ATTRIBUTION };
    },
  );
  app.get(
    '/api/signalements/regles',
    { schema: { tags, summary: 'Règles de routage', response: { 200: z.array(regleViewSchema) } } },
    async (request) => listRegles(requireAllowed(request, isStaff)),
  );
  app.post(
    '/api/signalements/regles',
    {
      schema: {
        tags,
        summary: 'Ajouter une règle de routage',
        body: regleRoutageSchema,
        response: { 201: regleViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRegle(requireAllowed(request, canManageSignalements), request.body)),
  );
  routeSuppression(
    app,
    '/api/signalements/regles/:id',
    { tags, summary: 'Supprimer une règle de routage' },
    canManageSignalements,
    deleteRegle,
  );
  app.get(
    '/api/signalements/:id',
    {
      schema: {
        tags,
        summary: 'Un signalement et son historique',
        params,
        response: { 200: signalementDetailSchema },
      },
    },
    async (request) => getSignalement(requireContext(request), request.params.id),
  );
  app.post(
    '/api/signalements/:id/statut',
    {
      schema: {
        tags,
        summary: 'Changer le statut',
        params,
        body: statutChangeSchema,
        response: { 200: signalementDetailSchema },
      },
    },
    async (request) => {
      const ctx = requireContext(request);
      if (ctx.actor.role === 'lecteur') requireAllowed(request, () => false);
      return changeStatut(ctx, request.params.id, request.body);
    },
  );
  app.post(
    '/api/signalements/:id/transmission',
    {
      schema: {
        tags,
        summary: 'Transmettre à un partenaire',
        params,
        body: transmissionSchema,
        response: { 200: signalementDetailSchema },
      },
    },
    async (request) => {
      const { signalement, transmission } = await transmettre(
        requireAllowed(request, canManageSignalements),
        request.params.id,
        request.body.partenaireId,
      );
      await notifyTransmission(app, transmission);
      return signalement;
    },
  );
  app.post(
    '/api/signalements/:id/photos',
    {
      schema: {
        tags,
        summary: 'Ajouter une photo (corps = image brute, 5 Mo max)',
        params,
        querystring: z.object({ photoId: z.uuid().optional() }),
        response: { 200: photoViewSchema, 201: photoViewSchema },
      },
    },
    async (request, reply) => {
      const body = rawImageBody(request.body);
      const { photo, created } = await addPhoto(
        requireAllowed(request, canCaptureSignalement),
        request.params.id,
        request.query.photoId,
        body,
      );
      return reply.status(created ? 201 : 200).send(photo);
    },
  );
  app.get(
    '/api/signalements/:id/photos/:photoId',
    {
      schema: {
        response: fichier('Photo (JPEG ou WebP)'),
        tags,
        summary: 'Une photo',
        params: z.object({ id: z.uuid(), photoId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const photo = await readPhoto(requireContext(request), request.params.id, request.params.photoId);
      // No browser cache: every /api answer is no-store (ADR 014), photos of a signalement included.
      return reply.type(photo.mime).send(photo.data);
    },
  );
};
