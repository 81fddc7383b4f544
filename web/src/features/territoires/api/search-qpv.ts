import type { QpvReference } from '@domain/territoires/territoire.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const QPV_SEARCH_MIN = 2;

export const searchQpv = (q: string, signal?: AbortSignal) =>
  api.get<QpvReference[]>('/api/referentiel/qpv', { query: { q, limit: 20 }, signal });

export const qpvSearchQueryOptions = (q: string) => {
  const term = q.trim();
  return queryOptions({
    queryKey: ['referentiel', 'qpv', term],
    queryFn: ({ signal }) => searchQpv(term, signal),
    enabled: term.length >= QPV_SEARCH_MIN,
    staleTime: 60 * 60_000,
    placeholderData: keepPreviousData,
  });
};

/** The national QPV list, searched by code, name or commune (debounce `q` before). */
export const useQpvSearch = (q: string) => useQuery(qpvSearchQueryOptions(q));
