import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Asks for a one-time link by e-mail; the answer is the same sentence for any address. */
export const useMotDePasseOublie = () =>
  useMutation({
    mutationFn: (email: string) =>
      api.post<{ message: string }>(
        '/api/auth/mot-de-passe-oublie',
        { email },
        { skipUnauthorizedRedirect: true },
      ),
  });
