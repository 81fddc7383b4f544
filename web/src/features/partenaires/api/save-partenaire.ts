import type { PartenaireCreateInput, PartenaireView } from '@domain/partenaires/partenaire.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { partenairesQueryKey } from './get-partenaires';

export const createPartenaire = (input: PartenaireCreateInput) =>
  api.post<PartenaireView>('/api/partenaires', input);

export const updatePartenaire = (id: string, input: PartenaireCreateInput) =>
  api.patch<PartenaireView>(`/api/partenaires/${encodeURIComponent(id)}`, input);

/** Creates a partner, or updates `id` when given. */
export function useSavePartenaire(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartenaireCreateInput) =>
      id ? updatePartenaire(id, input) : createPartenaire(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partenairesQueryKey }),
  });
}
