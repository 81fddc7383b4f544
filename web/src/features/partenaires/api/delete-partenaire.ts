import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { partenairesQueryKey } from './get-partenaires';

export const deletePartenaire = (id: string) => api.delete(`/api/partenaires/${encodeURIComponent(id)}`);

export function useDeletePartenaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePartenaire,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partenairesQueryKey }),
  });
}
