import type { DeuxiemeFacteurEtat } from '@domain/utilisateurs/deuxieme-facteur.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const secondFactorKey = ['mon-deuxieme-facteur'] as const;
export const SECOND_FACTOR_URL = '/api/auth/compte/deuxieme-facteur';

export const secondFactorQueryOptions = () =>
  queryOptions({
    queryKey: secondFactorKey,
    queryFn: ({ signal }) => api.get<DeuxiemeFacteurEtat>(SECOND_FACTOR_URL, { signal }),
  });

/** « Mon compte »: whether the second factor is on, required, and the recovery codes left. */
export const useSecondFactor = () => useQuery(secondFactorQueryOptions());
