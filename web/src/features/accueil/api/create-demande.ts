import type { DemandeCreateInput, DemandeView } from '@domain/accueil/demande.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { demandesQueryKey, orientationsQueryKey } from './keys';

export const createDemande = (input: DemandeCreateInput) => api.post<DemandeView>('/api/demandes', input);

/** Records a request (idempotent on its client-made id: a retry never duplicates it). */
export const useCreateDemande = () =>
  useInvalidatingMutation(createDemande, [orientationsQueryKey, demandesQueryKey]);
