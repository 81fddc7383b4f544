import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { signalementsQueryKey } from './keys';

/** GeoJSON of the QPV perimeters (properties: q = code, n = name). */
export interface Perimetres {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; properties: { q: string; n: string }; geometry: unknown }>;
}

export const carteQueryOptions = queryOptions({
  queryKey: [...signalementsQueryKey, 'carte'],
  queryFn: async ({ signal }) => {
    const [perimetres, reglages] = await Promise.all([
      api.get<Perimetres>('/api/signalements/perimetres', { signal }),
      api.get<{ tileUrl: string | null; attribution: string }>('/api/signalements/carte', { signal }),
    ]);
    return { perimetres, ...reglages };
  },
  staleTime: Infinity,
});

/** The map's perimeters and tile settings (they do not change while the app runs). */
export const useCarte = () => useQuery(carteQueryOptions);
