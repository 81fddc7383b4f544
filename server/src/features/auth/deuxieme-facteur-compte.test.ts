import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { useTestApp } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildStructure, buildUser, TEST_PASSWORD } from '../../factories/factories';
import { totpCode } from '../../lib/totp';

const COMPTE = '/api/auth/compte/deuxieme-facteur';

describe('« Mon compte » › Double authentification, and the structure’s rule (ADR 029)', () => {
  const t = useTestApp();
  const advance = (seconds: number) => {
    t.clock.now = new Date(t.clock.now.getTime() + seconds * 1000);
  };

  async function signIn(role: 'admin' | 'direction' | 'coordinateur' | 'mediateur', structureId?: string) {
    const s = structureId ?? (await buildStructure(t.db)).id;
    const user = await buildUser(t.db, { structureId: s, role });
    return { user, structureId: s, session: await login(t.app, user.email) };
  }

  async function enrolOwn(session: Awaited<ReturnType<typeof login>>) {
    const { secret } = (await session.post(`${COMPTE}/enrolement`)).json();
    const res = await session.post(`${COMPTE}/enrolement/confirmation`, {
      code: totpCode(secret, t.clock.now),
    });
    expect(res.statusCode).toBe(200);
    advance(30);
    return { secret: secret as string, codesSecours: res.json().codesSecours as string[] };
  }

  it('enrols of one’s own will; the next sign-in asks for a code', async () => {
    const { user, session } = await signIn('coordinateur');
    expect((await session.get(COMPTE)).json()).toEqual({
      possible: true,
      actif: false,
      obligatoire: false,
      codesSecoursRestants: 0,
    });
    const wrong = await session.post(`${COMPTE}/enrolement`);
    const refused = await session.post(`${COMPTE}/enrolement/confirmation`, { code: '000000' });
    expect(wrong.statusCode).toBe(200);
    expect(refused.statusCode).toBe(400);
    const { secret, codesSecours } = await enrolOwn(session);
    expect(codesSecours).toHaveLength(10);
    expect((await session.get(COMPTE)).json()).toMatchObject({ actif: true, codesSecoursRestants: 10 });
    const next = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(next.json().deuxiemeFacteur).toBe('code');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/deuxieme-facteur',
      payload: { jeton: next.json().jeton, code: totpCode(secret, t.clock.now) },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('regenerates the recovery codes: the old ones stop working', async () => {
    const { user, session } = await signIn('admin');
    const { codesSecours: old } = await enrolOwn(session);
    const res = await session.post(`${COMPTE}/codes-secours`);
    expect(res.statusCode).toBe(200);
    const fresh = res.json().codesSecours as string[];
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(old[0]);
    const challenge = async () =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: user.email, password: TEST_PASSWORD },
        })
      ).json().jeton;
    const tryCode = async (code: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/deuxieme-facteur',
          payload: { jeton: await challenge(), code },
        })
      ).statusCode;
    expect(await tryCode(old[0]!)).toBe(401);
    expect(await tryCode(fresh[0]!)).toBe(200);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.actorUserId, user.id));
    expect(audit.some((a) => JSON.stringify(a.diff).includes('régénérés'))).toBe(true);
  });

  it('turns it off only when the structure does not require it', async () => {
    const { session: direction, structureId } = await signIn('direction');
    const { session: coord } = await signIn('coordinateur', structureId);
    await enrolOwn(coord);
    expect((await direction.patch('/api/structure', { deuxiemeFacteurObligatoire: true })).statusCode).toBe(
      200,
    );
    const refused = await coord.delete(COMPTE);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/exige la double authentification/);
    expect((await coord.get(COMPTE)).json()).toMatchObject({ actif: true, obligatoire: true });
    await direction.patch('/api/structure', { deuxiemeFacteurObligatoire: false });
    expect((await coord.delete(COMPTE)).statusCode).toBe(204);
    expect((await coord.get(COMPTE)).json()).toMatchObject({ actif: false, codesSecoursRestants: 0 });
    expect((await coord.delete(COMPTE)).statusCode).toBe(409);
  });

  it('is not for the other roles', async () => {
    const { session } = await signIn('mediateur');
    expect((await session.get(COMPTE)).json().possible).toBe(false);
    expect((await session.post(`${COMPTE}/enrolement`)).statusCode).toBe(403);
    expect((await session.post(`${COMPTE}/codes-secours`)).statusCode).toBe(409);
  });

  it('lets admin and direction require it, audited; coordination and mediators may not', async () => {
    const { session: admin, structureId, user } = await signIn('admin');
    // Signed in before the rule: the rule applies at their next sign-in.
    const { session: coord } = await signIn('coordinateur', structureId);
    const { session: med } = await signIn('mediateur', structureId);
    expect((await admin.get('/api/structure')).json().deuxiemeFacteurObligatoire).toBe(false);
    const on = await admin.patch('/api/structure', { deuxiemeFacteurObligatoire: true });
    expect(on.statusCode).toBe(200);
    expect(on.json().deuxiemeFacteurObligatoire).toBe(true);
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, user.id), eq(auditLog.entityType, 'structure')));
    expect(row!.diff).toMatchObject({ deuxiemeFacteurObligatoire: { avant: false, apres: true } });
    const coordOff = await coord.patch('/api/structure', { deuxiemeFacteurObligatoire: false });
    expect(coordOff.statusCode).toBe(403);
    expect((await coord.patch('/api/structure', { nom: 'Nouveau nom' })).statusCode).toBe(200);
    expect((await med.patch('/api/structure', { deuxiemeFacteurObligatoire: false })).statusCode).toBe(403);
    expect((await admin.get('/api/structure')).json()).toMatchObject({
      nom: 'Nouveau nom',
      deuxiemeFacteurObligatoire: true,
    });
    expect((await admin.patch('/api/structure', { deuxiemeFacteurObligatoire: 'oui' })).statusCode).toBe(400);
  });

  it('lets the admin reset a lost second factor, in their structure only, audited', async () => {
    const { session: admin, structureId, user: adminUser } = await signIn('admin');
    const { session: coord, user } = await signIn('coordinateur', structureId);
    await enrolOwn(coord);
    const { session: stranger } = await signIn('admin');
    const url = `/api/utilisateurs/${user.id}/deuxieme-facteur`;
    expect((await stranger.delete(url)).statusCode).toBe(404);
    expect((await coord.delete(url)).statusCode).toBe(403);
    expect((await admin.delete(url)).statusCode).toBe(204);
    expect((await admin.delete(url)).statusCode).toBe(409);
    const next = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(next.json().user.id).toBe(user.id);
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, adminUser.id), eq(auditLog.entityType, 'deuxieme_facteur')));
    expect(rows.map((r) => [r.action, r.entityId])).toEqual([['delete', user.id]]);
  });
});
