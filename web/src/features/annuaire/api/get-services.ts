import type { ServiceView } from '@domain/annuaire/annuaire.schema';
import type { Page } from '@domain/liste';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';

export interface ServiceFilters {
  q: string;
  thematique: string | null;
  public: string | null;
  commune: string;
  qpv: string | null;
  ouvertMaintenant: boolean;
}

export const EMPTY_FILTERS: ServiceFilters = {
  q: '',
  thematique: null,
  public: null,
  commune: '',
  qpv: null,
  ouvertMaintenant: false,
};

export const servicesKey = (f: ServiceFilters) => ['annuaire', 'services', f] as const;

export const getServices = (
  f: ServiceFilters,
  page: { page: number; parPage: number },
  signal: AbortSignal,
) =>
  api.get<Page<ServiceView>>('/api/annuaire/services', {
    query: {
      q: f.q.trim() || undefined,
      thematique: f.thematique,
      public: f.public,
      commune: f.commune.trim() || undefined,
      qpv: f.qpv,
      ouvertMaintenant: f.ouvertMaintenant ? 'true' : undefined,
      ...page,
    },
    signal,
  });

export const servicesListOptions = (f: ServiceFilters) =>
  pagedListOptions<ServiceView>({
    queryKey: servicesKey(f),
    fetchPage: (page, signal) => getServices(f, page, signal),
    itemKey: byId,
  });

/** Directory search: thématique, public, commune, QPV, open now; page by page. */
export const useServices = (f: ServiceFilters) => usePagedList(servicesListOptions(f));
