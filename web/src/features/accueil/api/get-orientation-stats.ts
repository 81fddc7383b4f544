import type { OrientationStatsRow } from '@domain/accueil/orientation.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orientationsQueryKey } from './keys';

export const orientationStatsQueryOptions = queryOptions({
  queryKey: [...orientationsQueryKey, 'statistiques'],
  queryFn: ({ signal }) => api.get<OrientationStatsRow[]>('/api/orientations/statistiques', { signal }),
});

/** Orientations by partner and outcome. */
export const useOrientationStats = () => useQuery(orientationStatsQueryOptions);
