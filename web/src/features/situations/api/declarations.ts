import type { DeclarationInput, DeclarationView } from '@domain/situations/situation.schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

const key = ['declarations-impartialite'] as const;

/** My declared links (the whole team's for coordination). */
export const useDeclarations = () =>
  useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<DeclarationView[]>('/api/declarations-impartialite', { signal }),
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
