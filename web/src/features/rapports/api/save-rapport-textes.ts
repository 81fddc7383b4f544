import type {
  RapportTextes,
  RapportTextesQuery,
  RapportTextesView,
} from '@domain/rapports/rapport-textes.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { rapportTextesKey } from './get-rapport-textes';

export const saveRapportTextes = (input: RapportTextesQuery & { sections: RapportTextes }) =>
  api.put<RapportTextesView>('/api/rapports/textes', input);

/** Saves every section of the form (an empty one is removed); the answer replaces the cache. */
export function useSaveRapportTextes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRapportTextes,
    onSuccess: (view) => queryClient.setQueryData(rapportTextesKey(view), view),
  });
}
