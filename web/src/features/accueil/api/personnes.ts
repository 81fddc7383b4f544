import type {
  ConsentementInput,
  ConsentementView,
  PersonneCreateInput,
  PersonneUpdateInput,
  PersonneView,
} from '@domain/accueil/personne.schema';
import type { Page } from '@domain/liste';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client';
import { byId, usePagedList } from '../../../lib/paged-list';

const key = ['personnes'] as const;
const base = (id: string) => `/api/personnes/${encodeURIComponent(id)}`;

const getPersonnes = (q: string, page: { page: number; parPage: number }, signal: AbortSignal) =>
  api.get<Page<PersonneView>>('/api/personnes', { query: { q: q.trim() || undefined, ...page }, signal });

/** Person files by pseudonym (no identity in lists), page by page. */
export const usePersonnes = (q: string) =>
  usePagedList<PersonneView>({
    queryKey: [...key, 'liste', q],
    fetchPage: (page, signal) => getPersonnes(q, page, signal),
    itemKey: byId,
  });

/** The first files matching a search, for a picker (type more to narrow it). */
export const usePersonneChoices = (q: string) =>
  useQuery({
    queryKey: [...key, 'liste', 'choix', q],
    queryFn: async ({ signal }) => (await getPersonnes(q, { page: 1, parPage: 20 }, signal)).items,
    placeholderData: keepPreviousData,
  });

/** One file with identity and consents: the server logs the read. */
export const usePersonne = (id: string) =>
  useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: ({ signal }) => api.get<PersonneView>(base(id), { signal }),
  });

function usePersonneMutation<I>(fn: (input: I) => Promise<PersonneView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (view) => {
      queryClient.setQueryData([...key, 'detail', view.id], view);
      // A merge moves the duplicate's requests onto this file.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...key, 'liste'] }),
        queryClient.invalidateQueries({ queryKey: ['demandes'] }),
      ]);
    },
  });
}

export const useCreatePersonne = () =>
  usePersonneMutation((input: PersonneCreateInput) => api.post<PersonneView>('/api/personnes', input));
export const useUpdatePersonne = (id: string) =>
  usePersonneMutation((input: PersonneUpdateInput) => api.patch<PersonneView>(base(id), input));
export const useWithdrawConsentement = (id: string) =>
  usePersonneMutation((consentementId: string) =>
    api.post<PersonneView>(`${base(id)}/consentements/${encodeURIComponent(consentementId)}/retrait`),
  );

export const useAddConsentement = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConsentementInput) =>
      apiRequest<ConsentementView>(`${base(id)}/consentements`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...key, 'detail', id] }),
  });
};

/** Merges a duplicate file into this one (coordination): its requests and consents move over. */
export const useMergePersonne = (id: string) =>
  usePersonneMutation((doublonId: string) => api.post<PersonneView>(`${base(id)}/fusion`, { doublonId }));
