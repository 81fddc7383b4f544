import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { SECOND_FACTOR_URL, secondFactorKey } from './get-second-factor';

/** 10 new recovery codes; the old ones stop working. */
export const regenerateRecoveryCodes = () =>
  api.post<{ codesSecours: string[] }>(`${SECOND_FACTOR_URL}/codes-secours`);

export function useRegenerateRecoveryCodes() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: regenerateRecoveryCodes,
    onSuccess: () => client.invalidateQueries({ queryKey: secondFactorKey }),
  });
}
