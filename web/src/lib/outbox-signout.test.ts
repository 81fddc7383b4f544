import { describe, expect, it, vi } from 'vitest';
import { fakeServer, load, request, settle } from '../../test/outbox-fixtures';

/** Issue 15 part 5: a phone shared by the team keeps no one's notes after they sign out. */
describe('outbox at sign-out on a shared phone', () => {
  it('erases the user’s entries holding personal data, keeps their anonymous counts for their next sign-in only', async () => {
    fakeServer(Array(10).fill('network')); // a dead zone: nothing leaves before the sign-out
    const outbox = await load();
    outbox.setOutboxUser('u1');
    await outbox.enqueue({ ...request(1), anonyme: true });
    await outbox.enqueue({ ...request(2), label: 'Observation', body: { note: 'M. X, hall B' } });
    await outbox.enqueue({ ...request(3), anonyme: true });
    await vi.waitFor(() => expect(outbox.outboxState().queued).toHaveLength(3));
    expect(outbox.userEntries(outbox.outboxState(), 'u1')).toEqual({ comptes: 2, personnelles: 1 });

    await outbox.forgetUser('u1');
    expect(outbox.outboxState().queued.map((q) => q.label)).toEqual(['Contact 1', 'Contact 3']);
    expect(outbox.userEntries(outbox.outboxState(), 'u1')).toEqual({ comptes: 2, personnelles: 0 });

    // A colleague signs in, online: the first user's counts wait for them, and nothing of theirs leaves.
    const server = fakeServer();
    outbox.setOutboxUser('u2');
    await settle();
    await outbox.flush();
    await settle();
    expect(server.fetch).not.toHaveBeenCalled();
    expect(outbox.userEntries(outbox.outboxState(), 'u2')).toEqual({ comptes: 0, personnelles: 0 });

    // Their author signs in again: the two counts leave, in order, and the note never does.
    outbox.setOutboxUser('u1');
    await vi.waitFor(() => expect(outbox.outboxState().pending).toBe(0));
    expect(server.seen.map((r) => r.body)).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('erases a refused entry’s body too: it holds what the user typed', async () => {
    fakeServer([422]);
    const outbox = await load();
    outbox.setOutboxUser('u1');
    await outbox.enqueue({ ...request(1), label: 'Demande' });
    await vi.waitFor(() => expect(outbox.outboxState().refused).toHaveLength(1));
    expect(outbox.userEntries(outbox.outboxState(), 'u1')).toEqual({ comptes: 0, personnelles: 1 });
    await outbox.forgetUser('u1');
    expect(outbox.outboxState().refused).toEqual([]);
    const reloaded = await (vi.resetModules(), load());
    reloaded.setOutboxUser('u1');
    await settle();
    expect(reloaded.outboxState()).toMatchObject({ pending: 0, refused: [] });
  });
});
