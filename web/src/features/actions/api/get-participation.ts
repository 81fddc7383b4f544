import type { ParticipationView } from '@domain/actions/action.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { actionPath, actionsQueryKey } from './keys';

export const participationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...actionsQueryKey, 'participation', id],
    queryFn: ({ signal }) => api.get<ParticipationView>(`${actionPath(id)}/participation`, { signal }),
  });

/** The counts at the door as the server holds them, with totals by public and genre. */
export const useParticipation = (id: string) => useQuery(participationQueryOptions(id));
