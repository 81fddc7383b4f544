import type { ProjetCreateInput, ProjetView } from '@domain/projets/projet.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { projetsQueryKey } from './keys';

export const createProjet = (input: ProjetCreateInput) => api.post<ProjetView>('/api/projets', input);

/** Creates a project (its id made here: sent twice, it is created once). */
export const useCreateProjet = () => useInvalidatingMutation(createProjet, [projetsQueryKey]);
