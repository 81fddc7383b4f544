import type { FinancementUpdateInput, FinancementView } from '@domain/projets/projet.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { projetPath, projetsQueryKey } from './keys';

export const updateFinancement = (projetId: string, financementId: string, input: FinancementUpdateInput) =>
  api.patch<FinancementView>(
    `${projetPath(projetId)}/financements/${encodeURIComponent(financementId)}`,
    input,
  );

/** Records the funder's answer: the amount obtained, or 0 when refused. */
export const useUpdateFinancement = (projetId: string) =>
  useInvalidatingMutation(
    ({ id, input }: { id: string; input: FinancementUpdateInput }) => updateFinancement(projetId, id, input),
    [projetsQueryKey],
  );
