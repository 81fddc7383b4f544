import type { Page } from '@domain/liste';
import type { ProjetListItemView } from '@domain/projets/projet.schema';
import type { ProjetStatut } from '@domain/projets/projet.taxonomies';
import { PROJET_STATUTS } from '@domain/projets/projet.taxonomies';
import { queryOptions, useQueries } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { projetsQueryKey } from './keys';

/** Which statuses the list shows: the open ones (the default), one status, or all. */
export type ProjetOnglet = 'ouverts' | 'tous' | ProjetStatut;

export interface ProjetFilters {
  onglet: ProjetOnglet;
  q: string;
  territoireId: string | null;
}

/** The list's query for a tab: `ouverts=false` shows every status; a status replaces the default. */
export function projetsQuery(f: ProjetFilters) {
  return {
    q: f.q.trim() || undefined,
    territoireId: f.territoireId ?? undefined,
    statut: f.onglet === 'ouverts' || f.onglet === 'tous' ? undefined : f.onglet,
    ouverts: f.onglet === 'tous' ? 'false' : undefined,
  };
}

const getProjets = (f: ProjetFilters, page: { page: number; parPage: number }, signal: AbortSignal) =>
  api.get<Page<ProjetListItemView>>('/api/projets', { query: { ...projetsQuery(f), ...page }, signal });

export const projetsListOptions = (f: ProjetFilters) =>
  pagedListOptions<ProjetListItemView>({
    queryKey: [...projetsQueryKey, 'liste', f.onglet, f.q.trim(), f.territoireId ?? ''],
    fetchPage: (page, signal) => getProjets(f, page, signal),
    itemKey: byId,
  });

/** The structure's projects of a tab, by title and QPV, page by page. */
export const useProjets = (f: ProjetFilters) => usePagedList(projetsListOptions(f));

/**
 * How many projects each status holds under the same search and QPV: one count each (a page of
 * one row), for the tabs' badges.
 */
export function useProjetsComptes(f: Omit<ProjetFilters, 'onglet'>) {
  const results = useQueries({
    queries: PROJET_STATUTS.map((statut) =>
      queryOptions({
        queryKey: [...projetsQueryKey, 'compte', statut, f.q.trim(), f.territoireId ?? ''],
        queryFn: async ({ signal }) =>
          (await getProjets({ ...f, onglet: statut }, { page: 1, parPage: 1 }, signal)).total,
      }),
    ),
  });
  return Object.fromEntries(PROJET_STATUTS.map((s, i) => [s, results[i]?.data])) as Record<
    ProjetStatut,
    number | undefined
  >;
}
