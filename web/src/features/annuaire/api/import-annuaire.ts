import type { ImportReport } from '@domain/annuaire/annuaire.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const EXPORT_URLS = {
  structures: '/api/annuaire/export/data-inclusion/structures',
  services: '/api/annuaire/export/data-inclusion/services',
} as const;

/** Sends `{structures, services}` as the national API serves them; answers what was kept and rejected. */
export const useImportAnnuaire = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (payload: { structures: unknown[]; services: unknown[] }) =>
      api.post<ImportReport>('/api/annuaire/import/data-inclusion', payload),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['annuaire'] }),
  });
};

export const useLinkService = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; partenaireId: string | null; qpvCodes: string[] }) =>
      api.patch(`/api/annuaire/services/${encodeURIComponent(id)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['annuaire'] }),
  });
};
