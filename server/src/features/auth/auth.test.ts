import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, login } from '../../../test/helpers';
import { useTestApp } from '../../../test/world';
import { auditLog, sessions, users } from '../../db/schema';
import { buildUser, TEST_PASSWORD } from '../../factories/factories';

describe('authentication', () => {
  const t = useTestApp();

  it('logs in, answers me, and stores only an argon2id hash', async () => {
    const user = await buildUser(t.db, { email: 'Agent.A@Test.Trame.Local', role: 'coordinateur' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'agent.a@test.trame.local', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'trame_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json()).toMatchObject({ role: 'coordinateur', user: { id: user.id }, partenaire: null });
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { trame_session: cookie.value },
    });
    expect(me.json().user.email).toBe('agent.a@test.trame.local');
  });

  it('marks the cookie Secure in production', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production' });
    try {
      const u = await buildUser(prod.db);
      const res = await prod.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: u.email, password: TEST_PASSWORD },
      });
      expect(res.cookies.find((c) => c.name === 'trame_session')!.secure).toBe(true);
    } finally {
      await prod.close();
    }
  });

  it('refuses bad credentials with one French message, whether the e-mail exists or not', async () => {
    const u = await buildUser(t.db);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: u.email, password: 'faux-mot-de-passe' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'personne@nulle.part', password: 'x' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe('E-mail ou mot de passe incorrect.');
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
  });

  it('refuses inactive accounts and accounts without password', async () => {
    const inactive = await buildUser(t.db, { isActive: false });
    const pending = await buildUser(t.db, { password: null });
    for (const u of [inactive, pending]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: u.email, password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(401);
    }
  });

  it('requires the CSRF token on state-changing requests made with a session', async () => {
    const u = await buildUser(t.db, { role: 'admin' });
    const s = await login(t.app, u.email);
    const payload = { nom: 'Nouveau nom' };
    const without = await t.app.inject({
      method: 'PATCH',
      url: '/api/structure',
      payload,
      cookies: { trame_session: s.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.message).toMatch(/CSRF/);
    const forged = await t.app.inject({
      method: 'PATCH',
      url: '/api/structure',
      payload,
      cookies: { trame_session: s.cookie },
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(forged.statusCode).toBe(403);
    expect((await s.patch('/api/structure', payload)).statusCode).toBe(200);
  });

  it('refuses a cross-origin write', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', host: 'trame.local' },
      payload: { email: 'a@b.fr', password: 'x' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('logs out: the session is gone server-side', async () => {
    const u = await buildUser(t.db);
    const s = await login(t.app, u.email);
    expect((await s.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.actorUserId, u.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['login', 'logout']);
  });

  it('expires an idle session', async () => {
    const u = await buildUser(t.db);
    const s = await login(t.app, u.email);
    t.clock.now = new Date(t.clock.now.getTime() + 13 * 3600_000);
    const res = await s.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Vous devez être connecté·e.');
  });

  it('changes the password, checks the current one, and closes other sessions', async () => {
    const u = await buildUser(t.db);
    const s1 = await login(t.app, u.email);
    const s2 = await login(t.app, u.email);
    const bad = await s1.post('/api/auth/mot-de-passe', {
      currentPassword: 'pas-le-bon',
      newPassword: 'nouveau-mot-de-passe',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].champ).toBe('currentPassword');
    const short = await s1.post('/api/auth/mot-de-passe', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'court',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/au moins 10 caractères/);
    const ok = await s1.post('/api/auth/mot-de-passe', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'nouveau-mot-de-passe',
    });
    expect(ok.statusCode).toBe(204);
    expect((await s1.get('/api/auth/me')).statusCode).toBe(200);
    expect((await s2.get('/api/auth/me')).statusCode).toBe(401);
    await login(t.app, u.email, 'nouveau-mot-de-passe');
    const rows = await t.db.select().from(sessions).where(eq(sessions.userId, u.id));
    expect(rows.length).toBe(2);
  });

  it('answers 4xx, never 500, to malformed bodies, cookies and headers', async () => {
    const cases = [
      {
        method: 'POST' as const,
        url: '/api/auth/login',
        payload: '{pas du json',
        headers: { 'content-type': 'application/json' },
      },
      {
        method: 'POST' as const,
        url: '/api/auth/login',
        payload: 'email=a',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      { method: 'POST' as const, url: '/api/auth/login', payload: { email: ['a'], password: 3 } },
      {
        method: 'POST' as const,
        url: '/api/auth/login',
        payload: { email: 'a@b.fr', password: 'x', admin: true },
      },
      { method: 'GET' as const, url: '/api/auth/me', headers: { cookie: 'trame_session=%%%; other=\u0001' } },
      { method: 'GET' as const, url: '/api/auth/me', headers: { authorization: 'Bearer ' } },
      {
        method: 'GET' as const,
        url: '/api/auth/me',
        headers: { authorization: 'Bearer trm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
      },
      { method: 'GET' as const, url: '/api/territoires?x=%E0%A4%A' },
    ];
    for (const c of cases) {
      const res = await t.app.inject(c);
      expect(res.statusCode, `${c.method} ${c.url}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${c.method} ${c.url}`).toBeLessThan(500);
      expect(typeof res.json().error.message).toBe('string');
    }
  });
});
