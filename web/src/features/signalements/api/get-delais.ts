import type { DelaisView } from '@domain/signalements/signalement.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { signalementsQueryKey } from './keys';

export const delaisQueryOptions = queryOptions({
  queryKey: [...signalementsQueryKey, 'delais'],
  queryFn: ({ signal }) => api.get<DelaisView>('/api/signalements/delais', { signal }),
});

/** Handling times by category and partner. */
export const useDelais = () => useQuery(delaisQueryOptions);
