import type { Page } from '@domain/liste';
import type {
  ActiviteListQuery,
  ActiviteUpdateInput,
  RevueInput,
} from '@domain/main-courante/activite.schema';
import type {
  ActiviteListItem,
  ActiviteListView,
  ActiviteView,
  DerniereTourneeView,
  MediateurView,
  ObservationListItem,
} from '@domain/main-courante/activite.views';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { byId, usePagedList } from '../../../lib/paged-list';

/** An observation as the veille list shows it (QPV name, place, author, follow-up). */
export type { ObservationListItem };

export const activitesQueryKey = ['activites'] as const;
const base = (id: string) => `/api/activites/${encodeURIComponent(id)}`;

export type ActiviteFilters = Partial<Omit<ActiviteListQuery, 'page' | 'parPage'>>;

/** Activities of the period and filters, page by page; the first page carries the period's totals. */
export const useActivites = (f: ActiviteFilters) =>
  usePagedList<ActiviteListItem, ActiviteListView>({
    queryKey: [...activitesQueryKey, 'liste', f],
    fetchPage: (page, signal) =>
      api.get<ActiviteListView>('/api/activites', { query: { ...f, ...page }, signal }),
    itemKey: byId,
  });

export const useActivite = (id: string) =>
  useQuery({
    queryKey: [...activitesQueryKey, 'detail', id],
    queryFn: ({ signal }) => api.get<ActiviteView>(base(id), { signal }),
  });

export const getActivite = (id: string) => api.get<ActiviteView>(base(id));

export const useDerniereTournee = () =>
  useQuery({
    queryKey: [...activitesQueryKey, 'derniere-tournee'],
    queryFn: ({ signal }) => api.get<DerniereTourneeView>('/api/activites/derniere-tournee', { signal }),
  });

export const useMediateurs = () =>
  useQuery({
    queryKey: [...activitesQueryKey, 'mediateurs'],
    queryFn: ({ signal }) => api.get<MediateurView[]>('/api/activites/mediateurs', { signal }),
    staleTime: 5 * 60_000,
  });

/** Observations, those still to treat first (the server's default), page by page. */
export const useObservations = (nonTraitees: boolean) =>
  usePagedList<ObservationListItem>({
    queryKey: [...activitesQueryKey, 'observations', nonTraitees],
    fetchPage: (page, signal) =>
      api.get<Page<ObservationListItem>>('/api/observations', {
        query: { nonTraitees: String(nonTraitees), ...page },
        signal,
      }),
    itemKey: byId,
  });

function useActiviteMutation<V>(run: (v: V) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => qc.invalidateQueries({ queryKey: activitesQueryKey }),
  });
}

export const useUpdateActivite = (id: string) =>
  useActiviteMutation((input: ActiviteUpdateInput) => api.patch<ActiviteView>(base(id), input));

export const useRevue = (id: string) =>
  useActiviteMutation((input: RevueInput) => api.post<ActiviteView>(`${base(id)}/revue`, input));

export const useDeverrouiller = (id: string) =>
  useActiviteMutation(() => api.post<ActiviteView>(`${base(id)}/deverrouiller`));

export const useTraiterObservation = () =>
  useActiviteMutation((id: string) => api.post(`/api/observations/${encodeURIComponent(id)}/traiter`));

export const exportUrl = (du?: string, au?: string) => {
  const q = new URLSearchParams();
  if (du) q.set('du', du);
  if (au) q.set('au', au);
  const s = q.toString();
  return `/api/activites/export.csv${s ? `?${s}` : ''}`;
};
