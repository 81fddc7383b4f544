import type { MediateurView } from '@domain/main-courante/activite.views';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { activitesQueryKey } from './keys';

export const mediateursQueryOptions = queryOptions({
  queryKey: [...activitesQueryKey, 'mediateurs'],
  queryFn: ({ signal }) => api.get<MediateurView[]>('/api/activites/mediateurs', { signal }),
  staleTime: 5 * 60_000,
});

/** The structure's mediators, to pick a crew or filter the list. */
export const useMediateurs = () => useQuery(mediateursQueryOptions);
