import type { CarteReglages, QpvPerimetres } from '@domain/territoires/perimetres.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { signalementsQueryKey } from './keys';

/** GeoJSON of the QPV perimeters (the domain's schema). */
export type Perimetres = QpvPerimetres;

export const carteQueryOptions = queryOptions({
  queryKey: [...signalementsQueryKey, 'carte'],
  queryFn: async ({ signal }) => {
    const [perimetres, reglages] = await Promise.all([
      api.get<Perimetres>('/api/signalements/perimetres', { signal }),
      api.get<CarteReglages>('/api/signalements/carte', { signal }),
    ]);
    return { perimetres, ...reglages };
  },
  staleTime: Infinity,
});

/** The map's perimeters and tile settings (they do not change while the app runs). */
export const useCarte = () => useQuery(carteQueryOptions);
