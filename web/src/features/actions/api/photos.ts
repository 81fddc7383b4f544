import type { ActionPhotoView } from '@domain/actions/action-suites';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { actionPath, actionsQueryKey } from './keys';

export const actionPhotoUrl = (actionId: string, photoId: string) =>
  `${actionPath(actionId)}/photos/${encodeURIComponent(photoId)}`;

const photosQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...actionsQueryKey, 'photos', id],
    queryFn: ({ signal }) => api.get<ActionPhotoView[]>(`${actionPath(id)}/photos`, { signal }),
  });

/** The photos of an action, oldest first. */
export const useActionPhotos = (id: string) => useQuery(photosQueryOptions(id));

/** Sends one photo (raw JPEG), with the author's word on consent; its id makes a retry harmless. */
export const useAddActionPhoto = (actionId: string) =>
  useInvalidatingMutation(
    (p: { id: string; blob: Blob }) =>
      api.post<ActionPhotoView>(`${actionPath(actionId)}/photos`, p.blob, {
        query: { photoId: p.id, consentement: 'oui' },
        networkMessage: 'La photo n’a pas pu être envoyée : vérifiez votre connexion.',
      }),
    [actionsQueryKey],
  );
