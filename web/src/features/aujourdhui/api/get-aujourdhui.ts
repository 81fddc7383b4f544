import type { AujourdhuiView } from '@domain/aujourdhui/aujourdhui.schema';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The day's work of the signed-in user, as cards (GET /api/aujourdhui). */
export const useAujourdhui = () =>
  useQuery({
    queryKey: ['aujourdhui'],
    queryFn: ({ signal }) => api.get<AujourdhuiView>('/api/aujourdhui', { signal }),
    // Coming back to the page after an action shows the new counts.
    refetchOnMount: 'always',
  });
