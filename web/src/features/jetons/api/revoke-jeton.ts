import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { jetonsQueryKey } from './get-jetons';

export const revokeJeton = (id: string) => api.delete(`/api/jetons/${encodeURIComponent(id)}`);

export function useRevokeJeton() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeJeton,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jetonsQueryKey }),
  });
}
