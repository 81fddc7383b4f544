import type { UserUpdateInput, UserView } from '@domain/utilisateurs/utilisateur.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { utilisateursQueryKey } from './get-utilisateurs';

export const updateUtilisateur = (id: string, input: UserUpdateInput) =>
  api.patch<UserView>(`/api/utilisateurs/${encodeURIComponent(id)}`, input);

export const useUpdateUtilisateur = (id: string) =>
  useInvalidatingMutation((input: UserUpdateInput) => updateUtilisateur(id, input), [utilisateursQueryKey]);
