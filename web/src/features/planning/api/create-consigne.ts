import type { ConsigneCreate, ConsigneView } from '@domain/planning/planning.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { consignesQueryKey } from './get-consignes';

export const createConsigne = (input: ConsigneCreate) =>
  api.post<ConsigneView>('/api/planning/consignes', input);

/** Writes a handover note; the same id sent again is one note. */
export function useCreateConsigne() {
  return useInvalidatingMutation(createConsigne, [consignesQueryKey]);
}
