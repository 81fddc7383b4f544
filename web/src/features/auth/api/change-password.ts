import type { passwordChangeSchema } from '@domain/utilisateurs/utilisateur.schema';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

export type PasswordChangeInput = z.output<typeof passwordChangeSchema>;

/** A wrong current password is a form error, not a lost session. */
export const changePassword = (input: PasswordChangeInput) =>
  api.post<void>('/api/auth/mot-de-passe', input, { skipUnauthorizedRedirect: true });

export const useChangePassword = () => useMutation({ mutationFn: changePassword });
