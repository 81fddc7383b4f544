import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lienViewSchema, statutChangeSchema } from '../../../../domain/signalements/signalement.schema';
import { identifiant } from '../../../../domain/zod-fr';
import { fichier } from '../../lib/responses';
import { changeByLink, readByLink, signalementIdOfLink } from './lien.service';
import { photoBytes } from './photos.service';

const tags = ['signalements'];
const token = identifiant(99, 10);

/** The partner's signed link: one signalement, no account. */
export const lienSignalementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/lien-signalement/:token',
    {
      schema: {
        tags,
        summary: 'Signalement ouvert par lien signé',
        params: z.object({ token }),
        response: { 200: lienViewSchema },
      },
    },
    async (request) => readByLink(app.deps.db, request.params.token, app.deps.now()),
  );
  app.post(
    '/api/lien-signalement/:token/statut',
    {
      schema: {
        tags,
        summary: 'Statut indiqué par le partenaire (lien signé)',
        params: z.object({ token }),
        body: statutChangeSchema,
        response: { 200: lienViewSchema },
      },
    },
    async (request) =>
      changeByLink(app.deps.db, request.params.token, request.body, app.deps.now(), request.id),
  );
  app.get(
    '/api/lien-signalement/:token/photos/:photoId',
    {
      schema: {
        response: fichier('Photo (JPEG ou WebP)'),
        tags,
        summary: 'Photo par lien signé',
        params: z.object({ token, photoId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const id = await signalementIdOfLink(app.deps.db, request.params.token, app.deps.now());
      const photo = await photoBytes(app.deps.db, id, request.params.photoId);
      return reply.type(photo.mime).header('cache-control', 'private, no-store').send(photo.data);
    },
  );
};
