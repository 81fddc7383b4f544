/**
 * The service worker's runtime caches (web/vite.config.ts, ADR 033): the reads a capture form
 * needs to open offline. Two names, by what they hold, so that logout can drop the personal one
 * (issue 15 parts 3 and 5). Imported by the Vite config too: no DOM here but `caches` at call time.
 */
export const RUNTIME_CACHES = {
  /** The structure's reference lists: territories and places, taxonomies, the directory's services. */
  reference: 'trame-reference',
  /** Reads about people: the signed-in user, colleagues, today's planning, the last tournée. */
  personnel: 'trame-personnel',
} as const;

/** Caches of earlier builds that held personal reads (the tournée's cache before ADR 033). */
const OLD_PERSONAL_CACHES = ['trame-tournee'];

// Workbox tests a RegExp route on the whole address of a GET (same origin): no ^, the query allowed.
/** GET /api/… reads cached as reference lists (NetworkFirst, short timeout). */
export const REFERENCE_URLS = /\/api\/(territoires|lieux|annuaire\/services)(\/[^?]*)?(\?.*)?$/;

/** GET /api/… reads cached as personal ones (NetworkFirst, short timeout, dropped at logout). */
export const PERSONAL_URLS =
  /\/api\/(auth\/me|activites\/(derniere-tournee|mediateurs)|planning|signalements\/diagnostics)(\?.*)?$/;

/** Deletes the runtime caches that hold personal data; the app shell and reference lists stay. */
export async function clearPersonalCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await Promise.all([RUNTIME_CACHES.personnel, ...OLD_PERSONAL_CACHES].map((name) => caches.delete(name)));
}
