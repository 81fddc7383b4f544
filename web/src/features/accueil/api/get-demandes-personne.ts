import type { DemandeListView, DemandeView } from '@domain/accueil/demande.schema';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { demandesQueryKey } from './keys';

export const demandesPersonneListOptions = (personneId: string) =>
  pagedListOptions<DemandeView, DemandeListView>({
    queryKey: [...demandesQueryKey, 'personne', personneId],
    fetchPage: (page, signal) =>
      api.get<DemandeListView>('/api/demandes', { query: { personneId, ...page }, signal }),
    itemKey: byId,
  });

/** One person's requests, newest first, over their whole history, page by page. */
export const useDemandesPersonne = (personneId: string) =>
  usePagedList(demandesPersonneListOptions(personneId));
