import type { SecteurCreateInput, SecteurView } from '@domain/territoires/territoire.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { territoiresQueryKey } from './get-territoires';

export const createSecteur = ({ territoireId, ...input }: SecteurCreateInput & { territoireId: string }) =>
  api.post<SecteurView>(`/api/territoires/${encodeURIComponent(territoireId)}/secteurs`, input);

export function useCreateSecteur() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSecteur,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: territoiresQueryKey }),
  });
}
