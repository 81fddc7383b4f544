import type { RapportTextesQuery, RapportTextesView } from '@domain/rapports/rapport-textes.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const rapportTextesKey = (p: RapportTextesQuery) => ['rapports', 'textes', p.du, p.au] as const;

export const rapportTextesQueryOptions = (p: RapportTextesQuery, enabled = true) =>
  queryOptions({
    queryKey: rapportTextesKey(p),
    queryFn: ({ signal }) =>
      api.get<RapportTextesView>('/api/rapports/textes', { query: { du: p.du, au: p.au }, signal }),
    enabled,
  });

/** The bilan's written sections of the period (every staff role). */
export const useRapportTextes = (p: RapportTextesQuery, enabled = true) =>
  useQuery(rapportTextesQueryOptions(p, enabled));
