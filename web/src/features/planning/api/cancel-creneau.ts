import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { planningQueryKey } from './get-planning';

export const cancelCreneau = (id: string) =>
  api.delete<null>(`/api/planning/creneaux/${encodeURIComponent(id)}`);

/** Cancels a shift (kept, marked cancelled in the calendar feeds). */
export function useCancelCreneau() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: cancelCreneau,
    onSuccess: () => qc.invalidateQueries({ queryKey: planningQueryKey }),
  });
}
