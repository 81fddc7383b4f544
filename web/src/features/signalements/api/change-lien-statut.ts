import type { LienView, StatutChangeBody } from '@domain/signalements/signalement.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { lienPath, lienQueryKey } from './keys';

export const changeLienStatut = (token: string, input: StatutChangeBody) =>
  api.post<LienView>(`${lienPath(token)}/statut`, input, { skipUnauthorizedRedirect: true });

/** The partner's answer through the signed link; the answer replaces the link's view. */
export function useLienStatut(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StatutChangeBody) => changeLienStatut(token, input),
    onSuccess: (data) => qc.setQueryData(lienQueryKey(token), data),
  });
}
