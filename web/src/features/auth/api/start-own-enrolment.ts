import type { EnrolementView } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { SECOND_FACTOR_URL } from './get-second-factor';

/** Signed in: a secret to scan (the current factor keeps working until confirmed). */
export const startOwnEnrolment = () => api.post<EnrolementView>(`${SECOND_FACTOR_URL}/enrolement`);

export const useStartOwnEnrolment = () => useMutation({ mutationFn: startOwnEnrolment });
