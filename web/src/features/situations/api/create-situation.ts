import type { SituationCreateInput, SituationView } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { useSituationMutation } from './situation-mutation';

export const createSituation = (input: SituationCreateInput) =>
  api.post<SituationView>('/api/situations', input);

export const useCreateSituation = () => useSituationMutation(createSituation);
