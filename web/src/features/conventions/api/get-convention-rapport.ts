import type { ConventionRapport } from '@domain/conventions/convention.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type ConventionPeriode, conventionRapportUrl, conventionsQueryKey } from './keys';

export const conventionRapportQueryOptions = (id: string, p: ConventionPeriode) =>
  queryOptions({
    queryKey: [...conventionsQueryKey, 'rapport', id, p.du ?? '', p.au ?? ''],
    queryFn: ({ signal }) => api.get<ConventionRapport>(conventionRapportUrl(id, p), { signal }),
    placeholderData: keepPreviousData,
  });

/** Objectives against done, and the report, on the convention's perimeter and (clamped) period. */
export const useConventionRapport = (id: string, p: ConventionPeriode) =>
  useQuery(conventionRapportQueryOptions(id, p));
