import type { StructureUpdateInput } from '@domain/structures/structure.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type StructureView, structureQueryKey } from './get-structure';

export const updateStructure = (input: StructureUpdateInput) =>
  api.patch<StructureView>('/api/structure', input);

export function useUpdateStructure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateStructure,
    onSuccess: (structure) => {
      queryClient.setQueryData(structureQueryKey, structure);
      // The header shows the structure's name from the session.
      void queryClient.invalidateQueries({ queryKey: ['auth', 'me'] });
    },
  });
}
