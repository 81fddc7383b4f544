import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { territoiresQueryKey } from './get-territoires';

export const deleteTerritoire = (id: string) => api.delete(`/api/territoires/${encodeURIComponent(id)}`);

export const useDeleteTerritoire = () => useInvalidatingMutation(deleteTerritoire, [territoiresQueryKey]);
