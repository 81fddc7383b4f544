import type { RegleRoutageInput, RegleView } from '@domain/signalements/signalement.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { reglesQueryKey } from './keys';

export const saveRegle = (input: RegleRoutageInput) => api.post<RegleView>('/api/signalements/regles', input);

export const useSaveRegle = () => useInvalidatingMutation(saveRegle, [reglesQueryKey]);
