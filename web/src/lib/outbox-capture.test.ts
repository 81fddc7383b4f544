import { afterEach, describe, expect, it, vi } from 'vitest';

/** A server that answers every request with `status` (or no network at all), counting the calls. */
function server(status: number | 'network') {
  const fetch = vi.fn(async () => {
    if (status === 'network') throw new TypeError('Failed to fetch');
    const body = status < 300 ? { id: 'd1' } : { error: { code: 'x', message: 'Motif inconnu.' } };
    return new Response(JSON.stringify(body), { status });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const request = {
  method: 'POST' as const,
  path: '/api/demandes',
  body: { id: 'd1' },
  clientId: 'd1',
  label: 'Demande',
};

/** The outbox and the capture helper as a page loads them, bound to the signed-in user. */
async function load() {
  const outbox = await import('./outbox');
  const capture = await import('./outbox-capture');
  outbox.setOutboxUser('u1');
  await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
  return { outbox, sendOrKeep: capture.sendOrKeep };
}

const direct = () => import('./api-client').then(({ api }) => api.post<{ id: string }>('/api/demandes', {}));

afterEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
});

describe('a street capture: sent, or kept on the phone', () => {
  it('answers the server’s record when the network answers, and keeps nothing', async () => {
    server(201);
    const { outbox, sendOrKeep } = await load();
    expect(await sendOrKeep([request], direct)).toEqual({ kept: false, result: { id: 'd1' } });
    expect(outbox.outboxState().queued).toEqual([]);
  });

  it('keeps it without trying when the phone is offline', async () => {
    server('network');
    const { outbox, sendOrKeep } = await load();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const send = vi.fn(direct);
    const captured = await sendOrKeep([request], send);
    expect(send).not.toHaveBeenCalled();
    expect(captured).toEqual({ kept: true });
    expect(outbox.outboxState().pending).toBe(1);
    expect(outbox.outboxState().queued.map((q) => q.label)).toEqual(['Demande']);
    server(201); // drain, so no retry outlives this test
    await outbox.flush();
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
  });

  it('keeps it when the network drops or the server fails (5xx)', async () => {
    for (const status of ['network', 503] as const) {
      vi.resetModules();
      server(status);
      const { outbox, sendOrKeep } = await load();
      expect(await sendOrKeep([request], direct)).toEqual({ kept: true });
      await vi.waitFor(() => expect(outbox.outboxState().queued).toHaveLength(1));
      server(201); // the network is back: the kept capture leaves, so no retry outlives the loop
      await outbox.flush();
      await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    }
  });

  it('shows a definitive refusal (4xx) in the form and keeps nothing', async () => {
    server(422);
    const { outbox, sendOrKeep } = await load();
    await expect(sendOrKeep([request], direct)).rejects.toMatchObject({
      status: 422,
      message: 'Motif inconnu.',
    });
    expect(outbox.outboxState()).toMatchObject({ pending: 0, queued: [], refused: [] });
  });

  it('goes behind the captures still waiting, so the order of the taps holds', async () => {
    server('network');
    const { outbox, sendOrKeep } = await load();
    await sendOrKeep([{ ...request, label: 'Première' }], direct);
    const fetch = server(201);
    expect(await sendOrKeep([{ ...request, label: 'Seconde' }], direct)).toEqual({ kept: true });
    await outbox.flush();
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(fetch).toHaveBeenCalledTimes(2); // both through the outbox, in order; no direct send
  });
});
