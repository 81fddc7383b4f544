import type { MeView } from '@domain/utilisateurs/utilisateur.schema';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useSignedIn } from './login';

/** The second step of a sign-in: a 6-digit code or a recovery code. */
export const signInCode = (input: { jeton: string; code: string }) =>
  api.post<MeView>('/api/auth/deuxieme-facteur', input, { skipUnauthorizedRedirect: true });

export function useSignInCode() {
  const signedIn = useSignedIn();
  return useMutation({ mutationFn: signInCode, onSuccess: signedIn });
}
