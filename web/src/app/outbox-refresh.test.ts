import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';

let pending = 0;
const listeners = new Set<() => void>();
vi.mock('../lib/outbox', () => ({
  outboxState: () => ({ pending }),
  subscribeOutbox: (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
}));
const { refreshWhenOutboxEmpties } = await import('./outbox-refresh');

const set = (n: number) => {
  pending = n;
  for (const l of listeners) l();
};

describe('screens read the server again once the outbox is empty', () => {
  it('refetches once at the end of a sync, not at each entry nor when nothing was queued', () => {
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries').mockResolvedValue();
    const stop = refreshWhenOutboxEmpties(client);
    set(0);
    expect(invalidate).not.toHaveBeenCalled();
    set(3);
    set(2);
    set(1);
    expect(invalidate).not.toHaveBeenCalled();
    set(0);
    expect(invalidate).toHaveBeenCalledTimes(1);
    set(0);
    expect(invalidate).toHaveBeenCalledTimes(1);
    stop();
    set(4);
    set(0);
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });
});
