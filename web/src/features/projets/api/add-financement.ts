import type { FinancementCreateInput, FinancementView } from '@domain/projets/projet.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { projetPath, projetsQueryKey } from './keys';

export const addFinancement = (projetId: string, input: FinancementCreateInput) =>
  api.post<FinancementView>(`${projetPath(projetId)}/financements`, input);

/** Records a funding sought (and obtained, when the funder already answered). */
export const useAddFinancement = (projetId: string) =>
  useInvalidatingMutation(
    (input: FinancementCreateInput) => addFinancement(projetId, input),
    [projetsQueryKey],
  );
