import { Blob as NodeBlob } from 'node:buffer';
import { IDBDatabase } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { fakeServer, load, request, settle } from '../../test/outbox-fixtures';

/** ADR 036: the outbox's JSON entries leave in batches, each still answered on its own. */
describe('outbox batches', () => {
  /** `n` taps kept while nobody is signed in, then the user is: the outbox sends them all. */
  async function queued(n: number) {
    const outbox = await load();
    for (let i = 1; i <= n; i += 1) await outbox.enqueue(request(i));
    await settle();
    return outbox;
  }

  it('sends 120 entries in batches of 50, in order, settling each batch in one IndexedDB transaction', async () => {
    const outbox = await queued(120);
    const server = fakeServer();
    const writes = vi.spyOn(IDBDatabase.prototype, 'transaction');
    outbox.setOutboxUser('u1');
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(server.fetch).toHaveBeenCalledTimes(3);
    expect(server.batches).toEqual([50, 50, 20]);
    expect(server.seen.map((r) => (r.body as { n: number }).n)).toEqual(
      Array.from({ length: 120 }, (_, i) => i + 1),
    );
    const readWrite = writes.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(readWrite).toHaveLength(3);
  });

  it('keeps a refused entry with its French reason and sends the others of its batch', async () => {
    const outbox = await queued(3);
    fakeServer([201, 422, 201]);
    outbox.setOutboxUser('u1');
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(outbox.outboxState().refused).toMatchObject([
      { label: 'Contact 2', message: 'Refusé : durée négative.' },
    ]);
  });

  it('after a server error in a batch, keeps that entry and the ones not run, and sends them again in order', async () => {
    const outbox = await queued(3);
    const server = fakeServer([201, 503]);
    outbox.setOutboxUser('u1');
    await vi.waitFor(() => expect(outbox.outboxState().online).toBe(false));
    expect(outbox.outboxState().queued.map((q) => q.label)).toEqual(['Contact 2', 'Contact 3']);
    await outbox.flush();
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(server.seen.map((r) => (r.body as { n: number }).n)).toEqual([1, 2, 2, 3]);
    expect(outbox.outboxState().refused).toEqual([]);
  });

  it('keeps the whole batch through a dead zone', async () => {
    const outbox = await queued(4);
    fakeServer(['network']);
    outbox.setOutboxUser('u1');
    await vi.waitFor(() => expect(outbox.outboxState().online).toBe(false));
    expect(outbox.outboxState().pending).toBe(4);
  });

  it('ends a batch at a photo, which goes alone after the signalement it waits for', async () => {
    vi.stubGlobal('Blob', NodeBlob);
    const outbox = await load();
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
    await outbox.enqueue(request(1));
    await outbox.enqueue({ ...request(2), path: '/api/signalements', clientId: 's1', label: 'Signalement' });
    await outbox.enqueue({
      ...request(3),
      path: '/api/signalements/s1/photos',
      body: photo,
      dependsOn: 's1',
    });
    await outbox.enqueue(request(4));
    await outbox.enqueue(request(5));
    await settle();
    const server = fakeServer();
    outbox.setOutboxUser('u1');
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    const urls = server.fetch.mock.calls.map(([url]) => url);
    expect(urls).toEqual(['/api/sync', '/api/signalements/s1/photos', '/api/sync']);
    expect(server.batches).toEqual([2, 2]);
  });

  it('sends one request per entry to an older server without the batch route (404)', async () => {
    const outbox = await queued(3);
    const server = fakeServer([], { batchless: true });
    outbox.setOutboxUser('u1');
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    const urls = server.fetch.mock.calls.map(([url]) => url);
    expect(urls).toEqual(['/api/sync', ...Array(3).fill('/api/activites/a/contacts')]);
    expect(server.seen.map((r) => (r.body as { n: number }).n)).toEqual([1, 2, 3]);
    expect(outbox.outboxState().refused).toEqual([]);
  });

  it('tells its listeners at most once per frame, whatever the number of entries settled', async () => {
    const outbox = await queued(120);
    fakeServer();
    const heard = vi.fn();
    const stop = outbox.subscribeOutbox(heard);
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    outbox.setOutboxUser('u1');
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    await settle();
    expect(heard.mock.calls.length).toBeGreaterThan(0);
    expect(heard.mock.calls.length).toBeLessThanOrEqual(frames.mock.calls.length);
    // Each of the 3 batches changed the state at least twice (sent, then the store read again).
    expect(heard.mock.calls.length).toBeLessThan(6);
    stop();
  });

  it('says nothing of the queue before the store is read once', async () => {
    const before = await queued(2);
    expect(before.outboxState().loaded).toBe(false);
    vi.resetModules(); // a page load
    fakeServer(['network']);
    const after = await load();
    expect(after.outboxState()).toMatchObject({ loaded: false, pending: 0 });
    after.setOutboxUser('u1');
    await vi.waitFor(() => expect(after.outboxState().loaded).toBe(true));
    expect(after.outboxState().pending).toBe(2);
  });
});
