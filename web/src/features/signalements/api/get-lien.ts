import type { LienView } from '@domain/signalements/signalement.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { lienPath, lienQueryKey } from './keys';

export const lienQueryOptions = (token: string) =>
  queryOptions({
    queryKey: lienQueryKey(token),
    queryFn: ({ signal }) => api.get<LienView>(lienPath(token), { signal, skipUnauthorizedRedirect: true }),
    retry: false,
  });

/** The partner's signed link: no session, the token is the key. */
export const useLien = (token: string) => useQuery(lienQueryOptions(token));
