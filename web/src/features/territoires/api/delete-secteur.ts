import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { territoiresQueryKey } from './get-territoires';

export const deleteSecteur = (id: string) => api.delete(`/api/secteurs/${encodeURIComponent(id)}`);

export function useDeleteSecteur() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSecteur,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: territoiresQueryKey }),
  });
}
