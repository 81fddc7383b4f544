import type { Role } from '@domain/auth/roles';
import type { UserView } from '@domain/utilisateurs/utilisateur.schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface UserFilters {
  q?: string;
  role?: Role | null;
}

export const utilisateursQueryKey = ['utilisateurs'] as const;

export const getUtilisateurs = (filters: UserFilters = {}, signal?: AbortSignal) =>
  api.get<UserView[]>('/api/utilisateurs', { query: { q: filters.q?.trim(), role: filters.role }, signal });

export const utilisateursQueryOptions = (filters: UserFilters = {}) =>
  queryOptions({
    queryKey: [...utilisateursQueryKey, filters.q?.trim() ?? '', filters.role ?? ''],
    queryFn: ({ signal }) => getUtilisateurs(filters, signal),
    placeholderData: keepPreviousData,
  });

export const useUtilisateurs = (filters: UserFilters = {}) => useQuery(utilisateursQueryOptions(filters));
