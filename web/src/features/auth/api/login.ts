import type { LoginInput, MeView } from '@domain/utilisateurs/utilisateur.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

/** 401 (bad credentials) and 429 (lockout) come back as ApiError with the message to show. */
export async function login(input: LoginInput): Promise<MeView> {
  const me = await api.post<MeView>('/api/auth/login', input, { skipUnauthorizedRedirect: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // A previous user's cached lists must never show to the next one.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
