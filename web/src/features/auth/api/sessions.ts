import type { SessionView } from '@domain/utilisateurs/utilisateur.schema';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

const sessionsKey = ['mes-sessions'] as const;

export const sessionsOptions = () =>
  queryOptions({
    queryKey: sessionsKey,
    queryFn: ({ signal }) => api.get<{ items: SessionView[] }>('/api/auth/sessions', { signal }),
  });

/** The signed-in user's open sessions, the current one flagged. */
export const useSessions = () => useQuery(sessionsOptions());

/** Closes one of them (another phone, a forgotten computer). */
export function useCloseSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/auth/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}
