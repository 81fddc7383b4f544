import type { SignalementDetail } from '@domain/signalements/signalement.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { signalementPath, signalementsQueryKey } from './keys';

export const transmettre = (id: string, partenaireId: string) =>
  api.post<SignalementDetail>(`${signalementPath(id)}/transmission`, { partenaireId });

/** Sends the signalement to a partner (who answers through a signed link). */
export const useTransmettre = (id: string) =>
  useInvalidatingMutation((partenaireId: string) => transmettre(id, partenaireId), [signalementsQueryKey]);
