import type { CreneauEcrit, CreneauUpdate } from '@domain/planning/planning.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { planningQueryKey } from './get-planning';

export const updateCreneau = (id: string, input: CreneauUpdate) =>
  api.patch<CreneauEcrit>(`/api/planning/creneaux/${encodeURIComponent(id)}`, input);

/** Changes one shift (one occurrence of a series); the answer carries the warnings. */
export function useUpdateCreneau(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreneauUpdate) => updateCreneau(id, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: planningQueryKey }),
  });
}
