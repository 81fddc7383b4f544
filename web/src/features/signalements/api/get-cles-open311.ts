import type { CleOpen311View } from '@domain/signalements/signalement.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { clesOpen311QueryKey } from './keys';

export const clesOpen311QueryOptions = (enabled: boolean) =>
  queryOptions({
    queryKey: clesOpen311QueryKey,
    queryFn: ({ signal }) => api.get<CleOpen311View[]>('/api/open311/cles', { signal }),
    enabled,
  });

/** The Open311 API keys of the structure (administration only). */
export const useClesOpen311 = (enabled: boolean) => useQuery(clesOpen311QueryOptions(enabled));
