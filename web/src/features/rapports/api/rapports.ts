import { anneePrecedente, type RapportActivite, type RapportFormat } from '@domain/rapports/rapport.schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
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

const useRapport = (f: RapportFiltre, enabled: boolean) =>
  useQuery({
    queryKey: ['rapports', 'activite', f],
    queryFn: ({ signal }) => api.get<RapportActivite>(rapportUrl(f), { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });

/** The report of the period and of the same period one year earlier. */
export function useRapportCompare(f: RapportFiltre) {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(f.du) && /^\d{4}-\d{2}-\d{2}$/.test(f.au) && f.du <= f.au;
  const courant = useRapport(f, valid);
  const precedent = useRapport(
    { ...f, du: valid ? anneePrecedente(f.du) : f.du, au: valid ? anneePrecedente(f.au) : f.au },
    valid,
  );
  return { valid, courant, precedent };
}
