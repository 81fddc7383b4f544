import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { planningQueryKey } from './get-planning';

export const deleteAbsence = (id: string) =>
  api.delete<null>(`/api/planning/absences/${encodeURIComponent(id)}`);

export function useDeleteAbsence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteAbsence,
    onSuccess: () => qc.invalidateQueries({ queryKey: planningQueryKey }),
  });
}
