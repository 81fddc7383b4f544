import type { RapportCarte } from '@domain/rapports/rapport-carte.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RapportFiltre } from './rapports';

/** URL of the hotspot map of a period (qpv is repeatable). */
export function rapportCarteUrl(f: RapportFiltre): string {
  const params = new URLSearchParams({ du: f.du, au: f.au });
  for (const code of f.qpv) params.append('qpv', code);
  return `/api/rapports/carte?${params}`;
}

export const rapportCarteQueryOptions = (f: RapportFiltre, enabled: boolean) =>
  queryOptions({
    queryKey: ['rapports', 'carte', f],
    queryFn: ({ signal }) => api.get<RapportCarte>(rapportCarteUrl(f), { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });

/** Contacts per located place and signalements per grid cell, over the report's perimeter. */
export const useRapportCarte = (f: RapportFiltre, enabled: boolean) =>
  useQuery(rapportCarteQueryOptions(f, enabled));
