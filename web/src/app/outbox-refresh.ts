/**
 * Once the outbox has sent what the phone held (its queue back to empty), the screens read the
 * server again: a count sent from the door, a demande captured in a dead zone then show as the
 * server has them, not as they were cached before the network came back. Only at the end of a
 * sync (not at each entry), so a 500-entry sync refetches once.
 */
import type { QueryClient } from '@tanstack/react-query';
import { outboxState, subscribeOutbox } from '../lib/outbox';

export function refreshWhenOutboxEmpties(client: QueryClient): () => void {
  let before = outboxState().pending;
  const stop = subscribeOutbox(() => {
    const { pending } = outboxState();
    if (before > 0 && pending === 0) void client.invalidateQueries();
    before = pending;
  });
  return () => {
    stop();
  };
}
