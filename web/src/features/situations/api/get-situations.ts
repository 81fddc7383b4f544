import type { SituationListItem, SituationView, TeamLoadView } from '@domain/situations/situation.schema';
import type { SituationStatus } from '@domain/situations/situation.taxonomies';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface SituationFilters {
  mine: boolean;
  statut: SituationStatus | null;
  territoireId: string | null;
  enRetard: boolean;
}

export const situationsQueryKey = ['situations'] as const;

export const situationsQueryOptions = (f: SituationFilters) =>
  queryOptions({
    queryKey: [...situationsQueryKey, 'liste', f],
    queryFn: ({ signal }) =>
      api.get<SituationListItem[]>('/api/situations', {
        query: {
          mine: f.mine ? '1' : undefined,
          enRetard: f.enRetard ? '1' : undefined,
          statut: f.statut,
          territoireId: f.territoireId,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** The working lists: my situations, by status, by QPV, overdue follow-ups. */
export const useSituations = (f: SituationFilters) => useQuery(situationsQueryOptions(f));

/** One situation, with the fields the confidentiality matrix gives the reader. */
export const useSituation = (id: string) =>
  useQuery({
    queryKey: [...situationsQueryKey, 'detail', id],
    queryFn: ({ signal }) => api.get<SituationView>(`/api/situations/${encodeURIComponent(id)}`, { signal }),
  });

/** Open situations and overdue follow-ups per mediator (coordination, direction). */
export const useTeamLoad = (enabled = true) =>
  useQuery({
    queryKey: [...situationsQueryKey, 'charge'],
    queryFn: ({ signal }) => api.get<TeamLoadView[]>('/api/situations/charge', { signal }),
    enabled,
  });

export const agreementPdfUrl = (id: string) => `/api/situations/${encodeURIComponent(id)}/accord.pdf`;
