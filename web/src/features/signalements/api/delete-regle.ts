import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { reglesQueryKey } from './keys';

export const deleteRegle = (id: string) => api.delete(`/api/signalements/regles/${encodeURIComponent(id)}`);

export const useDeleteRegle = () => useInvalidatingMutation(deleteRegle, [reglesQueryKey]);
