import type { PersonneUpdateInput, PersonneView } from '@domain/accueil/personne.schema';
import { api } from '../../../lib/api-client';
import { personnePath } from './keys';
import { usePersonneMutation } from './personne-mutation';

export const useUpdatePersonne = (id: string) =>
  usePersonneMutation((input: PersonneUpdateInput) => api.patch<PersonneView>(personnePath(id), input));
