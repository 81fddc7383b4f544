/**
 * Outbox of the street capture: every write is stored in IndexedDB with its client-made id,
 * then sent in order when the network answers. The server's idempotency (same id → same record)
 * makes a replay harmless, so each request is sent until it gets an answer, exactly once in effect.
 */
import { useSyncExternalStore } from 'react';
import { ApiError, apiRequest } from './api-client';

export interface OutboxRequest {
  seq?: number;
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** What the user did, in French, shown if the server refuses it. */
  label: string;
  /** Who tapped: only their session sends it (a shared phone never sends a colleague's taps). */
  userId: string;
  /** When it was tapped (ISO), set by `enqueue`. */
  creeLe?: string;
  /** The server's definitive refusal (a 4xx and its French reason): kept until the user drops it. */
  refus?: string;
}

/** What the sync indicator lists: an entry still to send, or one the server refused. */
export interface OutboxEntry {
  seq: number;
  label: string;
  creeLe: string | null;
}

export interface OutboxState {
  pending: number;
  online: boolean;
  /** Entries still to send, in the order they will go. */
  queued: OutboxEntry[];
  /** Requests the server refused (4xx): kept, through reloads too, until the user drops them. */
  refused: Array<OutboxEntry & { message: string }>;
}

const DB = 'trame-outbox';
const STORE = 'requetes';

let dbPromise: Promise<IDBDatabase> | null = null;
function openDb(): Promise<IDBDatabase> {
  dbPromise ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return dbPromise;
}

async function tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    const req = run(t.objectStore(STORE));
    t.oncomplete = () => resolve(req.result);
    t.onerror = () => reject(t.error);
  });
}

let state: OutboxState = {
  pending: 0,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  queued: [],
  refused: [],
};
const listeners = new Set<() => void>();
function setState(patch: Partial<OutboxState>) {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

/** Reads the store again: what waits, what was refused (both survive a reload). */
async function refreshCount() {
  const all = (await tx('readonly', (s) => s.getAll())) as OutboxRequest[];
  const entry = (r: OutboxRequest): OutboxEntry => ({
    seq: r.seq as number,
    label: r.label,
    creeLe: r.creeLe ?? null,
  });
  const queued = all.filter((r) => r.refus === undefined).map(entry);
  const refused = all
    .filter((r) => r.refus !== undefined)
    .map((r) => ({ ...entry(r), message: r.refus as string }));
  setState({ pending: queued.length, queued, refused });
}

/**
 * Stores the request (it survives a reload) and starts sending. It counts as pending from the
 * tap on: « tout est enregistré » is never shown while the request is still being stored (a
 * reload then could leave it to be sent again, harmlessly, but the screen would have lied).
 */
export async function enqueue(request: OutboxRequest): Promise<void> {
  setState({ pending: state.pending + 1 });
  await tx('readwrite', (s) => s.add({ ...request, creeLe: new Date().toISOString() }));
  await refreshCount();
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

let running = false;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let attempt = 0;

type Outcome = 'ok' | 'retry' | { refused: string };

/** Sends one stored request through the API client, and says what to do with it. */
async function send(r: OutboxRequest): Promise<Outcome> {
  try {
    await apiRequest(r.path, { method: r.method, body: r.body, skipUnauthorizedRedirect: true });
    return 'ok';
  } catch (error) {
    // Thrown after a 2xx only (its body was not JSON): the server has the request.
    if (!(error instanceof ApiError)) return 'ok';
    const { status, message } = error;
    // No network, a session to renew, a server hiccup, too many requests: keep it, try again later.
    if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) return 'retry';
    // The CSRF token comes back with the session once the page reaches the server again.
    if (status === 403 && message.includes('CSRF')) return 'retry';
    return { refused: message };
  }
}

/** Sends the stored requests in order; on a network failure waits (1 s, 2 s, 4 s… 30 s) and retries. */
export async function flush(): Promise<void> {
  if (running) return;
  running = true;
  clearTimeout(retryTimer);
  try {
    for (;;) {
      const first = await firstRequest();
      if (!first || first.userId !== currentUser) break;
      const outcome = await send(first);
      if (outcome === 'retry') {
        setState({ online: false });
        const delay = Math.min(30_000, 1000 * 2 ** attempt);
        attempt += 1;
        retryTimer = setTimeout(() => void flush(), delay);
        break;
      }
      attempt = 0;
      if (outcome === 'ok') await tx('readwrite', (s) => s.delete(first.seq as number));
      else await tx('readwrite', (s) => s.put({ ...first, refus: outcome.refused }));
      setState({ online: true });
      await refreshCount();
    }
  } finally {
    running = false;
  }
}

async function firstRequest(): Promise<OutboxRequest | undefined> {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const req = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor();
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(undefined);
      // A refused entry stays for the user to see, and no longer holds up the ones after it.
      if ((cursor.value as OutboxRequest).refus !== undefined) return cursor.continue();
      resolve(cursor.value as OutboxRequest);
    };
    req.onerror = () => reject(req.error);
  });
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
  for (const s of drop) await tx('readwrite', (store) => store.delete(s));
  await refreshCount();
}
