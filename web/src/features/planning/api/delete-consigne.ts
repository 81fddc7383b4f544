import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { consignesQueryKey } from './get-consignes';

export const deleteConsigne = (id: string) => api.delete(`/api/planning/consignes/${encodeURIComponent(id)}`);

/** Its author or coordination removes a note. */
export function useDeleteConsigne() {
  return useInvalidatingMutation(deleteConsigne, [consignesQueryKey]);
}
