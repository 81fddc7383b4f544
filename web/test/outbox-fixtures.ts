/** What the outbox's unit tests share: a scripted server, a stored request, a fresh page load. */
import { vi } from 'vitest';
import type { OutboxRequest } from '../src/lib/outbox';

/** A scripted server: each request gets the next scripted answer (200 once the script is used up). */
export function fakeServer(script: Array<'network' | number> = []) {
  const seen: Array<{ method: string; path: string; body: unknown }> = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    seen.push({
      method: String(init.method),
      path: url,
      body: init.body instanceof Blob ? init.body : init.body ? JSON.parse(String(init.body)) : null,
    });
    const next = script.shift() ?? 200;
    if (next === 'network') throw new TypeError('Failed to fetch');
    const error = {
      error: { code: 'x', message: next === 403 ? 'Jeton CSRF manquant.' : 'Refusé : durée négative.' },
    };
    return new Response(JSON.stringify(next < 300 ? {} : error), { status: next });
  });
  vi.stubGlobal('fetch', fetch);
  return { seen, fetch };
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
