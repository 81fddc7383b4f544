import type { AlerteCreate, AlerteView } from '@domain/alertes/alerte.schema';
import { api } from '../../../lib/api-client';

/** Sends an alert; the same `id` sent again is the same alert (a retry after a dead zone). */
export const sendAlerte = (input: AlerteCreate) =>
  api.post<AlerteView>('/api/alertes', input, {
    networkMessage: 'Pas de réseau : l’alerte n’est pas encore partie, nouvel essai dans 3 secondes.',
  });
