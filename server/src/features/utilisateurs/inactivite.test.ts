/** Inactive accounts are deactivated after six months, and the administrators told (issue 16, part 7). */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../../test/helpers';
import { startSmtp } from '../../../test/smtp';
import { auditLog, users } from '../../db/schema';
import { buildStructure, buildUser } from '../../factories/factories';
import { desactiverInactifs } from './inactivite.job';

describe('deactivation of unused accounts', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'Trame <trame@test.local>',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('deactivates who has not signed in for six months, never an administrator, and tells the administrators', async () => {
    const structureId = (await buildStructure(t.db)).id;
    const admin = await buildUser(t.db, { structureId, role: 'admin', email: 'admin-inactif@test.local' });
    const idle = await buildUser(t.db, { structureId, prenom: 'Julie', nom: 'Oubli' });
    const neverLogged = await buildUser(t.db, { structureId, prenom: 'Marc', nom: 'Jamais' });
    const recent = await buildUser(t.db, { structureId, prenom: 'Léa', nom: 'Active' });
    const session = await login(t.app, idle.email);
    const now = new Date('2027-06-15T03:00:00Z');
    const old = new Date('2026-11-01T09:00:00Z');
    await t.db.update(users).set({ lastLoginAt: old }).where(eq(users.id, idle.id));
    await t.db.update(users).set({ createdAt: old, lastLoginAt: null }).where(eq(users.id, neverLogged.id));
    await t.db
      .update(users)
      .set({ lastLoginAt: new Date('2027-05-01T09:00:00Z') })
      .where(eq(users.id, recent.id));
    await t.db.update(users).set({ lastLoginAt: old }).where(eq(users.id, admin.id));

    expect(await desactiverInactifs(t.db, t.app.deps.env, now)).toEqual({ ran: true, desactives: 2 });
    const state = Object.fromEntries(
      (
        await t.db
          .select({ id: users.id, isActive: users.isActive })
          .from(users)
          .where(eq(users.structureId, structureId))
      ).map((u) => [u.id, u.isActive]),
    );
    expect(state).toEqual({ [admin.id]: true, [idle.id]: false, [neverLogged.id]: false, [recent.id]: true });
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    const mail = smtp.inbox.find((m) => m.to.includes('admin-inactif@test.local'));
    expect(mail?.raw).toContain('Julie Oubli');
    expect(mail?.raw).toContain('Marc Jamais');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, idle.id), eq(auditLog.channel, 'systeme')));
    expect(audit).toHaveLength(1);
    expect(await desactiverInactifs(t.db, t.app.deps.env, now)).toEqual({ ran: true, desactives: 0 });
  });

  it('counts from the last sign-in', async () => {
    const structureId = (await buildStructure(t.db)).id;
    const u = await buildUser(t.db, { structureId });
    await login(t.app, u.email);
    const [row] = await t.db.select({ at: users.lastLoginAt }).from(users).where(eq(users.id, u.id));
    expect(row?.at).toBeInstanceOf(Date);
  });
});
