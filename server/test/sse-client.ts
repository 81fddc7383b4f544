/** A minimal Server-Sent Events client for the tests (Node has no EventSource): reads `alerte` events. */
import type { AlerteView } from '../../domain/alertes/alerte.schema';

export interface SseClient {
  events: AlerteView[];
  /** Resolves with the first event (already received or to come) matching `pred`; rejects after `ms`. */
  next(pred: (a: AlerteView) => boolean, ms?: number): Promise<AlerteView & { receivedAt: number }>;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openSse(url: string, cookie: string): Promise<SseClient> {
  const controller = new AbortController();
  const res = await fetch(url, {
    headers: { cookie: `trame_session=${cookie}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  if (res.status !== 200 || !res.body) throw new Error(`stream refused: ${res.status}`);
  const events: Array<AlerteView & { receivedAt: number }> = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  const ended = (async () => {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf('\n\n');
        while (cut >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const lines = frame.split('\n');
          if (lines.includes('event: alerte')) {
            const data = lines.find((l) => l.startsWith('data: '))!.slice(6);
            events.push({ ...(JSON.parse(data) as AlerteView), receivedAt: performance.now() });
            for (const w of waiters) w();
          }
          cut = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    ended,
    close: () => controller.abort(),
    next(pred, ms = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find(pred);
          if (hit) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('no such alert event in time'));
        }, ms);
        waiters.add(check);
        check();
      });
    },
  };
}
