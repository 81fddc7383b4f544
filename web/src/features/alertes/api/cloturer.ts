import type { AlerteCloture, AlerteView } from '@domain/alertes/alerte.schema';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const cloturerAlerte = ({ id, debrief }: { id: string; debrief: AlerteCloture }) =>
  api.post<AlerteView>(`/api/alertes/${encodeURIComponent(id)}/cloture`, debrief);

/** Closes an alert with its debrief. */
export const useCloturerAlerte = () => useMutation({ mutationFn: cloturerAlerte });
