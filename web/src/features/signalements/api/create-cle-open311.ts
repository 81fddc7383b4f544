import type { CleOpen311View } from '@domain/signalements/signalement.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { clesOpen311QueryKey } from './keys';

export const createCleOpen311 = (libelle: string) =>
  api.post<CleOpen311View>('/api/open311/cles', { libelle });

/** Creates a key; its secret is in this one answer only. */
export const useCreateCleOpen311 = () => useInvalidatingMutation(createCleOpen311, [clesOpen311QueryKey]);
