import type { ActionView } from '@domain/actions/action.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { projetsQueryKey } from './keys';

export const actionOrigineQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...projetsQueryKey, 'action', id],
    queryFn: ({ signal }) => api.get<ActionView>(`/api/actions/${encodeURIComponent(id)}`, { signal }),
    retry: false,
  });

/** The collective action a project grew out of (its title, QPV and partners), when there is one. */
export const useActionOrigine = (id: string | null) =>
  useQuery({ ...actionOrigineQueryOptions(id ?? ''), enabled: id !== null });
