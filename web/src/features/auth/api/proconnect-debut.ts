import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Starts a ProConnect sign-in: the issuer's address where the browser goes next (ADR 030). */
export const proconnectDebut = (email: string) =>
  api.post<{ url: string }>('/api/auth/proconnect/debut', { email }, { skipUnauthorizedRedirect: true });

export const useProconnectDebut = () => useMutation({ mutationFn: proconnectDebut });
