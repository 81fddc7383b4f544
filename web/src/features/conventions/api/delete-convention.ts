import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { conventionPath, conventionsQueryKey } from './keys';

export const deleteConvention = (id: string) => api.delete(conventionPath(id));

export const useDeleteConvention = () => useInvalidatingMutation(deleteConvention, [conventionsQueryKey]);
