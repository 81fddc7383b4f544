import type { MeAvecCodes } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { useMutation } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';

/**
 * At sign-in: the first code confirms the app; the session opens and the 10 recovery codes come
 * back. The signed-in user is put in the cache only once the codes are noted (the page would leave).
 */
export async function confirmEnrolment(input: { jeton: string; code: string }): Promise<MeAvecCodes> {
  const answer = await api.post<MeAvecCodes>('/api/auth/deuxieme-facteur/enrolement/confirmation', input, {
    skipUnauthorizedRedirect: true,
  });
  setCsrfToken(answer.csrfToken);
  return answer;
}

export const useConfirmEnrolment = () => useMutation({ mutationFn: confirmEnrolment });
