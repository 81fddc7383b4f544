import type { RapportFormat } from '@domain/rapports/rapport.schema';

/** Query key and addresses shared by the convention operations (one file each beside this one). */
export const conventionsQueryKey = ['conventions'] as const;

export const conventionPath = (id: string) => `/api/conventions/${encodeURIComponent(id)}`;

export interface ConventionPeriode {
  du?: string;
  au?: string;
}

/** URL of a convention's report, in JSON or as a document to download. */
export function conventionRapportUrl(id: string, p: ConventionPeriode, format: RapportFormat = 'json') {
  const params = new URLSearchParams();
  if (p.du) params.set('du', p.du);
  if (p.au) params.set('au', p.au);
  if (format !== 'json') params.set('format', format);
  const qs = params.toString();
  return `${conventionPath(id)}/rapport${qs ? `?${qs}` : ''}`;
}
