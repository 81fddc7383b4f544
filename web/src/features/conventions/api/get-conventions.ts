import type { ConventionRapport, ConventionView } from '@domain/conventions/convention.schema';
import type { Page } from '@domain/liste';
import type { RapportFormat } from '@domain/rapports/rapport.schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { byId, usePagedList } from '../../../lib/paged-list';

export interface ConventionFilters {
  q?: string;
  partenaireId?: string | null;
  annee?: number | null;
}

export const conventionsQueryKey = ['conventions'] as const;

/** The structure's conventions, by text, funder and year, page by page. */
export const useConventions = (f: ConventionFilters = {}) =>
  usePagedList<ConventionView>({
    queryKey: [...conventionsQueryKey, 'liste', f.q?.trim() ?? '', f.partenaireId ?? '', f.annee ?? ''],
    fetchPage: (page, signal) =>
      api.get<Page<ConventionView>>('/api/conventions', {
        query: { q: f.q?.trim() || undefined, partenaireId: f.partenaireId, annee: f.annee, ...page },
        signal,
      }),
    itemKey: byId,
  });

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
