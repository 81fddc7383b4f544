import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface JetonView {
  id: string;
  nom: string;
  /** First characters of the secret, to recognise it. */
  prefix: string;
  userId: string;
  createdAt: string;
  /** Chosen at creation, one year at most. */
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export const jetonsQueryKey = ['jetons'] as const;

export const getJetons = () => api.get<JetonView[]>('/api/jetons');

export const jetonsQueryOptions = queryOptions({ queryKey: jetonsQueryKey, queryFn: getJetons });

export const useJetons = () => useQuery(jetonsQueryOptions);
