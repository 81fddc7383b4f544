import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { activitesQueryKey } from './keys';

export const traiterObservation = (id: string) =>
  api.post(`/api/observations/${encodeURIComponent(id)}/traiter`);

/** Marks an observation as treated (it leaves the veille's « à traiter »). */
export const useTraiterObservation = () => useInvalidatingMutation(traiterObservation, [activitesQueryKey]);
