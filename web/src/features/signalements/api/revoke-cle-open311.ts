import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { clesOpen311QueryKey } from './keys';

export const revokeCleOpen311 = (id: string) => api.delete(`/api/open311/cles/${encodeURIComponent(id)}`);

export const useRevokeCleOpen311 = () => useInvalidatingMutation(revokeCleOpen311, [clesOpen311QueryKey]);
