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
    // Held while the browser is offline and sent on return (the form says so): not a street
    // capture, so not the outbox, and not the app's default of failing at once offline.
    networkMode: 'online',
    onSuccess: (view) => queryClient.setQueryData(rapportTextesKey(view), view),
  });
}
