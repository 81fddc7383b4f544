import type { activationSchema } from '@domain/utilisateurs/utilisateur.schema';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

export type ActivationInput = z.output<typeof activationSchema>;

export const activateAccount = (input: ActivationInput) =>
  api.post<void>('/api/auth/activation', input, { skipUnauthorizedRedirect: true });

export const useActivateAccount = () => useMutation({ mutationFn: activateAccount });
