import type { Page } from '@domain/liste';
import type { SituationListItem, SituationView, TeamLoadView } from '@domain/situations/situation.schema';
import type { SituationStatus } from '@domain/situations/situation.taxonomies';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { byId, usePagedList } from '../../../lib/paged-list';

/** One status, the open ones (the list's default) or all. */
export type StatutFiltre = SituationStatus | 'ouvertes' | 'toutes';

export interface SituationFilters {
  mine: boolean;
  statut: StatutFiltre;
  territoireId: string | null;
  enRetard: boolean;
}

export const situationsQueryKey = ['situations'] as const;

/** The working lists: my situations, by status, by QPV, overdue follow-ups; page by page. */
export const useSituations = (f: SituationFilters) =>
  usePagedList<SituationListItem>({
    queryKey: [...situationsQueryKey, 'liste', f],
    fetchPage: (page, signal) =>
      api.get<Page<SituationListItem>>('/api/situations', {
        query: {
          mine: f.mine ? '1' : undefined,
          enRetard: f.enRetard ? '1' : undefined,
          statut: f.statut === 'ouvertes' || f.statut === 'toutes' ? undefined : f.statut,
          ouvertes: f.statut === 'toutes' ? 'false' : undefined,
          territoireId: f.territoireId,
          ...page,
        },
        signal,
      }),
    itemKey: byId,
  });

/** The situations in which one person's file is a party, closed ones included (the person's file). */
export const useSituationsPersonne = (personneId: string) =>
  usePagedList<SituationListItem>({
    queryKey: [...situationsQueryKey, 'personne', personneId],
    fetchPage: (page, signal) =>
      api.get<Page<SituationListItem>>('/api/situations', {
        query: { personneId, ouvertes: 'false', ...page },
        signal,
      }),
    itemKey: byId,
  });

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
