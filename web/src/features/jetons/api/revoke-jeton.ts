import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { jetonsQueryKey } from './get-jetons';

export const revokeJeton = (id: string) => api.delete(`/api/jetons/${encodeURIComponent(id)}`);

export const useRevokeJeton = () => useInvalidatingMutation(revokeJeton, [jetonsQueryKey]);
