import type { SecteurCreateInput, SecteurView } from '@domain/territoires/territoire.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { territoiresQueryKey } from './get-territoires';

export const updateSecteur = ({ id, ...input }: SecteurCreateInput & { id: string }) =>
  api.patch<SecteurView>(`/api/secteurs/${encodeURIComponent(id)}`, input);

export function useUpdateSecteur() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSecteur,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: territoiresQueryKey }),
  });
}
