import type { ConventionView } from '@domain/conventions/convention.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { conventionPath, conventionsQueryKey } from './keys';

export const conventionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...conventionsQueryKey, 'une', id],
    queryFn: ({ signal }) => api.get<ConventionView>(conventionPath(id), { signal }),
  });

/** One convention: funder, perimeter, period and objectives. */
export const useConvention = (id: string) => useQuery(conventionQueryOptions(id));
