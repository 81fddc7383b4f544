import type { UserCreateInput, UserView } from '@domain/utilisateurs/utilisateur.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { utilisateursQueryKey } from './get-utilisateurs';

export interface UserCreated {
  user: UserView;
  /** One-time link, valid 7 days, to hand to the person. */
  activationUrl: string;
}

export const createUtilisateur = (input: UserCreateInput) =>
  api.post<UserCreated>('/api/utilisateurs', input);

export const useCreateUtilisateur = () => useInvalidatingMutation(createUtilisateur, [utilisateursQueryKey]);
