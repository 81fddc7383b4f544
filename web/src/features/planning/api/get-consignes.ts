import type { ConsigneView } from '@domain/planning/planning.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const consignesQueryKey = ['planning-consignes'] as const;

export const getConsignes = (signal?: AbortSignal) =>
  api.get<{ items: ConsigneView[] }>('/api/planning/consignes', { signal });

/** The handover notes still valid today that concern the reader, newest first. */
export const consignesQueryOptions = queryOptions({
  queryKey: consignesQueryKey,
  queryFn: ({ signal }) => getConsignes(signal),
});

export const useConsignes = () => useQuery(consignesQueryOptions);
