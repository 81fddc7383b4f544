import type {
  RapportTextes,
  RapportTextesQuery,
  RapportTextesView,
} from '@domain/rapports/rapport-textes.schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api-client';

const textesKey = (p: RapportTextesQuery) => ['rapports', 'textes', p.du, p.au] as const;

/** The bilan's written sections of the period (every staff role). */
export function useRapportTextes(p: RapportTextesQuery, enabled = true) {
  return useQuery({
    queryKey: textesKey(p),
    queryFn: ({ signal }) =>
      api.get<RapportTextesView>('/api/rapports/textes', { query: { du: p.du, au: p.au }, signal }),
    enabled,
  });
}

/** Saves every section of the form (an empty one is removed); the answer replaces the cache. */
export function useSaveRapportTextes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RapportTextesQuery & { sections: RapportTextes }) =>
      apiRequest<RapportTextesView>('/api/rapports/textes', { method: 'PUT', body: input }),
    onSuccess: (view) => queryClient.setQueryData(textesKey(view), view),
  });
}
