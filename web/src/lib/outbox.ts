/**
 * Outbox of the street capture: every write is stored in IndexedDB with its client-made id,
 * then sent in order when the network answers. The server's idempotency (same id → same record)
 * makes a replay harmless, so each request is sent until it gets an answer, exactly once in effect.
 * An entry may wait for an earlier one (`dependsOn`: a photo for its signalement); if that one is
 * refused, so is the entry, with a French reason. The lists are kept in memory as entries are
 * added, sent or refused; the store is read once at start-up and once at the end of each flush.
 */
import { useSyncExternalStore } from 'react';
import { ApiError, apiRequest } from './api-client';
import { add, nextRequest, type OutboxRequest, put, readAll, remove } from './outbox-store';

export type { OutboxRequest } from './outbox-store';

/** What the sync indicator lists: an entry still to send, or one the server refused. */
export interface OutboxEntry {
  seq: number;
  label: string;
  creeLe: string | null;
  /** A count without personal data: it stays on the phone through a sign-out. */
  anonyme: boolean;
  /** Who tapped (a shared phone lists a colleague's counts waiting for them too). */
  userId: string;
}

export interface OutboxState {
  pending: number;
  online: boolean;
  /** Entries still to send, in the order they will go. */
  queued: OutboxEntry[];
  /** Requests the server refused (4xx): kept, through reloads too, until the user drops them. */
  refused: Array<OutboxEntry & { message: string }>;
}

let state: OutboxState = {
  pending: 0,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  queued: [],
  refused: [],
};
/** Taps being written to IndexedDB: already pending on screen, not yet in `queued`. */
let storing = 0;
/** The refused entries that others may wait for: client id → what the user did. */
let refusedParents = new Map<string, string>();

const listeners = new Set<() => void>();
function setState(patch: Partial<OutboxState>) {
  const next = { ...state, ...patch };
  state = { ...next, pending: next.queued.length + storing };
  for (const l of listeners) l();
}

const entry = (r: OutboxRequest): OutboxEntry => ({
  seq: r.seq as number,
  label: r.label,
  creeLe: r.creeLe ?? null,
  anonyme: r.anonyme === true,
  userId: r.userId,
});

/**
 * Reads the store again: what waits, what was refused (both survive a reload). A tap stored
 * after this read (a seq past the last one read) stays listed.
 */
async function refreshCount() {
  const all = await readAll();
  const last = all.at(-1)?.seq ?? 0;
  const refusedRows = all.filter((r) => r.refus !== undefined);
  refusedParents = new Map(refusedRows.flatMap((r) => (r.clientId ? [[r.clientId, r.label]] : [])));
  setState({
    queued: [
      ...all.filter((r) => r.refus === undefined).map(entry),
      ...state.queued.filter((q) => q.seq > last),
    ],
    refused: refusedRows.map((r) => ({ ...entry(r), message: r.refus as string })),
  });
}

/**
 * Stores the request (it survives a reload) and starts sending. It counts as pending from the
 * tap on: « tout est enregistré » is never shown while the request is still being stored (a
 * reload then could leave it to be sent again, harmlessly, but the screen would have lied).
 */
export async function enqueue(request: OutboxRequest): Promise<void> {
  storing += 1;
  setState({});
  const stored = { ...request, creeLe: new Date().toISOString() };
  try {
    const seq = await add(stored);
    storing -= 1;
    // The start-up read may already have found it.
    if (!state.queued.some((q) => q.seq === seq))
      setState({ queued: [...state.queued, entry({ ...stored, seq })] });
    else setState({});
  } catch (error) {
    storing -= 1;
    setState({});
    throw error;
  }
  void flush();
}

let currentUser: string | null = null;
/** The signed-in user whose requests may be sent; the others wait for their owner. */
export function setOutboxUser(userId: string) {
  if (currentUser === userId) return;
  currentUser = userId;
  // Read the store first: what a previous page load left (refused ones included) shows at once.
  void refreshCount().then(flush);
}

/** The user the outbox sends for (null before the shell knows who is signed in). */
export const outboxUser = () => currentUser;

/** What a sign-out leaves (`comptes`, anonymous counts) and erases (`personnelles`) of a user's entries. */
export function userEntries(s: OutboxState, userId: string | null) {
  const mine = [...s.queued, ...s.refused].filter((e) => e.userId === userId);
  const personnelles = mine.filter((e) => !e.anonyme).length;
  return { comptes: mine.length - personnelles, personnelles };
}

