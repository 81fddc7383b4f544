import type { DemandeCreateInput, DemandeView } from '@domain/accueil/demande.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Records a request (idempotent on its client-made id: a retry never duplicates it). */
export const useCreateDemande = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DemandeCreateInput) => api.post<DemandeView>('/api/demandes', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orientations'] }),
  });
};
