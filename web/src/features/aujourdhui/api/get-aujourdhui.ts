import type { AujourdhuiView } from '@domain/aujourdhui/aujourdhui.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const aujourdhuiQueryOptions = queryOptions({
  queryKey: ['aujourdhui'],
  queryFn: ({ signal }) => api.get<AujourdhuiView>('/api/aujourdhui', { signal }),
  // Coming back to the page after an action shows the new counts.
  refetchOnMount: 'always',
});

/** The day's work of the signed-in user, as cards (GET /api/aujourdhui). */
export const useAujourdhui = () => useQuery(aujourdhuiQueryOptions);
