import { anneePrecedente, type RapportActivite, type RapportFormat } from '@domain/rapports/rapport.schema';
import { isPeriode } from '@domain/time/periode';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface RapportFiltre {
  du: string;
  au: string;
  qpv: string[];
}

/** URL of the report, in JSON or as a document to download (qpv is repeatable). */
export function rapportUrl(f: RapportFiltre, format: RapportFormat = 'json'): string {
  const params = new URLSearchParams({ du: f.du, au: f.au });
  for (const code of f.qpv) params.append('qpv', code);
  if (format !== 'json') params.set('format', format);
  return `/api/rapports/activite?${params}`;
}

export const rapportQueryOptions = (f: RapportFiltre, enabled: boolean) =>
  queryOptions({
    queryKey: ['rapports', 'activite', f],
    queryFn: ({ signal }) => api.get<RapportActivite>(rapportUrl(f), { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });

/** The report of the period and of the same period one year earlier. */
export function useRapportCompare(f: RapportFiltre) {
  const valid = isPeriode(f.du, f.au);
  const courant = useQuery(rapportQueryOptions(f, valid));
  const precedent = useQuery(
    rapportQueryOptions(
      { ...f, du: valid ? anneePrecedente(f.du) : f.du, au: valid ? anneePrecedente(f.au) : f.au },
      valid,
    ),
  );
  return { valid, courant, precedent };
}