/**
 * At sign-out (issue 15 part 5, shared phones): this user's entries holding personal data —
 * notes, persons, photos, refused bodies — are erased from the phone; their anonymous counts stay,
 * bound to them, and leave at their next sign-in here. Nothing is sent for anyone until then.
 */
export async function forgetUser(userId: string): Promise<void> {
  currentUser = null;
  clearTimeout(retryTimer);
  for (const r of await readAll()) if (r.userId === userId && !r.anonyme) await remove(r.seq as number);
  await refreshCount();
}

let running = false;
let rerun = false;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let attempt = 0;

type Outcome = 'ok' | 'retry' | { refused: string };

/** What a failed request means for a capture: try again later, or the server's definitive refusal. */
export function classify(error: unknown): Outcome {
  // Thrown after a 2xx only (its body was not JSON): the server has the request.
  if (!(error instanceof ApiError)) return 'ok';
  const { status, message } = error;
  // No network, a session to renew, a server hiccup, too many requests: keep it, try again later.
  if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) return 'retry';
  // The CSRF token comes back with the session once the page reaches the server again.
  if (status === 403 && message.includes('CSRF')) return 'retry';
  return { refused: message };
}

/** Sends one stored request through the API client, and says what to do with it. */
async function send(r: OutboxRequest): Promise<Outcome> {
  const parent = r.dependsOn ? refusedParents.get(r.dependsOn) : undefined;
  if (parent !== undefined) return { refused: `Non envoyé : « ${parent} » a été refusé.` };
  try {
    await apiRequest(r.path, { method: r.method, body: r.body, skipUnauthorizedRedirect: true });
    return 'ok';
  } catch (error) {
    return classify(error);
  }
}

/** Sends the stored requests in order; on a network failure waits (1 s, 2 s, 4 s… 30 s) and retries. */
export async function flush(): Promise<void> {
  if (running) {
    // A tap stored while this flush was ending: look again once it is done.
    rerun = true;
    return;
  }
  running = true;
  rerun = false;
  clearTimeout(retryTimer);
  let handled = 0;
  try {
    for (let after = 0; ; ) {
      const first = currentUser ? await nextRequest(after, currentUser) : undefined;
      if (!first) break;
      const seq = first.seq as number;
      const outcome = await send(first);
      if (outcome === 'retry') {
        setState({ online: false });
        const delay = Math.min(30_000, 1000 * 2 ** attempt);
        attempt += 1;
        retryTimer = setTimeout(() => void flush(), delay);
        break;
      }
      attempt = 0;
      after = seq;
      handled += 1;
      const queued =
        state.queued[0]?.seq === seq ? state.queued.slice(1) : state.queued.filter((q) => q.seq !== seq);
      if (outcome === 'ok') {
        await remove(seq);
        setState({ online: true, queued });
      } else {
        await put({ ...first, refus: outcome.refused });
        if (first.clientId) refusedParents.set(first.clientId, first.label);
        setState({
          online: true,
          queued,
          refused: [...state.refused, { ...entry(first), message: outcome.refused }],
        });
      }
    }
  } finally {
    running = false;
  }
  if (handled) await refreshCount();
  // After a failed send the backoff's timer (or the `online` event) sends again, not a rerun.
  if (rerun && state.online) void flush();
}

let started = false;
function start() {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => {
    attempt = 0;
    setState({ online: true });
    void flush();
  });
  window.addEventListener('offline', () => setState({ online: false }));
  void refreshCount().then(flush);
}

const subscribe = (listener: () => void) => {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const snapshot = () => state;

/** Pending count, network state and refused requests, live. */
export const useOutbox = () => useSyncExternalStore(subscribe, snapshot);

/** The same, read once (outside React: the unit tests). */
export const outboxState = snapshot;

/** Drops a refused entry (or every refused one): the user has read why and will redo it if need be. */
export async function dismissRefused(seq?: number): Promise<void> {
  const drop = seq === undefined ? state.refused.map((r) => r.seq) : [seq];
  for (const s of drop) await remove(s);
  setState({ refused: state.refused.filter((r) => !drop.includes(r.seq)) });
}
