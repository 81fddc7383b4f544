import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** A lost phone: removes the account's second factor (ADR 029). */
export const resetSecondFactor = (userId: string) =>
  api.delete<void>(`/api/utilisateurs/${encodeURIComponent(userId)}/deuxieme-facteur`);

export const useResetSecondFactor = () => useMutation({ mutationFn: resetSecondFactor });
