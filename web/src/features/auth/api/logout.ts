import type { LogoutAnswer } from '@domain/utilisateurs/proconnect.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../../../lib/api-client';
import { markSignOutPending } from '../../../lib/pending-signout';

/**
 * A ProConnect session answers where to end it there too (`finSession`); a password one, nothing.
 * Without network (or on a server error) the session lives on there: it is ended at the next load.
 */
export async function logout(): Promise<LogoutAnswer> {
  try {
    return await api.post<LogoutAnswer>('/api/auth/logout', undefined, { skipUnauthorizedRedirect: true });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 0 || error.status >= 500)) markSignOutPending();
    throw error;
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Whatever the server said (even a 401 for an expired session), forget everything here.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
    },
  });
}
