import type { AbsenceCreate, AbsenceView } from '@domain/planning/planning.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { planningQueryKey } from './get-planning';

export const createAbsence = (input: AbsenceCreate) => api.post<AbsenceView>('/api/planning/absences', input);

/** Records an absence; the answer lists the shifts it leaves to cover. */
export function useCreateAbsence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createAbsence,
    onSuccess: () => qc.invalidateQueries({ queryKey: planningQueryKey }),
  });
}
