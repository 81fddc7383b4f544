import type { ServiceView } from '@domain/annuaire/annuaire.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

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

export const servicesQueryOptions = (f: ServiceFilters, limit = 50) =>
  queryOptions({
    queryKey: ['annuaire', 'services', f, limit],
    queryFn: ({ signal }) =>
      api.get<ServiceView[]>('/api/annuaire/services', {
        query: {
          q: f.q.trim() || undefined,
          thematique: f.thematique,
          public: f.public,
          commune: f.commune.trim() || undefined,
          qpv: f.qpv,
          ouvertMaintenant: f.ouvertMaintenant ? 'true' : undefined,
          limit,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** Directory search: thématique, public, commune, QPV, open now. */
export const useServices = (f: ServiceFilters, limit?: number) => useQuery(servicesQueryOptions(f, limit));
