import type { ActionsPage, ActionView } from '@domain/actions/action.schema';
import type { ActionStatut, ActionType } from '@domain/actions/action.taxonomies';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { actionsQueryKey } from './keys';

export interface ActionFilters {
  /** Words of the title. */
  recherche: string;
  type: ActionType | null;
  statut: ActionStatut | null;
  territoireId: string | null;
  /** Start days `AAAA-MM-JJ` (Paris), empty: the server's default (30 days ago, and all to come). */
  du: string;
  au: string;
}

export const ACTION_FILTERS_DEFAUT: ActionFilters = {
  recherche: '',
  type: null,
  statut: null,
  territoireId: null,
  du: '',
  au: '',
};

export const actionsListOptions = (f: ActionFilters) =>
  pagedListOptions<ActionView, ActionsPage>({
    queryKey: [...actionsQueryKey, 'liste', f],
    fetchPage: (page, signal) =>
      api.get<ActionsPage>('/api/actions', {
        query: {
          recherche: f.recherche.trim() || undefined,
          type: f.type,
          statut: f.statut,
          territoireId: f.territoireId,
          du: f.du || undefined,
          au: f.au || undefined,
          ...page,
        },
        signal,
      }),
    itemKey: byId,
  });

/** The actions of the reader's territories, page by page, newest start first. */
export const useActions = (f: ActionFilters) => usePagedList(actionsListOptions(f));
