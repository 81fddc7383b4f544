import type { EtapeProjetCreateInput, EtapeProjetView } from '@domain/projets/projet.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { projetPath, projetsQueryKey } from './keys';

export const addEtape = (projetId: string, input: EtapeProjetCreateInput) =>
  api.post<EtapeProjetView>(`${projetPath(projetId)}/etapes`, input);

/** Records a dated support step with the mediators' hours. */
export const useAddEtape = (projetId: string) =>
  useInvalidatingMutation((input: EtapeProjetCreateInput) => addEtape(projetId, input), [projetsQueryKey]);
