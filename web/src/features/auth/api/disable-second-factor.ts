import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { SECOND_FACTOR_URL, secondFactorKey } from './get-second-factor';

/** Turns the second factor off (refused while the structure requires it). */
export const disableSecondFactor = () => api.delete<void>(SECOND_FACTOR_URL);

export function useDisableSecondFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: disableSecondFactor,
    onSuccess: () => client.invalidateQueries({ queryKey: secondFactorKey }),
  });
}
