import { DOCUMENT_NOM_HEADER, type DocumentProjetView } from '@domain/projets/projet.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { projetPath, projetsQueryKey } from './keys';

const documentsPath = (id: string) => `${projetPath(id)}/documents`;
export const documentUrl = (projetId: string, documentId: string) =>
  `${documentsPath(projetId)}/${encodeURIComponent(documentId)}`;

const documentsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...projetsQueryKey, 'documents', id],
    queryFn: ({ signal }) => api.get<DocumentProjetView[]>(documentsPath(id), { signal }),
  });

/** The documents of a project (names and sizes). */
export const useDocuments = (id: string) => useQuery(documentsQueryOptions(id));

/** Sends one file raw with its name; its client id makes a retry harmless. */
export const useAddDocument = (projetId: string) =>
  useInvalidatingMutation(
    (d: { id: string; nom: string; file: Blob }) =>
      api.post<DocumentProjetView>(documentsPath(projetId), d.file, {
        query: { documentId: d.id },
        headers: { [DOCUMENT_NOM_HEADER]: encodeURIComponent(d.nom) },
        networkMessage: 'Le document n’a pas pu être envoyé : vérifiez votre connexion.',
      }),
    [projetsQueryKey],
  );

export const useDeleteDocument = (projetId: string) =>
  useInvalidatingMutation(
    (documentId: string) => api.delete(documentUrl(projetId, documentId)),
    [projetsQueryKey],
  );
