import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { territoiresQueryKey } from './get-territoires';

export const deleteTerritoire = (id: string) => api.delete(`/api/territoires/${encodeURIComponent(id)}`);

export function useDeleteTerritoire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTerritoire,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: territoiresQueryKey }),
  });
}
