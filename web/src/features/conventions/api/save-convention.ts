import type { ConventionCreateInput, ConventionView } from '@domain/conventions/convention.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';
import { conventionPath, conventionsQueryKey } from './keys';

export const createConvention = (input: ConventionCreateInput) =>
  api.post<ConventionView>('/api/conventions', input);

export const updateConvention = (id: string, input: ConventionCreateInput) =>
  api.patch<ConventionView>(conventionPath(id), input);

/** Creates a convention, or replaces `id` when given. */
export const useSaveConvention = (id: string | null) =>
  useInvalidatingMutation(
    (input: ConventionCreateInput) => (id ? updateConvention(id, input) : createConvention(input)),
    [conventionsQueryKey],
  );
