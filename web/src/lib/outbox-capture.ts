/**
 * A street capture that survives a dead zone: sent at once when the network answers, otherwise
 * kept in the outbox (with its client-made ids, so whatever half-arrived is replayed harmlessly)
 * and the form says so and clears for the next capture.
 */
import { classify, enqueue, type OutboxRequest, outboxState, outboxUser } from './outbox';

/** What every capture form says when the phone keeps it. */
export const KEPT_MESSAGE = 'Enregistré sur le téléphone : envoi dès que le réseau revient.';

/** A capture's request as the outbox keeps it; its author is the signed-in user. */
export type CaptureRequest = Omit<OutboxRequest, 'userId' | 'seq' | 'creeLe' | 'refus'>;

/** The server's answer, or `kept`: the capture waits on the phone. */
export type Captured<T> = { kept: false; result: T } | { kept: true };

/** How long a capture waits for a server that does not answer before the phone keeps it. */
export const CAPTURE_WAIT_MS = 8000;

const TIMEOUT = Symbol('timeout');

/**
 * Sends `direct` unless the phone is offline or older captures still wait (the order of the taps
 * holds); on no network, a 5xx or no answer within `CAPTURE_WAIT_MS`, keeps `requests` in the
 * outbox instead. A definitive refusal (4xx) is thrown for the form to show.
 */
export async function sendOrKeep<T>(
  requests: CaptureRequest[],
  direct: () => Promise<T>,
): Promise<Captured<T>> {
  const userId = outboxUser();
  if (!userId) return { kept: false, result: await direct() };
  const keep = async (): Promise<Captured<T>> => {
    for (const r of requests) await enqueue({ ...r, userId });
    return { kept: true };
  };
  if (!navigator.onLine || outboxState().pending > 0) return keep();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sending = direct();
  // Once kept, the late answer (or failure) of the direct request no longer matters.
  sending.catch(() => undefined);
  try {
    const result = await Promise.race([
      sending,
      new Promise<typeof TIMEOUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMEOUT), CAPTURE_WAIT_MS);
      }),
    ]);
    return result === TIMEOUT ? keep() : { kept: false, result };
  } catch (error) {
    if (classify(error) === 'retry') return keep();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
