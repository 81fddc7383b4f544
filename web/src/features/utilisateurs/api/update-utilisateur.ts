import type { UserUpdateInput, UserView } from '@domain/utilisateurs/utilisateur.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { utilisateursQueryKey } from './get-utilisateurs';

export const updateUtilisateur = (id: string, input: UserUpdateInput) =>
  api.patch<UserView>(`/api/utilisateurs/${encodeURIComponent(id)}`, input);

export function useUpdateUtilisateur(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserUpdateInput) => updateUtilisateur(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: utilisateursQueryKey }),
  });
}
