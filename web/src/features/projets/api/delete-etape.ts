import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { projetPath, projetsQueryKey } from './keys';

export const deleteEtape = (projetId: string, etapeId: string) =>
  api.delete(`${projetPath(projetId)}/etapes/${encodeURIComponent(etapeId)}`);

/** Removes a step (coordination, or the mediator who recorded it). */
export const useDeleteEtape = (projetId: string) =>
  useInvalidatingMutation((etapeId: string) => deleteEtape(projetId, etapeId), [projetsQueryKey]);
