import type { AlerteCloture, AlerteView } from '@domain/alertes/alerte.schema';
import { api } from '../../../lib/api-client';
import { useInvalidatingMutation } from '../../../lib/mutation';

export const cloturerAlerte = ({ id, debrief }: { id: string; debrief: AlerteCloture }) =>
  api.post<AlerteView>(`/api/alertes/${encodeURIComponent(id)}/cloture`, debrief);

/** Closes an alert with its debrief; the incidents of the year count it at once. */
export const useCloturerAlerte = () => useInvalidatingMutation(cloturerAlerte, [['alertes', 'incidents']]);
