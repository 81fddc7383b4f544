import { Blob as NodeBlob } from 'node:buffer';
import { IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { fakeServer, load, request, settle } from '../../test/outbox-fixtures';

describe('street capture outbox', () => {
  it('sends the stored requests in order, each once, and counts the tap as pending at once', async () => {
    const server = fakeServer();
    const outbox = await load();
    outbox.setOutboxUser('u1');
    const first = outbox.enqueue(request(1));
    expect(outbox.outboxState().pending).toBe(1);
    await first;
    await outbox.enqueue(request(2));
    await outbox.enqueue(request(3));
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(server.seen.map((r) => (r.body as { n: number }).n)).toEqual([1, 2, 3]);
  });

  it('keeps a request through a dead zone and sends it when the network is back', async () => {
    const server = fakeServer(['network']);
    const outbox = await load();
    outbox.setOutboxUser('u1');
    await outbox.enqueue(request(1));
    await vi.waitFor(() => expect(outbox.outboxState().online).toBe(false));
    expect(outbox.outboxState().pending).toBe(1);
    window.dispatchEvent(new Event('online'));
    await outbox.flush();
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(server.fetch).toHaveBeenCalledTimes(2);
    expect(outbox.outboxState().online).toBe(true);
  });

  it('keeps what a lost session, a busy server or a missing CSRF token refused, and retries it', async () => {
    for (const status of [401, 408, 429, 503, 403]) {
      vi.resetModules();
      const server = fakeServer([status]);
      const outbox = await load();
      outbox.setOutboxUser('u1');
      await outbox.enqueue(request(1));
      await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));
      await vi.waitFor(() => expect(outbox.outboxState().online).toBe(false));
      expect(outbox.outboxState()).toMatchObject({ pending: 1, refused: [] });
      await outbox.flush();
      await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
      expect(outbox.outboxState().refused).toEqual([]);
      await outbox.enqueue(request(0)); // drain this loop's store before the next status
      await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    }
  });

  it('keeps a refused request with the server’s message, sends the next ones, and drops it when asked', async () => {
    const server = fakeServer([400]);
    const outbox = await load();
    outbox.setOutboxUser('u1');
    await outbox.enqueue(request(1));
    await outbox.enqueue(request(2));
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    const [refused] = outbox.outboxState().refused;
    expect(refused).toMatchObject({ label: 'Contact 1', message: 'Refusé : durée négative.' });
    expect(refused?.creeLe).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(server.fetch).toHaveBeenCalledTimes(2);
    await outbox.flush();
    expect(server.fetch).toHaveBeenCalledTimes(2); // a refusal is definitive: never sent again
    await outbox.dismissRefused(refused?.seq);
    expect(outbox.outboxState().refused).toEqual([]);
  });

  it('still shows after a reload what the server refused, until the user drops it', async () => {
    fakeServer([422]);
    const before = await load();
    before.setOutboxUser('u1');
    await before.enqueue(request(5));
    await vi.waitFor(() => expect(before.outboxState().refused).toHaveLength(1));

    vi.resetModules();
    const server = fakeServer();
    const after = await load();
    after.setOutboxUser('u1');
    await vi.waitFor(() => expect(after.outboxState().refused).toHaveLength(1));
    expect(after.outboxState()).toMatchObject({ pending: 0, queued: [] });
    expect(after.outboxState().refused[0]).toMatchObject({ label: 'Contact 5' });
    expect(server.fetch).not.toHaveBeenCalled();
    await after.dismissRefused();
    expect(after.outboxState().refused).toEqual([]);
  });

  it('lists what waits, in order, with the time of the tap', async () => {
    fakeServer(['network', 'network']); // a dead zone for both taps
    const outbox = await load();
    outbox.setOutboxUser('u1');
    await outbox.enqueue(request(1));
    await outbox.enqueue(request(2));
    await vi.waitFor(() => expect(outbox.outboxState().queued).toHaveLength(2));
    expect(outbox.outboxState().queued.map((q) => q.label)).toEqual(['Contact 1', 'Contact 2']);
    expect(outbox.outboxState().queued[0]?.creeLe).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    fakeServer(); // the network is back: drain, so no retry outlives this test
    await vi.waitFor(async () => {
      await outbox.flush();
      expect(outbox.outboxState()).toMatchObject({ pending: 0, queued: [] });
    });
  });

  it('never sends a colleague’s taps from a shared phone, and sends them when they sign in again', async () => {
    const server = fakeServer();
    const outbox = await load();
    outbox.setOutboxUser('u2');
    await outbox.enqueue(request(1, 'u1'));
    await settle();
    await outbox.flush();
    await settle();
    expect(server.fetch).not.toHaveBeenCalled();
    expect(outbox.outboxState().pending).toBe(1);
    outbox.setOutboxUser('u1');
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(server.fetch).toHaveBeenCalledTimes(1);
  });

  it('sends the signed-in user’s taps past a colleague’s that wait for their author', async () => {
    const server = fakeServer();
    const outbox = await load();
    outbox.setOutboxUser('u2');
    await outbox.enqueue(request(1, 'u1'));
    await outbox.enqueue(request(2, 'u2'));
    await vi.waitFor(() => expect(server.seen).toHaveLength(1));
    expect(server.seen[0]?.body).toEqual({ n: 2 });
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(1));
    expect(outbox.outboxState().queued.map((q) => q.label)).toEqual(['Contact 1']);
  });

  it('finds after a reload what was stored offline, and sends it', async () => {
    fakeServer(['network']);
    const before = await load();
    before.setOutboxUser('u1');
    await before.enqueue(request(7));
    await vi.waitFor(() => expect(before.outboxState().online).toBe(false));

    vi.resetModules(); // the page reloads: memory is gone, IndexedDB stays
    const server = fakeServer();
    const after = await load();
    after.setOutboxUser('u1');
    await vi.waitFor(() => expect(server.seen).toHaveLength(1));
    expect(server.seen[0]).toMatchObject({ method: 'POST', body: { n: 7 } });
  });

  it('sends 60 taps kept through a dead zone in the order of the taps, reading the store once per flush', async () => {
    fakeServer(Array(60).fill('network'));
    const outbox = await load();
    outbox.setOutboxUser('u1');
    for (let n = 1; n <= 60; n += 1) await outbox.enqueue(request(n));
    await vi.waitFor(() => expect(outbox.outboxState().queued).toHaveLength(60));
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const server = fakeServer();
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    const sent = server.seen.map((r) => (r.body as { n: number }).n);
    expect(sent).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(getAll.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('keeps a photo as a Blob until sent, after the signalement it waits for', async () => {
    // jsdom's Blob cannot be cloned into fake-indexeddb; Node's can, as a browser's can into IndexedDB.
    vi.stubGlobal('Blob', NodeBlob);
    fakeServer(['network', 'network']);
    const outbox = await load();
    outbox.setOutboxUser('u1');
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
    await outbox.enqueue({ ...request(1), path: '/api/signalements', clientId: 's1', label: 'Signalement' });
    await outbox.enqueue({
      ...request(2),
      path: '/api/signalements/s1/photos',
      body: photo,
      dependsOn: 's1',
    });
    await vi.waitFor(() => expect(outbox.outboxState().queued).toHaveLength(2));
    const server = fakeServer();
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(server.seen.map((r) => r.path)).toEqual(['/api/signalements', '/api/signalements/s1/photos']);
    const sentPhoto = server.seen[1]?.body as Blob;
    expect(sentPhoto).toBeInstanceOf(Blob);
    expect(sentPhoto.size).toBe(4);
  });

  it('refuses, with a French reason, an entry whose parent was refused, without sending it', async () => {
    const server = fakeServer([422]);
    const outbox = await load();
    outbox.setOutboxUser('u1');
    await outbox.enqueue({ ...request(1), clientId: 's1', label: 'Signalement' });
    await outbox.enqueue({ ...request(2), clientId: 'p1', dependsOn: 's1', label: 'Photo 1' });
    await outbox.enqueue({ ...request(3), dependsOn: 'p1', label: 'Suite de la photo' });
    await outbox.enqueue(request(4));
    await vi.waitFor(() => expect(outbox.outboxState().refused).toHaveLength(3));
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(server.seen.map((r) => (r.body as { n: number }).n)).toEqual([1, 4]);
    expect(outbox.outboxState().refused.map((r) => r.message)).toEqual([
      'Refusé : durée négative.',
      'Non envoyé : « Signalement » a été refusé.',
      'Non envoyé : « Photo 1 » a été refusé.',
    ]);
  });
});
