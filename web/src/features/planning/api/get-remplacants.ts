import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { planningQueryKey } from './get-planning';

export interface Remplacants {
  creneauId: string;
  remplacants: Array<{ id: string; nom: string; heuresSemaine: number }>;
}

export const getRemplacants = (id: string, signal?: AbortSignal) =>
  api.get<Remplacants>(`/api/planning/creneaux/${encodeURIComponent(id)}/remplacants`, { signal });

/** Colleagues free during a shift, fewest planned hours that week first. */
export const remplacantsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...planningQueryKey, 'remplacants', id],
    queryFn: ({ signal }) => getRemplacants(id, signal),
  });

export const useRemplacants = (id: string) => useQuery(remplacantsQueryOptions(id));
