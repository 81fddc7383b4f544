import type { UserCreateInput, UserView } from '@domain/utilisateurs/utilisateur.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { utilisateursQueryKey } from './get-utilisateurs';

export interface UserCreated {
  user: UserView;
  /** One-time link, valid 7 days, to hand to the person. */
  activationUrl: string;
}

export const createUtilisateur = (input: UserCreateInput) =>
  api.post<UserCreated>('/api/utilisateurs', input);

export function useCreateUtilisateur() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUtilisateur,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: utilisateursQueryKey }),
  });
}
