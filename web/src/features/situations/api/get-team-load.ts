import type { TeamLoadView } from '@domain/situations/situation.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { situationsQueryKey } from './keys';

export const teamLoadQueryOptions = (enabled = true) =>
  queryOptions({
    queryKey: [...situationsQueryKey, 'charge'],
    queryFn: ({ signal }) => api.get<TeamLoadView[]>('/api/situations/charge', { signal }),
    enabled,
  });

/** Open situations and overdue follow-ups per mediator (coordination, direction). */
export const useTeamLoad = (enabled = true) => useQuery(teamLoadQueryOptions(enabled));
