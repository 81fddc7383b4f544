import type { TerritoireCreateInput, TerritoireView } from '@domain/territoires/territoire.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { territoiresQueryKey } from './get-territoires';

export const createTerritoire = (input: TerritoireCreateInput) =>
  api.post<TerritoireView>('/api/territoires', input);

export const useCreateTerritoire = () => useInvalidatingMutation(createTerritoire, [territoiresQueryKey]);
