import type { PersonneView } from '@domain/accueil/personne.schema';
import type { Page } from '@domain/liste';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { personnesQueryKey } from './keys';

export const getPersonnes = (q: string, page: { page: number; parPage: number }, signal: AbortSignal) =>
  api.get<Page<PersonneView>>('/api/personnes', { query: { q: q.trim() || undefined, ...page }, signal });

export const personnesListOptions = (q: string) =>
  pagedListOptions<PersonneView>({
    queryKey: [...personnesQueryKey, 'liste', q],
    fetchPage: (page, signal) => getPersonnes(q, page, signal),
    itemKey: byId,
  });

/** Person files by pseudonym (no identity in lists), page by page. */
export const usePersonnes = (q: string) => usePagedList(personnesListOptions(q));
