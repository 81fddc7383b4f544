import type { Page } from '@domain/liste';
import type { SituationListItem } from '@domain/situations/situation.schema';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { situationsQueryKey } from './keys';

export const situationsPersonneListOptions = (personneId: string) =>
  pagedListOptions<SituationListItem>({
    queryKey: [...situationsQueryKey, 'personne', personneId],
    fetchPage: (page, signal) =>
      api.get<Page<SituationListItem>>('/api/situations', {
        query: { personneId, ouvertes: 'false', ...page },
        signal,
      }),
    itemKey: byId,
  });

/** The situations in which one person's file is a party, closed ones included (the person's file). */
export const useSituationsPersonne = (personneId: string) =>
  usePagedList(situationsPersonneListOptions(personneId));
