import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { territoiresQueryKey } from './get-territoires';

export const deleteSecteur = (id: string) => api.delete(`/api/secteurs/${encodeURIComponent(id)}`);

export const useDeleteSecteur = () => useInvalidatingMutation(deleteSecteur, [territoiresQueryKey]);
