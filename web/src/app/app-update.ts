/// <reference types="vite-plugin-pwa/vanillajs" />
import { useSyncExternalStore } from 'react';
import { outboxState } from '../lib/outbox';
import { onPathChange } from './navigation';

/**
 * A new version of the app (a new service worker waiting) is applied at a safe moment, never in
 * the middle of a capture (issue 15 part 3, ADR 033):
 * - it is announced at once (UpdateBanner: « Mettre à jour » applies it when the user chooses);
 * - it is applied by itself when the user moves to another page while nothing waits in the
 *   outbox and no field has the focus: the page just left was left on purpose, the next one has
 *   nothing typed in yet.
 */
let apply: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

/** Nothing typed is at stake: no field has the focus and no capture waits to be sent. */
export function isSafeMoment(): boolean {
  const el = document.activeElement;
  const typing = el instanceof HTMLElement && el.matches('input, textarea, select, [contenteditable="true"]');
  return !typing && outboxState().pending === 0;
}

/** Registers the service worker (production builds) and watches for a waiting new version. */
export function startAppUpdates(): void {
  if (!('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const updateSW = registerSW({
      immediate: true,
      onNeedRefresh() {
        apply = () => updateSW(true);
        changed();
      },
      // A phone keeps the app open for days: look for a new version every hour too.
      onRegisteredSW(_url, registration) {
        if (registration) setInterval(() => void registration.update(), 3_600_000);
      },
    });
  });
  onPathChange(() => {
    if (apply && isSafeMoment()) void apply();
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The update waiting to be applied, or null. */
export const useAppUpdate = () => useSyncExternalStore(subscribe, () => apply);
