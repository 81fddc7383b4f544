import type { DemandeCreateInput, DemandeView } from '@domain/accueil/demande.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { sendOrKeep } from '../../../lib/outbox-capture';
import { demandesQueryKey, orientationsQueryKey } from './keys';

export const createDemande = (input: DemandeCreateInput) => api.post<DemandeView>('/api/demandes', input);

/**
 * Records a request with its orientations (idempotent on the client-made ids of both: a retry
 * never duplicates them); without network it waits in the outbox.
 */
export const captureDemande = (input: DemandeCreateInput) =>
  sendOrKeep(
    [
      {
        method: 'POST',
        path: '/api/demandes',
        body: input,
        clientId: input.id,
        label: input.reponses.some((r) => r.type === 'orientation') ? 'Demande et orientation' : 'Demande',
      },
    ],
    () => createDemande(input),
  );

export const useCreateDemande = () =>
  useInvalidatingMutation(captureDemande, [orientationsQueryKey, demandesQueryKey]);
