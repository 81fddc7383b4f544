import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** A new one-time link; the previous one stops working. */
export const createActivationLink = (userId: string) =>
  api.post<{ activationUrl: string }>(`/api/utilisateurs/${encodeURIComponent(userId)}/lien-activation`);

export const useCreateActivationLink = () => useMutation({ mutationFn: createActivationLink });
