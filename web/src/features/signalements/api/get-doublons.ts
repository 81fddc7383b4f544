import type { Categorie, DoublonView } from '@domain/signalements/signalement.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { signalementsQueryKey } from './keys';

export interface DoublonsQuery {
  categorie: Categorie | null;
  latitude: number | null;
  longitude: number | null;
  /** The signalement being marked, left out of its own candidates. */
  exclure?: string;
}

export const doublonsQueryOptions = (q: DoublonsQuery) =>
  queryOptions({
    queryKey: [...signalementsQueryKey, 'doublons', q],
    queryFn: ({ signal }) =>
      api.get<DoublonView[]>('/api/signalements/doublons', {
        query: { categorie: q.categorie, latitude: q.latitude, longitude: q.longitude, exclure: q.exclure },
        signal,
      }),
    enabled: q.categorie !== null && q.latitude !== null,
  });

/** Open signalements of the same category nearby: the capture may be one of them. */
export const useDoublons = (q: DoublonsQuery) => useQuery(doublonsQueryOptions(q));
