import type { PersonneView } from '@domain/accueil/personne.schema';
import type { Page } from '@domain/liste';
import { api } from '../../../lib/api-client';
import { byId, pagedListOptions, usePagedList } from '../../../lib/paged-list';
import { personnesQueryKey } from './keys';

/** `consentement`: only files with a consent in force (a project's carriers). */
export const getPersonnes = (
  q: string,
  page: { page: number; parPage: number },
  signal: AbortSignal,
  consentement = false,
) =>
  api.get<Page<PersonneView>>('/api/personnes', {
    query: { q: q.trim() || undefined, consentement: consentement ? 'true' : undefined, ...page },
    signal,
  });

export const personnesListOptions = (q: string) =>
  pagedListOptions<PersonneView>({
    queryKey: [...personnesQueryKey, 'liste', q],
    fetchPage: (page, signal) => getPersonnes(q, page, signal),
    itemKey: byId,
  });

/** Person files by pseudonym (no identity in lists), page by page. */
export const usePersonnes = (q: string) => usePagedList(personnesListOptions(q));
