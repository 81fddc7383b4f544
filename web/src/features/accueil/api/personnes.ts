import type {
  ConsentementInput,
  ConsentementView,
  PersonneCreateInput,
  PersonneUpdateInput,
  PersonneView,
} from '@domain/accueil/personne.schema';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client';

const key = ['personnes'] as const;
const base = (id: string) => `/api/personnes/${encodeURIComponent(id)}`;

/** Person files by pseudonym (no identity in lists). */
export const usePersonnes = (q: string) =>
  useQuery({
    queryKey: [...key, 'liste', q],
    queryFn: ({ signal }) =>
      api.get<PersonneView[]>('/api/personnes', { query: { q: q.trim() || undefined }, signal }),
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
      return queryClient.invalidateQueries({ queryKey: [...key, 'liste'] });
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
