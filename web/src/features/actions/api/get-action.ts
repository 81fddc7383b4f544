import type { ActionView } from '@domain/actions/action.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { actionPath, actionsQueryKey } from './keys';

export const actionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...actionsQueryKey, 'detail', id],
    queryFn: ({ signal }) => api.get<ActionView>(actionPath(id), { signal }),
  });

/** One collective action, with its mediators, partners, count total and evaluation. */
export const useAction = (id: string) => useQuery(actionQueryOptions(id));
