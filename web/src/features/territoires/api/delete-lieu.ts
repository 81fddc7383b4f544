import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { territoiresQueryKey } from './get-territoires';

export const deleteLieu = (id: string) => api.delete(`/api/lieux/${encodeURIComponent(id)}`);

export function useDeleteLieu() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLieu,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: territoiresQueryKey }),
  });
}
