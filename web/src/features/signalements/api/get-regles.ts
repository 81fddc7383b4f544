import type { RegleView } from '@domain/signalements/signalement.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reglesQueryKey } from './keys';

export const reglesQueryOptions = queryOptions({
  queryKey: reglesQueryKey,
  queryFn: ({ signal }) => api.get<RegleView[]>('/api/signalements/regles', { signal }),
});

/** The routing rules: which partner receives which category where. */
export const useRegles = () => useQuery(reglesQueryOptions);
