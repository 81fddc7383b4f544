import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAddEtapeProjet, canReadProjets } from '../../../../domain/projets/projet.rules';
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_NOM_HEADER,
  documentQuerySchema,
  documentViewSchema,
} from '../../../../domain/projets/projet.schema';
import { requireAllowed } from '../../lib/auth';
import { rawImageBody } from '../../lib/images';
import { AUCUN_CONTENU, fichier } from '../../lib/responses';
import { addDocument, deleteDocument, listDocuments, readDocument } from './projets-documents.service';

const tags = ['projets'];
const params = z.object({ id: z.uuid() });
const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

/** The documents of a residents' project (issue 14, part 4): sent raw, like the photos. */
export const projetsDocumentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    /^(application\/(pdf|octet-stream|vnd\.[a-z0-9.+-]+)|image\/[a-z0-9.+-]+)$/,
    { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES + 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  app.post(
    '/api/projets/:id/documents',
    {
      schema: {
        tags,
        summary:
          'Joindre un document (corps = fichier brut : PDF, image, Word, Excel, OpenDocument ; 10 Mo ; son nom dans l’en-tête x-document-nom)',
        params,
        querystring: documentQuerySchema,
        response: { 200: documentViewSchema, 201: documentViewSchema },
      },
    },
    async (request, reply) => {
      const body = rawImageBody(request.body);
      const declared = String(request.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim();
      const ctx = requireAllowed(request, canAddEtapeProjet);
      const { document, created } = await addDocument(
        ctx,
        request.params.id,
        { documentId: request.query.documentId, nom: request.headers[DOCUMENT_NOM_HEADER] },
        body,
        declared,
      );
      return reply.status(created ? 201 : 200).send(document);
    },
  );
  app.get(
    '/api/projets/:id/documents',
    {
      schema: {
        tags,
        summary: 'Les documents d’un projet',
        params,
        response: { 200: z.array(documentViewSchema) },
      },
    },
    async (request) => listDocuments(requireAllowed(request, canReadProjets), request.params.id),
  );
  app.get(
    '/api/projets/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Télécharger un document',
        params: documentParams,
        response: fichier('Document'),
      },
    },
    async (request, reply) => {
      const { id, documentId } = request.params;
      const doc = await readDocument(requireAllowed(request, canReadProjets), id, documentId);
      const ascii =
        doc.nom
          .normalize('NFD')
          .replace(/[^\w.-]+/g, '_')
          .slice(0, 80) || 'document';
      return reply
        .type(doc.mime)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.nom)}`,
        )
        .send(doc.data);
    },
  );
  app.delete(
    '/api/projets/:id/documents/:documentId',
    { schema: { tags, summary: 'Retirer un document', params: documentParams, response: AUCUN_CONTENU } },
    async (request, reply) => {
      await deleteDocument(
        requireAllowed(request, canAddEtapeProjet),
        request.params.id,
        request.params.documentId,
      );
      return reply.status(204).send(null);
    },
  );
};
