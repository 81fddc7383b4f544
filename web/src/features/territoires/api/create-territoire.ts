import type { TerritoireCreateInput, TerritoireView } from '@domain/territoires/territoire.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { territoiresQueryKey } from './get-territoires';

export const createTerritoire = (input: TerritoireCreateInput) =>
  api.post<TerritoireView>('/api/territoires', input);

export function useCreateTerritoire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTerritoire,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: territoiresQueryKey }),
  });
}
