import type { ConventionCreateInput, ConventionView } from '@domain/conventions/convention.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { conventionsQueryKey } from './get-conventions';

export const createConvention = (input: ConventionCreateInput) =>
  api.post<ConventionView>('/api/conventions', input);

export const updateConvention = (id: string, input: ConventionCreateInput) =>
  api.patch<ConventionView>(`/api/conventions/${encodeURIComponent(id)}`, input);

/** Creates a convention, or replaces `id` when given. */
export function useSaveConvention(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConventionCreateInput) =>
      id ? updateConvention(id, input) : createConvention(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conventionsQueryKey }),
  });
}

export function useDeleteConvention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/conventions/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conventionsQueryKey }),
  });
}
