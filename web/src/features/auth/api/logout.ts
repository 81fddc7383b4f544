import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client';

export const logout = () => api.post<void>('/api/auth/logout', undefined, { skipUnauthorizedRedirect: true });

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
