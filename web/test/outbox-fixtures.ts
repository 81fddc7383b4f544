/** What the outbox's unit tests share: a scripted server, a stored request, a fresh page load. */
import { vi } from 'vitest';
import type { OutboxRequest } from '../src/lib/outbox';

const refusal = (status: number) => ({
  error: { code: 'x', message: status === 403 ? 'Jeton CSRF manquant.' : 'Refusé : durée négative.' },
});
const retry = (status: number) => status === 401 || status === 408 || status === 429 || status >= 500;

/**
 * A scripted server: each request gets the next scripted answer (200 once the script is used up).
 * A batch (`POST /api/sync`, ADR 036) fails whole on a scripted `network`; otherwise each of its
 * entries takes the next answer, and after one to send again the rest are not run. `seen` lists
 * every entry the server got, batched or not; `batchless` answers 404 to batches (an older server).
 */
export function fakeServer(script: Array<'network' | number> = [], o: { batchless?: boolean } = {}) {
  const seen: Array<{ method: string; path: string; body: unknown }> = [];
  const batches: number[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const body = init.body instanceof Blob ? init.body : init.body ? JSON.parse(String(init.body)) : null;
    if (url === '/api/sync') {
      if (o.batchless) return new Response(JSON.stringify(refusal(404)), { status: 404 });
      if (script[0] === 'network') {
        script.shift();
        throw new TypeError('Failed to fetch');
      }
      const entrees = (body as { entrees: Array<{ method: string; path: string; body: unknown }> }).entrees;
      batches.push(entrees.length);
      let stopped = false;
      const resultats = entrees.map((e) => {
        if (stopped) return { status: 503, body: refusal(503) };
        seen.push(e);
        const next = script.shift() ?? 200;
        const status = next === 'network' ? 503 : next;
        stopped = retry(status);
        return { status, body: status < 300 ? {} : refusal(status) };
      });
      return new Response(JSON.stringify({ resultats }), { status: 200 });
    }
    seen.push({ method: String(init.method), path: url, body });
    const next = script.shift() ?? 200;
    if (next === 'network') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(next < 300 ? {} : refusal(next)), { status: next });
  });
  vi.stubGlobal('fetch', fetch);
  return { seen, fetch, batches };
}

export const request = (n: number, userId = 'u1'): OutboxRequest => ({
  method: 'POST',
  path: `/api/activites/a/contacts`,
  body: { n },
  label: `Contact ${n}`,
  userId,
});

/** Lets every pending IndexedDB callback and flush run (fake-indexeddb answers on macrotasks). */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The outbox as a fresh page load finds it (module state reset, IndexedDB kept). */
export const load = () => import('../src/lib/outbox');
