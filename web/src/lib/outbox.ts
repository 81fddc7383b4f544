/**
 * Outbox of the street capture: every write is stored in IndexedDB with its client-made id,
 * then sent in order when the network answers. The server's idempotency (same id → same record)
 * makes a replay harmless, so each request is sent until it gets an answer, exactly once in effect.
 * An entry may wait for an earlier one (`dependsOn`: a photo for its signalement); if that one is
 * refused, so is the entry, with a French reason. The lists are kept in memory as entries are
 * added, sent or refused; the store is read once at start-up and once at the end of each flush.
 */
import { useSyncExternalStore } from 'react';
import { SYNC_BATCH_MAX } from '../../../domain/sync/sync-routes';
import { planSteps, type Step, sendRequests } from './outbox-batch';
import { add, nextRequests, type OutboxRequest, readAll, remove, settle } from './outbox-store';

export { classify } from './outbox-batch';
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
  /** False until the store has been read once: the indicator says nothing it does not know yet. */
  loaded: boolean;
}

let state: OutboxState = {
  pending: 0,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  queued: [],
  refused: [],
  loaded: false,
};
/** Taps being written to IndexedDB: already pending on screen, not yet in `queued`. */
let storing = 0;
/** The refused entries that others may wait for: client id → what the user did. */
let refusedParents = new Map<string, string>();

const listeners = new Set<() => void>();
let notifying = false;
/** The screen hears of changes at most once per frame (a flush of 500 entries renders a few times). */
function notify() {
  if (notifying) return;
  notifying = true;
  const run = () => {
    if (!notifying) return;
    notifying = false;
    for (const l of listeners) l();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
  // A hidden tab gets no frames: its indicator still catches up.
  setTimeout(run, 100);
}

function setState(patch: Partial<OutboxState>) {
  const next = { ...state, ...patch };
  state = { ...next, pending: next.queued.length + storing };
  notify();
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
    loaded: true,
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
/** False once the server answered that it takes no batches (an older one): one request per entry. */
let batching = true;

/** Sends the planned steps; answers each step's outcome (none: send the same ones again, one by one). */
async function run(steps: Step[]) {
  const toSend = steps.filter((s) => s.refus === undefined).map((s) => s.r);
  const sent = toSend.length ? await sendRequests(toSend) : [];
  if (sent === 'unsupported') {
    batching = false;
    return null;
  }
  let i = 0;
  return steps.map((s) => (s.refus === undefined ? sent[i++] : { refused: s.refus }));
}

/**
 * Sends the stored requests in order, JSON ones in batches; on a network failure waits (1 s, 2 s,
 * 4 s… 30 s) and retries. What a batch settles is written in one IndexedDB transaction.
 */
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
      const next = currentUser ? await nextRequests(after, currentUser, SYNC_BATCH_MAX) : [];
      if (!next.length) break;
      const steps = planSteps(next, refusedParents, batching);
      const outcomes = await run(steps);
      if (!outcomes) continue;
      const stop = outcomes.indexOf('retry');
      const done = stop === -1 ? steps : steps.slice(0, stop);
      const refusedNow = done.flatMap((s, i) => {
        const o = outcomes[i];
        return typeof o === 'object' ? [{ ...s.r, refus: o.refused }] : [];
      });
      const seqs = new Set(done.map((s) => s.r.seq as number));
      await settle(
        done.filter((_, i) => outcomes[i] === 'ok').map((s) => s.r.seq as number),
        refusedNow,
      );
      for (const r of refusedNow) if (r.clientId) refusedParents.set(r.clientId, r.label);
      if (done.length) {
        attempt = 0;
        handled += done.length;
        after = done.at(-1)?.r.seq as number;
        setState({
          online: true,
          queued: state.queued.filter((q) => !seqs.has(q.seq)),
          refused: [...state.refused, ...refusedNow.map((r) => ({ ...entry(r), message: r.refus }))],
        });
      }
      if (stop !== -1) {
        setState({ online: false });
        const delay = Math.min(30_000, 1000 * 2 ** attempt);
        attempt += 1;
        retryTimer = setTimeout(() => void flush(), delay);
        break;
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

/** Listens to the outbox's changes (at most once per frame); answers how to stop. */
export const subscribeOutbox = subscribe;

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
