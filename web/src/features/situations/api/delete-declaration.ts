import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { declarationsQueryKey } from './keys';

export const deleteDeclaration = (id: string) =>
  api.delete(`/api/declarations-impartialite/${encodeURIComponent(id)}`);

export const useDeleteDeclaration = () => useInvalidatingMutation(deleteDeclaration, [declarationsQueryKey]);
