import type { ActiviteListQuery } from '@domain/main-courante/activite.schema';
import type { ActiviteListItem, ActiviteListView } from '@domain/main-courante/activite.views';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { activitesQueryKey } from './keys';

export type ActiviteFilters = Partial<Omit<ActiviteListQuery, 'page' | 'parPage'>>;

export const activitesListOptions = (f: ActiviteFilters) =>
  pagedListOptions<ActiviteListItem, ActiviteListView>({
    queryKey: [...activitesQueryKey, 'liste', f],
    fetchPage: (page, signal) =>
      api.get<ActiviteListView>('/api/activites', { query: { ...f, ...page }, signal }),
    itemKey: byId,
  });

/** Activities of the period and filters, page by page; the first page carries the period's totals. */
export const useActivites = (f: ActiviteFilters) => usePagedList(activitesListOptions(f));
