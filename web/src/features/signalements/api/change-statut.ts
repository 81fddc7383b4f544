import type { SignalementDetail, StatutChangeBody } from '@domain/signalements/signalement.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { signalementPath, signalementsQueryKey } from './keys';

export const changeStatut = (id: string, input: StatutChangeBody) =>
  api.post<SignalementDetail>(`${signalementPath(id)}/statut`, input);

/** Moves a signalement along its workflow (taken, resolved, closed…), with a comment. */
export const useChangeStatut = (id: string) =>
  useInvalidatingMutation((input: StatutChangeBody) => changeStatut(id, input), [signalementsQueryKey]);
