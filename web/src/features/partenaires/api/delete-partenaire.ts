import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { partenairesQueryKey } from './get-partenaires';

export const deletePartenaire = (id: string) => api.delete(`/api/partenaires/${encodeURIComponent(id)}`);

export const useDeletePartenaire = () => useInvalidatingMutation(deletePartenaire, [partenairesQueryKey]);
