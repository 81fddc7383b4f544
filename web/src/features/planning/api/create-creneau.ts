import type { CreneauCreate, CreneauEcrit } from '@domain/planning/planning.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { planningQueryKey } from './get-planning';

export const createCreneau = (input: CreneauCreate) =>
  api.post<CreneauEcrit>('/api/planning/creneaux', input);

/** Plans a shift (or its repetition); the answer carries the warnings to show. */
export function useCreateCreneau() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createCreneau,
    onSuccess: () => qc.invalidateQueries({ queryKey: planningQueryKey }),
  });
}
