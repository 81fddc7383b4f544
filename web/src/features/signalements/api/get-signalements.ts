import type { Page } from '@domain/liste';
import type { Categorie, SignalementView, Statut } from '@domain/signalements/signalement.schema';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { signalementsQueryKey } from './keys';

/** One status, the open ones (the list's default) or all. */
export type StatutFiltre = Statut | 'ouverts' | 'tous';

export interface SignalementFilters {
  statut: StatutFiltre;
  categorie: Categorie | null;
  partenaireId: string | null;
  ageMaxJours: number | null;
  /** Only those the user captured. */
  miens?: boolean;
}

export const signalementsListOptions = (f: SignalementFilters, parPage?: number) =>
  pagedListOptions<SignalementView>({
    queryKey: [...signalementsQueryKey, 'liste', f, parPage],
    fetchPage: (page, signal) =>
      api.get<Page<SignalementView>>('/api/signalements', {
        query: {
          statut: f.statut === 'ouverts' || f.statut === 'tous' ? undefined : f.statut,
          ouverts: f.statut === 'tous' ? 'false' : undefined,
          categorie: f.categorie,
          partenaireId: f.partenaireId,
          ageMaxJours: f.ageMaxJours,
          miens: f.miens ? 'true' : undefined,
          ...page,
        },
        signal,
      }),
    itemKey: byId,
    parPage,
  });

/** The visible signalements, page by page (`parPage` up to 200 for the map). */
export const useSignalements = (f: SignalementFilters, parPage?: number) =>
  usePagedList(signalementsListOptions(f, parPage));
