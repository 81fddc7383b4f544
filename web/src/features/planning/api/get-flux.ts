import type { FluxView } from '@domain/planning/planning.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const fluxQueryKey = ['planning-flux'] as const;

export const getFlux = (signal?: AbortSignal) => api.get<FluxView>('/api/planning/flux', { signal });

/** The secret addresses of the reader's calendar feeds. */
export const fluxQueryOptions = queryOptions({
  queryKey: fluxQueryKey,
  queryFn: ({ signal }) => getFlux(signal),
});

export const useFlux = () => useQuery(fluxQueryOptions);
