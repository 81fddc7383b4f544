import type { LogoutAnswer } from '@domain/utilisateurs/proconnect.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';

/** A ProConnect session answers where to end it there too (`finSession`); a password one, nothing. */
export const logout = () =>
  api.post<LogoutAnswer>('/api/auth/logout', undefined, { skipUnauthorizedRedirect: true });

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
