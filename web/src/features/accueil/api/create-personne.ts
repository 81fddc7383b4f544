import type { PersonneCreateInput, PersonneView } from '@domain/accueil/personne.schema';
import { api } from '../../../lib/api-client';
import { usePersonneMutation } from './personne-mutation';

export const createPersonne = (input: PersonneCreateInput) => api.post<PersonneView>('/api/personnes', input);

export const useCreatePersonne = () => usePersonneMutation(createPersonne);
