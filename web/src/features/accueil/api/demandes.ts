import type { DemandeCreateInput, DemandeListView, DemandeView } from '@domain/accueil/demande.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { byId, usePagedList } from '../../../lib/paged-list';

const key = ['demandes'] as const;

/** One person's requests, newest first, over their whole history, page by page. */
export const useDemandesPersonne = (personneId: string) =>
  usePagedList<DemandeView, DemandeListView>({
    queryKey: [...key, 'personne', personneId],
    fetchPage: (page, signal) =>
      api.get<DemandeListView>('/api/demandes', { query: { personneId, ...page }, signal }),
    itemKey: byId,
  });

/** Records a request (idempotent on its client-made id: a retry never duplicates it). */
export const useCreateDemande = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DemandeCreateInput) => api.post<DemandeView>('/api/demandes', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['orientations'] }),
        queryClient.invalidateQueries({ queryKey: key }),
      ]),
  });
};
