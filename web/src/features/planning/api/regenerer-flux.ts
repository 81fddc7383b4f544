import type { FluxView } from '@domain/planning/planning.schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fluxQueryKey } from './get-flux';

export const regenererFlux = () => api.post<FluxView>('/api/planning/flux/regenerer');

/** New addresses: the old ones stop working (a lost phone). */
export function useRegenererFlux() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: regenererFlux,
    onSuccess: (flux) => qc.setQueryData(fluxQueryKey, flux),
  });
}
