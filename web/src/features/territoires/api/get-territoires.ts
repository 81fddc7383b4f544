import type { TerritoireView } from '@domain/territoires/territoire.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const territoiresQueryKey = ['territoires'] as const;

export const getTerritoires = () => api.get<TerritoireView[]>('/api/territoires');

export const territoiresQueryOptions = queryOptions({
  queryKey: territoiresQueryKey,
  queryFn: getTerritoires,
});

/** The structure's QPV with their sectors and places. */
export const useTerritoires = () => useQuery(territoiresQueryOptions);
