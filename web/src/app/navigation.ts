/**
 * The router's location and navigation for code outside React's tree (the 401 handler, the app's
 * update at a safe moment): AppRoutes reports each location here and lends its `navigate`.
 */
type Navigate = (to: string, options: { replace: boolean; state: unknown }) => void;

let current = { pathname: window.location.pathname, search: window.location.search };
let navigator_: Navigate | null = null;
const listeners = new Set<(path: string) => void>();

/** Called by AppRoutes on each location and with the router's navigate. */
export function reportLocation(pathname: string, search: string, navigate: Navigate): void {
  navigator_ = navigate;
  const changed = pathname !== current.pathname;
  current = { pathname, search };
  if (changed) for (const l of listeners) l(pathname);
}

/** The current path and query string. */
export const currentLocation = () => current;

/** Goes to `to` inside the app (a full load if the router is not drawn yet). */
export function navigateTo(to: string, options: { replace: boolean; state: unknown }): void {
  if (navigator_) navigator_(to, options);
  else window.location.replace(to);
}

/** Calls `listener` each time the path changes (not the query string). */
export function onPathChange(listener: (path: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
