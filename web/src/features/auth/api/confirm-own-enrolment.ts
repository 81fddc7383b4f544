import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { SECOND_FACTOR_URL, secondFactorKey } from './get-second-factor';

/** Signed in: the first code turns the second factor on; answers the 10 recovery codes. */
export const confirmOwnEnrolment = (code: string) =>
  api.post<{ codesSecours: string[] }>(`${SECOND_FACTOR_URL}/enrolement/confirmation`, { code });

export function useConfirmOwnEnrolment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: confirmOwnEnrolment,
    onSuccess: () => client.invalidateQueries({ queryKey: secondFactorKey }),
  });
}
