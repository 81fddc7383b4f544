/**
 * A sign-out without network (issue 15): the phone forgets the user at once, but the server's
 * session would live on. The phone remembers that it owes the server a sign-out and sends it at
 * the next page load that reaches the server, before anything else: before the session is read,
 * before a new sign-in (which would replace the cookie, leaving the old session unended).
 */
import { ApiError, apiRequest, setCsrfToken } from './api-client';

const KEY = 'trame-deconnexion-en-attente';

/** The sign-out did not reach the server (no network, a server error): send it later. */
export function markSignOutPending(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Storage refused (private mode): the session ends at its expiry.
  }
}

export const signOutPending = () => {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
};

let sending: Promise<void> | null = null;

async function send(): Promise<void> {
  try {
    // The session's CSRF token, which the sign-out needs, comes with the session.
    const me = await apiRequest<{ csrfToken: string }>('/api/auth/me', { skipUnauthorizedRedirect: true });
    setCsrfToken(me.csrfToken);
    await apiRequest('/api/auth/logout', { method: 'POST', skipUnauthorizedRedirect: true });
    localStorage.removeItem(KEY);
  } catch (error) {
    // Already ended (expired, or ended elsewhere): nothing left to do. Otherwise, next time.
    if (error instanceof ApiError && error.status === 401) localStorage.removeItem(KEY);
  } finally {
    setCsrfToken(null);
  }
}

/** Sends the sign-out owed to the server, if any (once at a time); a failure keeps it owed. */
export function sendPendingSignOut(): Promise<void> {
  if (!signOutPending()) return Promise.resolve();
  sending ??= send().finally(() => {
    sending = null;
  });
  return sending;
}

/**
 * Before a new sign-in: the owed sign-out must reach the server first, or the old session would
 * outlive it (the new cookie replaces its own) and a later try would end the new one instead.
 */
export async function signOutBeforeSignIn(): Promise<void> {
  await sendPendingSignOut();
  if (signOutPending()) {
    throw new ApiError(
      0,
      'reseau',
      'La déconnexion précédente n’a pas encore atteint le serveur : vérifiez le réseau et réessayez.',
    );
  }
}
