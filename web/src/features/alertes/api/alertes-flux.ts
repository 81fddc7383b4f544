import type { AlerteView } from '@domain/alertes/alerte.schema';
import { useEffect, useRef, useState } from 'react';

export const ALERTES_FLUX_URL = '/api/alertes/flux';

/**
 * The alerts' stream (`GET /api/alertes/flux`, Server-Sent Events): the open alerts that reach
 * the reader on connect, then each change, whichever instance it was sent on. EventSource
 * reconnects by itself (also after an instance restart) and the server sends the open alerts
 * again. `onAlerte` sees every event with the alert's previous state (for notifications); the
 * map keeps the latest state of each alert.
 */
export function useAlertesFlux(
  enabled: boolean,
  onAlerte: (a: AlerteView, before: AlerteView | undefined) => void,
): { alertes: ReadonlyMap<string, AlerteView>; connecte: boolean } {
  const [alertes, setAlertes] = useState<ReadonlyMap<string, AlerteView>>(() => new Map());
  const [connecte, setConnecte] = useState(false);
  const known = useRef(new Map<string, AlerteView>());
  const listener = useRef(onAlerte);
  listener.current = onAlerte;

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(ALERTES_FLUX_URL);
    source.onopen = () => setConnecte(true);
    source.onerror = () => setConnecte(false);
    source.addEventListener('alerte', (e) => {
      let a: AlerteView;
      try {
        a = JSON.parse((e as MessageEvent<string>).data) as AlerteView;
      } catch {
        return;
      }
      const before = known.current.get(a.id);
      known.current.set(a.id, a);
      setAlertes(new Map(known.current));
      listener.current(a, before);
    });
    return () => {
      source.close();
      setConnecte(false);
    };
  }, [enabled]);

  return { alertes, connecte };
}
