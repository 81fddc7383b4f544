import type { AlerteView } from '@domain/alertes/alerte.schema';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const prendreEnCharge = (id: string) =>
  api.post<AlerteView>(`/api/alertes/${encodeURIComponent(id)}/prise-en-charge`);

/** Takes an alert in charge; the stream then tells everyone, the sender first. */
export const usePrendreEnCharge = () => useMutation({ mutationFn: prendreEnCharge });
