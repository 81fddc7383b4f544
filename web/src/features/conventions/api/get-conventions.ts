import type { ConventionRapport, ConventionView } from '@domain/conventions/convention.schema';
import type { RapportFormat } from '@domain/rapports/rapport.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface ConventionFilters {
  q?: string;
  partenaireId?: string | null;
  annee?: number | null;
}

export const conventionsQueryKey = ['conventions'] as const;

export const conventionsQueryOptions = (f: ConventionFilters = {}) =>
  queryOptions({
    queryKey: [...conventionsQueryKey, 'liste', f.q?.trim() ?? '', f.partenaireId ?? '', f.annee ?? ''],
    queryFn: ({ signal }) =>
      api.get<ConventionView[]>('/api/conventions', {
        query: { q: f.q?.trim() || undefined, partenaireId: f.partenaireId, annee: f.annee },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** The structure's conventions, by text, funder and year. */
export const useConventions = (f: ConventionFilters = {}) => useQuery(conventionsQueryOptions(f));

export const useConvention = (id: string) =>
  useQuery({
    queryKey: [...conventionsQueryKey, 'une', id],
    queryFn: ({ signal }) =>
      api.get<ConventionView>(`/api/conventions/${encodeURIComponent(id)}`, { signal }),
  });

export interface ConventionPeriode {
  du?: string;
  au?: string;
}

/** URL of a convention's report, in JSON or as a document to download. */
export function conventionRapportUrl(id: string, p: ConventionPeriode, format: RapportFormat = 'json') {
  const params = new URLSearchParams();
  if (p.du) params.set('du', p.du);
  if (p.au) params.set('au', p.au);
  if (format !== 'json') params.set('format', format);
  const qs = params.toString();
  return `/api/conventions/${encodeURIComponent(id)}/rapport${qs ? `?${qs}` : ''}`;
}

/** Objectives against done, and the report, on the convention's perimeter and (clamped) period. */
export const useConventionRapport = (id: string, p: ConventionPeriode) =>
  useQuery({
    queryKey: [...conventionsQueryKey, 'rapport', id, p.du ?? '', p.au ?? ''],
    queryFn: ({ signal }) => api.get<ConventionRapport>(conventionRapportUrl(id, p), { signal }),
    placeholderData: keepPreviousData,
  });
