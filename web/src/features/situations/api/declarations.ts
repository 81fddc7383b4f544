import type { Page } from '@domain/liste';
import type { DeclarationInput, DeclarationView } from '@domain/situations/situation.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { byId, usePagedList } from '../../../lib/paged-list';

const key = ['declarations-impartialite'] as const;

/** My declared links (the whole team's for coordination), page by page. */
export const useDeclarations = () =>
  usePagedList<DeclarationView>({
    queryKey: key,
    fetchPage: (page, signal) =>
      api.get<Page<DeclarationView>>('/api/declarations-impartialite', { query: page, signal }),
    itemKey: byId,
  });

export function useCreateDeclaration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeclarationInput) =>
      api.post<DeclarationView>('/api/declarations-impartialite', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteDeclaration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/declarations-impartialite/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
