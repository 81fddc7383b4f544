/**
 * A form's draft in this browser's localStorage, written at each change, so that what was typed
 * survives a dropped network, a closed tab or a failed save; removed once saved. One draft per
 * key (the caller puts the user in it: a shared computer never shows another user's draft).
 */

/** The stored draft, or null (none, unreadable, or not the expected shape). */
export function readDraft<T extends object>(key: string, isValid: (v: unknown) => v is T): T | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return isValid(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps the draft; false when the browser refuses to store it (private mode, full storage). */
export function writeDraft(key: string, value: object): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored: nothing to remove.
  }
}
