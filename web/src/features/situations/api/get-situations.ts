import type { Page } from '@domain/liste';
import type { SituationListItem } from '@domain/situations/situation.schema';
import type { SituationStatus } from '@domain/situations/situation.taxonomies';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { situationsQueryKey } from './keys';

/** One status, the open ones (the list's default) or all. */
export type StatutFiltre = SituationStatus | 'ouvertes' | 'toutes';

export interface SituationFilters {
  mine: boolean;
  statut: StatutFiltre;
  territoireId: string | null;
  enRetard: boolean;
}

export const situationsListOptions = (f: SituationFilters) =>
  pagedListOptions<SituationListItem>({
    queryKey: [...situationsQueryKey, 'liste', f],
    fetchPage: (page, signal) =>
      api.get<Page<SituationListItem>>('/api/situations', {
        query: {
          mine: f.mine ? '1' : undefined,
          enRetard: f.enRetard ? '1' : undefined,
          statut: f.statut === 'ouvertes' || f.statut === 'toutes' ? undefined : f.statut,
          ouvertes: f.statut === 'toutes' ? 'false' : undefined,
          territoireId: f.territoireId,
          ...page,
        },
        signal,
      }),
    itemKey: byId,
  });

/** The working lists: my situations, by status, by QPV, overdue follow-ups; page by page. */
export const useSituations = (f: SituationFilters) => usePagedList(situationsListOptions(f));
