import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { demandesQueryKey, orientationsQueryKey, personnePath, personnesQueryKey } from './keys';

/** The right to erasure: the file goes, its requests and orientations stay as anonymous counts. */
export function useEffacerPersonne(id: string) {
  const client = useQueryClient();
  const mutation = useMutation({ mutationFn: () => api.delete<void>(personnePath(id)) });
  return {
    ...mutation,
    /**
     * Once the file's page is left: the lists reload when next shown. Nothing is refetched now,
     * so the page still on screen during the navigation never asks for the erased file (a 404).
     */
    forget: () => {
      for (const queryKey of [personnesQueryKey, demandesQueryKey, orientationsQueryKey]) {
        void client.invalidateQueries({ queryKey, refetchType: 'none' });
      }
    },
  };
}

/** The right of access: the file's data as a PDF to hand over, or as JSON. */
export const exportPersonneUrl = (id: string, format: 'pdf' | 'json') =>
  `${personnePath(id)}/export?format=${format}`;
