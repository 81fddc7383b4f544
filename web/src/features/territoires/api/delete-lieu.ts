import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { territoiresQueryKey } from './get-territoires';

export const deleteLieu = (id: string) => api.delete(`/api/lieux/${encodeURIComponent(id)}`);

export const useDeleteLieu = () => useInvalidatingMutation(deleteLieu, [territoiresQueryKey]);
