import type { PartenaireView, PartnerKind } from '@domain/partenaires/partenaire.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface PartenaireFilters {
  q?: string;
  kind?: PartnerKind | null;
}

export const partenairesQueryKey = ['partenaires'] as const;

export const getPartenaires = (filters: PartenaireFilters = {}, signal?: AbortSignal) =>
  api.get<PartenaireView[]>('/api/partenaires', {
    query: { q: filters.q?.trim(), kind: filters.kind },
    signal,
  });

export const partenairesQueryOptions = (filters: PartenaireFilters = {}) =>
  queryOptions({
    queryKey: [...partenairesQueryKey, filters.q?.trim() ?? '', filters.kind ?? ''],
    queryFn: ({ signal }) => getPartenaires(filters, signal),
    placeholderData: keepPreviousData,
  });

/** The partner directory of the structure, optionally filtered by text and kind. */
export const usePartenaires = (filters: PartenaireFilters = {}) => useQuery(partenairesQueryOptions(filters));
