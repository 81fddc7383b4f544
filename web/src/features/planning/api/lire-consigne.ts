import type { ConsigneView } from '@domain/planning/planning.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { consignesQueryKey } from './get-consignes';

export const lireConsigne = (id: string) =>
  api.post<ConsigneView>(`/api/planning/consignes/${encodeURIComponent(id)}/lecture`);

/** « J'ai lu »: the reader acknowledges a note. */
export function useLireConsigne() {
  return useInvalidatingMutation(lireConsigne, [consignesQueryKey]);
}
