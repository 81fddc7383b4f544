import type { ActiviteView } from '@domain/main-courante/activite.views';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { activitePath, activitesQueryKey } from './keys';

export const getActivite = (id: string, signal?: AbortSignal) =>
  api.get<ActiviteView>(activitePath(id), { signal });

export const activiteQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...activitesQueryKey, 'detail', id],
    queryFn: ({ signal }) => getActivite(id, signal),
  });

/** One activity with its counts, observations and review. */
export const useActivite = (id: string) => useQuery(activiteQueryOptions(id));
