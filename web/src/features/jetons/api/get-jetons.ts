import type { ApiTokenView } from '@domain/utilisateurs/utilisateur.schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** An API token as the list shows it (the domain's view). */
export type JetonView = ApiTokenView;

export const jetonsQueryKey = ['jetons'] as const;

export const getJetons = () => api.get<JetonView[]>('/api/jetons');

export const jetonsQueryOptions = queryOptions({ queryKey: jetonsQueryKey, queryFn: getJetons });

export const useJetons = () => useQuery(jetonsQueryOptions);
