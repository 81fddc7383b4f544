import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessionFrom } from '../../../test/helpers';
import { useTestApp } from '../../../test/world';
import { auditLog, loginChallenges, recoveryCodes, secondFactors, structures } from '../../db/schema';
import { buildStructure, buildUser, TEST_PASSWORD } from '../../factories/factories';
import { sha256 } from '../../lib/crypto';
import { totpCode } from '../../lib/totp';

const CODE_INCORRECT = 'Code incorrect ou expiré.';

describe('second factor at sign-in (ADR 029)', () => {
  const t = useTestApp();
  const ip = '203.0.113.40';
  const post = (url: string, payload: object, remoteAddress = ip) =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress });
  const passwordStep = (email: string, remoteAddress = ip) =>
    post('/api/auth/login', { email, password: TEST_PASSWORD }, remoteAddress);
  const advance = (seconds: number) => {
    t.clock.now = new Date(t.clock.now.getTime() + seconds * 1000);
  };
  const code = (secret: string) => totpCode(secret, t.clock.now);

  async function requiredStructure() {
    const s = await buildStructure(t.db);
    await t.db.update(structures).set({ deuxiemeFacteurObligatoire: true }).where(eq(structures.id, s.id));
    return s;
  }

  /** A coordinator of a structure that requires the second factor, enrolled through the sign-in. */
  async function enrolled() {
    const s = await requiredStructure();
    const user = await buildUser(t.db, { structureId: s.id, role: 'coordinateur' });
    const { jeton } = (await passwordStep(user.email)).json();
    const { secret } = (await post('/api/auth/deuxieme-facteur/enrolement', { jeton })).json();
    const done = await post('/api/auth/deuxieme-facteur/enrolement/confirmation', {
      jeton,
      code: code(secret),
    });
    expect(done.statusCode).toBe(200);
    advance(30);
    return { user, secret: secret as string, codesSecours: done.json().codesSecours as string[] };
  }

  it('signs in with the password alone while nothing requires a second factor', async () => {
    const user = await buildUser(t.db, { role: 'coordinateur' });
    const res = await passwordStep(user.email);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(user.id);
    expect(res.cookies.some((c) => c.name === 'trame_session')).toBe(true);
  });

  it('makes admin, direction and coordination enrol when the structure requires it, not the others', async () => {
    const s = await requiredStructure();
    for (const role of ['admin', 'direction', 'coordinateur'] as const) {
      const u = await buildUser(t.db, { structureId: s.id, role });
      const res = await passwordStep(u.email);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ deuxiemeFacteur: 'enrolement', jeton: expect.any(String) });
      expect(res.cookies.some((c) => c.name === 'trame_session')).toBe(false);
    }
    const mediateur = await buildUser(t.db, { structureId: s.id, role: 'mediateur' });
    expect((await passwordStep(mediateur.email)).json().user.id).toBe(mediateur.id);
  });

  it('enrols: QR code and secret, a wrong code refused, then a session and 10 recovery codes', async () => {
    const s = await requiredStructure();
    const user = await buildUser(t.db, { structureId: s.id, role: 'direction' });
    const { jeton } = (await passwordStep(user.email)).json();
    const enrol = await post('/api/auth/deuxieme-facteur/enrolement', { jeton });
    expect(enrol.statusCode).toBe(200);
    const { secret, otpauthUrl, qrSvg } = enrol.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toContain(`otpauth://totp/Trame%3A`);
    expect(otpauthUrl).toContain(encodeURIComponent(user.email));
    expect(qrSvg).toMatch(/^<svg/);
    const wrong = await post('/api/auth/deuxieme-facteur/enrolement/confirmation', { jeton, code: '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(CODE_INCORRECT);
    const ok = await post('/api/auth/deuxieme-facteur/enrolement/confirmation', {
      jeton,
      code: code(secret),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().codesSecours).toHaveLength(10);
    const me = await sessionFrom(t.app, ok).get('/api/auth/me');
    expect(me.json().user.id).toBe(user.id);
    const [row] = await t.db.select().from(secondFactors).where(eq(secondFactors.userId, user.id));
    expect(row!.secret).toBe(secret);
    const stored = await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored.map((r) => r.codeHash)).not.toContain(ok.json().codesSecours[0]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.actorUserId, user.id));
    expect(audit.map((a) => `${a.action}:${a.entityType}`)).toContain('create:deuxieme_facteur');
    const written = JSON.stringify(audit);
    for (const leak of [secret, jeton, ok.json().codesSecours[0]]) expect(written).not.toContain(leak);
  });

  it('asks an enrolled user for a code; a code already used is refused', async () => {
    const { user, secret } = await enrolled();
    const first = (await passwordStep(user.email)).json();
    expect(first.deuxiemeFacteur).toBe('code');
    const used = code(secret);
    const ok = await post('/api/auth/deuxieme-facteur', { jeton: first.jeton, code: used });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.id).toBe(user.id);
    // The challenge is spent, and the same code under a new challenge is a replay.
    expect((await post('/api/auth/deuxieme-facteur', { jeton: first.jeton, code: used })).statusCode).toBe(
      401,
    );
    const again = (await passwordStep(user.email)).json();
    const replay = await post('/api/auth/deuxieme-facteur', { jeton: again.jeton, code: used });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.message).toBe(CODE_INCORRECT);
  });

  it('takes a recovery code once, whatever its dashes and case', async () => {
    const { user, codesSecours } = await enrolled();
    const recovery = codesSecours[3]!;
    const first = (await passwordStep(user.email)).json();
    const typed = recovery.replace(/-/g, ' ').toLowerCase();
    const ok = await post('/api/auth/deuxieme-facteur', { jeton: first.jeton, code: typed });
    expect(ok.statusCode).toBe(200);
    const again = (await passwordStep(user.email)).json();
    expect(
      (await post('/api/auth/deuxieme-facteur', { jeton: again.jeton, code: recovery })).statusCode,
    ).toBe(401);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.actorUserId, user.id));
    expect(audit.some((a) => JSON.stringify(a.diff).includes('codeSecours'))).toBe(true);
  });

  it('counts wrong codes in the login throttle and drops the challenge after 5', async () => {
    const { user, secret } = await enrolled();
    const { jeton } = (await passwordStep(user.email)).json();
    for (let i = 0; i < 5; i++) {
      const res = await post('/api/auth/deuxieme-facteur', { jeton, code: '123456' });
      expect(res.json().error.message).toBe(CODE_INCORRECT);
    }
    const gone = await post('/api/auth/deuxieme-facteur', { jeton, code: code(secret) });
    expect(gone.statusCode).toBe(401);
    expect(gone.json().error.code).toBe('connexion_expiree');
    // 5 failures of the (account, address) pair: the password itself now waits.
    const blocked = await passwordStep(user.email);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toMatch(/^Trop de tentatives/);
    // The right password and code from another address still work.
    const other = (await passwordStep(user.email, '198.51.100.9')).json();
    const ok = await post(
      '/api/auth/deuxieme-facteur',
      { jeton: other.jeton, code: code(secret) },
      '198.51.100.9',
    );
    expect(ok.statusCode).toBe(200);
  });

  it('refuses an expired challenge, a challenge of another kind, and another user’s code', async () => {
    const a = await enrolled();
    const b = await enrolled();
    const { jeton } = (await passwordStep(a.user.email)).json();
    const crossed = await post('/api/auth/deuxieme-facteur', { jeton, code: code(b.secret) });
    if (code(a.secret) !== code(b.secret)) expect(crossed.statusCode).toBe(401);
    expect((await post('/api/auth/deuxieme-facteur/enrolement', { jeton })).json().error.code).toBe(
      'connexion_expiree',
    );
    // Only the challenge's hash is kept.
    const rows = await t.db.select().from(loginChallenges).where(eq(loginChallenges.userId, a.user.id));
    expect(rows.map((r) => r.challengeHash)).toContain(sha256(jeton));
    advance(5 * 60 + 1);
    const late = await post('/api/auth/deuxieme-facteur', { jeton, code: code(a.secret) });
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe('connexion_expiree');
  });
});
