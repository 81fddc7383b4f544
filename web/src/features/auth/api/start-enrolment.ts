import type { EnrolementView } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** At sign-in, when the structure requires it: the secret and its QR code. */
export const startEnrolment = (jeton: string) =>
  api.post<EnrolementView>(
    '/api/auth/deuxieme-facteur/enrolement',
    { jeton },
    { skipUnauthorizedRedirect: true },
  );

export const useStartEnrolment = () => useMutation({ mutationFn: startEnrolment });
