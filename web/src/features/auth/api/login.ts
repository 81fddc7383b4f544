import type { ChallengeView, LoginAnswer } from '@domain/utilisateurs/deuxieme-facteur.schema';
import type { LoginInput, MeView } from '@domain/utilisateurs/utilisateur.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, setCsrfToken } from '../../../lib/api-client';
import { signOutBeforeSignIn } from '../../../lib/pending-signout';
import { meQueryKey } from './get-me';

/** The password step answers the session, or the second factor's challenge (no session yet). */
export const isChallenge = (answer: LoginAnswer): answer is ChallengeView => 'deuxiemeFacteur' in answer;

/** 401 (bad credentials) and 429 (lockout) come back as ApiError with the message to show. */
export async function login(input: LoginInput): Promise<LoginAnswer> {
  // A sign-out made offline ends its session first: the new one replaces its cookie.
  await signOutBeforeSignIn();
  const answer = await api.post<LoginAnswer>('/api/auth/login', input, { skipUnauthorizedRedirect: true });
  if (!isChallenge(answer)) setCsrfToken(answer.csrfToken);
  return answer;
}

/** Once a session is open (password, or second factor): a previous user's cache must go. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return useCallback(
    (me: MeView) => {
      setCsrfToken(me.csrfToken);
      // A previous user's cached lists must never show to the next one.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
    },
    [queryClient],
  );
}

export function useLogin() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: login,
    onSuccess: (answer) => {
      if (!isChallenge(answer)) signedIn(answer);
    },
  });
}
