import type { ConservationView } from '@domain/confidentialite/confidentialite.schema';
import type { Periodes } from '@domain/confidentialite/conservation';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

const key = ['conservation'] as const;
const path = '/api/structure/conservation';

export const conservationOptions = () =>
  queryOptions({ queryKey: key, queryFn: ({ signal }) => api.get<ConservationView>(path, { signal }) });

/** The structure's retention periods, their bounds and the next purge. */
export const useConservation = () => useQuery(conservationOptions());

export function useSetConservation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (periodes: Periodes) => api.put<ConservationView>(path, periodes),
    onSuccess: (data) => client.setQueryData(key, data),
  });
}
