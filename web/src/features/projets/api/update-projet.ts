import type { ProjetUpdateInput, ProjetView } from '@domain/projets/projet.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { projetPath, projetsQueryKey } from './keys';

export const updateProjet = (id: string, input: ProjetUpdateInput) =>
  api.patch<ProjetView>(projetPath(id), input);

/** Changes a project's facts or its status (coordination). */
export const useUpdateProjet = (id: string) =>
  useInvalidatingMutation((input: ProjetUpdateInput) => updateProjet(id, input), [projetsQueryKey]);
