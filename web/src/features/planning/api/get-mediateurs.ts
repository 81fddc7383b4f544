import type { MediateurView } from '@domain/main-courante/activite.views';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The people a shift may hold (mediators and coordinators of the structure). */
export const mediateursQueryOptions = queryOptions({
  queryKey: ['planning-mediateurs'],
  queryFn: ({ signal }) => api.get<MediateurView[]>('/api/activites/mediateurs', { signal }),
  staleTime: 5 * 60_000,
});

export const usePlanningMediateurs = () => useQuery(mediateursQueryOptions);
