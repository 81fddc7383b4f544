/**
 * The outbox's IndexedDB store: one object store of requests keyed by an increasing `seq` (the
 * order of the taps). A request's body may be a `Blob` (a photo): IndexedDB keeps it as is.
 */

export interface OutboxRequest {
  seq?: number;
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  /** JSON, or a `Blob` sent as raw bytes (a photo kept on the phone until sent). */
  body?: unknown;
  /** What the user did, in French, shown if the server refuses it. */
  label: string;
  /** Who tapped: only their session sends it (a shared phone never sends a colleague's taps). */
  userId: string;
  /** The client-made id of the record this request creates, for the entries that wait for it. */
  clientId?: string;
  /** The `clientId` of an earlier entry this one needs (a photo its signalement): refused with it. */
  dependsOn?: string;
  /**
   * A count with no personal data (a tournée's start and end, its contacts): kept through a
   * sign-out, for its author's next sign-in. Every other entry (notes, persons, photos) is erased
   * from the phone at sign-out (issue 15 part 5).
   */
  anonyme?: boolean;
  /** When it was tapped (ISO), set by `enqueue`. */
  creeLe?: string;
  /** The server's definitive refusal (a 4xx and its French reason): kept until the user drops it. */
  refus?: string;
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

export async function tx<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    const req = run(t.objectStore(STORE));
    t.oncomplete = () => resolve(req.result);
    t.onerror = () => reject(t.error);
  });
}

/** Every stored request, in the order of the taps. */
export const readAll = () => tx('readonly', (s) => s.getAll()) as Promise<OutboxRequest[]>;

/** Stores a request and answers its `seq`. */
export const add = (request: OutboxRequest) => tx('readwrite', (s) => s.add(request)) as Promise<number>;

export const remove = (seq: number) => tx('readwrite', (s) => s.delete(seq));

export const put = (request: OutboxRequest) => tx('readwrite', (s) => s.put(request));

/**
 * The user's next requests still to send after `after`, in order, at most `max` (a refused one
 * stays for the user to see, and no longer holds up the ones after it; a colleague's wait for
 * their author without holding up this user's). Starting past the last one handled keeps a
 * flush linear.
 */
export async function nextRequests(after: number, userId: string, max: number): Promise<OutboxRequest[]> {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const found: OutboxRequest[] = [];
    const range = after > 0 ? IDBKeyRange.lowerBound(after, true) : undefined;
    const req = db.transaction(STORE, 'readonly').objectStore(STORE).openCursor(range);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(found);
      const r = cursor.value as OutboxRequest;
      if (r.refus === undefined && r.userId === userId) found.push(r);
      if (found.length >= max) return resolve(found);
      cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}

/** What a sent batch leaves: the accepted ones deleted, the refused ones kept with their reason, at once. */
export async function settle(sent: number[], refused: OutboxRequest[]): Promise<void> {
  if (!sent.length && !refused.length) return;
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, 'readwrite');
    const store = t.objectStore(STORE);
    for (const seq of sent) store.delete(seq);
    for (const r of refused) store.put(r);
    t.oncomplete = () => resolve();
    t.onerror = () => reject(t.error);
  });
}
