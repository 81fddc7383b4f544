import type { apiTokenCreateSchema } from '@domain/utilisateurs/utilisateur.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { type JetonView, jetonsQueryKey } from './get-jetons';

export type JetonCreateInput = z.output<typeof apiTokenCreateSchema>;
/** The secret comes once, in this answer only. */
export type JetonCreated = JetonView & { secret: string };

export const createJeton = (input: JetonCreateInput) => api.post<JetonCreated>('/api/jetons', input);

export function useCreateJeton() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createJeton,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jetonsQueryKey }),
  });
}
