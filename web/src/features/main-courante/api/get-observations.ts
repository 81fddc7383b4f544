import type { Page } from '@domain/liste';
import type { ObservationListItem } from '@domain/main-courante/activite.views';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { activitesQueryKey } from './keys';

/** An observation as the veille list shows it (QPV name, place, author, follow-up). */
export type { ObservationListItem };

export const observationsListOptions = (nonTraitees: boolean) =>
  pagedListOptions<ObservationListItem>({
    queryKey: [...activitesQueryKey, 'observations', nonTraitees],
    fetchPage: (page, signal) =>
      api.get<Page<ObservationListItem>>('/api/observations', {
        query: { nonTraitees: String(nonTraitees), ...page },
        signal,
      }),
    itemKey: byId,
  });

/** Observations, those still to treat first (the server's default), page by page. */
export const useObservations = (nonTraitees: boolean) => usePagedList(observationsListOptions(nonTraitees));
