import type { OrientationStatut } from '@domain/accueil/accueil.taxonomies';
import type { OrientationView } from '@domain/accueil/orientation.schema';
import type { Page } from '@domain/liste';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { orientationsQueryKey } from './keys';

/** One status, the open ones (the list's default) or all. */
export type StatutFiltre = OrientationStatut | 'ouvertes' | 'toutes';

export interface OrientationFilters {
  statut: StatutFiltre;
  aRelancer: boolean;
}

export const statutQuery = (s: StatutFiltre) => ({
  statut: s === 'ouvertes' || s === 'toutes' ? undefined : s,
  ouvertes: s === 'toutes' ? 'false' : undefined,
});

export const getOrientations = <T>(
  query: Record<string, string | number | null | undefined>,
  signal: AbortSignal,
) => api.get<Page<T>>('/api/orientations', { query, signal });

export const orientationsListOptions = (f: OrientationFilters) =>
  pagedListOptions<OrientationView>({
    queryKey: [...orientationsQueryKey, 'staff', f],
    fetchPage: (page, signal) =>
      getOrientations<OrientationView>(
        { ...statutQuery(f.statut), aRelancer: f.aRelancer ? 'true' : undefined, ...page },
        signal,
      ),
    itemKey: byId,
  });

/** The staff's orientations by status, or those waiting for a reminder, page by page. */
export const useOrientations = (f: OrientationFilters) => usePagedList(orientationsListOptions(f));
