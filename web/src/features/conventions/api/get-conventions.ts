import type { ConventionView } from '@domain/conventions/convention.schema';
import type { Page } from '@domain/liste';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { conventionsQueryKey } from './keys';

export interface ConventionFilters {
  q?: string;
  partenaireId?: string | null;
  annee?: number | null;
}

export const conventionsListOptions = (f: ConventionFilters = {}) =>
  pagedListOptions<ConventionView>({
    queryKey: [...conventionsQueryKey, 'liste', f.q?.trim() ?? '', f.partenaireId ?? '', f.annee ?? ''],
    fetchPage: (page, signal) =>
      api.get<Page<ConventionView>>('/api/conventions', {
        query: { q: f.q?.trim() || undefined, partenaireId: f.partenaireId, annee: f.annee, ...page },
        signal,
      }),
    itemKey: byId,
  });

/** The structure's conventions, by text, funder and year, page by page. */
export const useConventions = (f: ConventionFilters = {}) => usePagedList(conventionsListOptions(f));
