import { describe, expect, it, vi } from 'vitest';

/** A scripted server for the sign-out owed: each call gets the next answer (`network`: no network). */
function server(answers: Array<'network' | number>) {
  const calls: Array<{ url: string; method: string; csrf: string | undefined }> = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    calls.push({ url, method: String(init.method), csrf: headers['x-csrf-token'] });
    const next = answers.shift() ?? 200;
    if (next === 'network') throw new TypeError('Failed to fetch');
    const body = url === '/api/auth/me' ? { csrfToken: 'jeton-csrf' } : {};
    return new Response(JSON.stringify(next < 300 ? body : { error: { code: 'x', message: 'Non.' } }), {
      status: next,
    });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

describe('a sign-out made without network', () => {
  it('is sent at the next load that reaches the server, with its session’s CSRF token, then forgotten', async () => {
    const { markSignOutPending, sendPendingSignOut, signOutPending } = await import('./pending-signout');
    markSignOutPending();
    expect(signOutPending()).toBe(true);

    // Still no network at this load: it stays owed.
    server(['network']);
    await sendPendingSignOut();
    expect(signOutPending()).toBe(true);

    const calls = server([200, 200]);
    await sendPendingSignOut();
    expect(calls).toEqual([
      { url: '/api/auth/me', method: 'GET', csrf: undefined },
      { url: '/api/auth/logout', method: 'POST', csrf: 'jeton-csrf' },
    ]);
    expect(signOutPending()).toBe(false);
    await sendPendingSignOut();
    expect(calls).toHaveLength(2); // nothing owed any more
  });

  it('is dropped when the session already ended on the server (401)', async () => {
    const { markSignOutPending, sendPendingSignOut, signOutPending } = await import('./pending-signout');
    markSignOutPending();
    const calls = server([401]);
    await sendPendingSignOut();
    expect(calls).toHaveLength(1);
    expect(signOutPending()).toBe(false);
  });

  it('goes before the session is read at a page load, so the ended session answers « not signed in »', async () => {
    const { markSignOutPending } = await import('./pending-signout');
    const { getMe } = await import('../features/auth/api/get-me');
    markSignOutPending();
    const calls = server([200, 200, 401]);
    await expect(getMe()).rejects.toMatchObject({ status: 401 });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/auth/me',
      'POST /api/auth/logout',
      'GET /api/auth/me',
    ]);
  });

  it('keeps the user signed out on this phone while it is still owed', async () => {
    const { markSignOutPending } = await import('./pending-signout');
    const { getMe } = await import('../features/auth/api/get-me');
    markSignOutPending();
    const calls = server([200, 503]); // the session is read, the sign-out fails
    await expect(getMe()).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(2);
  });

  it('goes before a new sign-in, which would otherwise replace the old session’s cookie', async () => {
    const { markSignOutPending } = await import('./pending-signout');
    const { login } = await import('../features/auth/api/login');
    markSignOutPending();
    const calls = server([200, 200, 401]);
    await expect(login({ email: 'samia@example.fr', password: 'x' })).rejects.toMatchObject({ status: 401 });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/auth/me',
      'POST /api/auth/logout',
      'POST /api/auth/login',
    ]);
  });

  it('holds a new sign-in back while it cannot reach the server', async () => {
    const { markSignOutPending } = await import('./pending-signout');
    const { login } = await import('../features/auth/api/login');
    markSignOutPending();
    const calls = server([200, 503]);
    await expect(login({ email: 'samia@example.fr', password: 'x' })).rejects.toMatchObject({
      status: 0,
      message: expect.stringContaining('La déconnexion précédente'),
    });
    expect(calls.map((c) => c.url)).toEqual(['/api/auth/me', '/api/auth/logout']);
  });

  it('is remembered when the sign-out finds no network or a server error, not when the session is gone', async () => {
    const { logout } = await import('../features/auth/api/logout');
    const { signOutPending } = await import('./pending-signout');
    for (const [answer, owed] of [
      ['network', true],
      [503, true],
      [401, false],
    ] as const) {
      localStorage.clear();
      server([answer]);
      await expect(logout()).rejects.toMatchObject({ status: answer === 'network' ? 0 : answer });
      expect(signOutPending()).toBe(owed);
    }
  });
});
