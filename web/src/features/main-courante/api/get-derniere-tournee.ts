import type { DerniereTourneeView } from '@domain/main-courante/activite.views';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { activitesQueryKey } from './keys';

export const derniereTourneeQueryOptions = queryOptions({
  queryKey: [...activitesQueryKey, 'derniere-tournee'],
  queryFn: ({ signal }) => api.get<DerniereTourneeView>('/api/activites/derniere-tournee', { signal }),
});

/** The mediator's tour in progress, or the last one (to start the next from it). */
export const useDerniereTournee = () => useQuery(derniereTourneeQueryOptions);
