import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { signOutBeforeSignIn } from '../../../lib/pending-signout';

/**
 * Starts a ProConnect sign-in: the issuer's address where the browser goes next (ADR 030). A
 * sign-out made offline ends its session first: the new one will replace its cookie.
 */
export async function proconnectDebut(email: string) {
  await signOutBeforeSignIn();
  return api.post<{ url: string }>(
    '/api/auth/proconnect/debut',
    { email },
    { skipUnauthorizedRedirect: true },
  );
}

export const useProconnectDebut = () => useMutation({ mutationFn: proconnectDebut });
