import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login } from '../../test/helpers';
import { useTestApp } from '../../test/world';
import { structures, territories, users } from '../db/schema';
import { DEMO_DOMAIN, DEMO_PASSWORD, DEMO_STRUCTURE, loadDemo } from './demo';

describe('npm run demo', () => {
  const t = useTestApp();

  it('creates the demo structure and resets it when run again, with every documented account', async () => {
    await loadDemo(t.db);
    const second = await loadDemo(t.db);
    const rows = await t.db.select().from(structures).where(eq(structures.nom, DEMO_STRUCTURE));
    expect(rows.map((r) => r.id)).toEqual([second.structureId]);
    const emails = (
      await t.db.select({ email: users.email }).from(users).where(eq(users.structureId, second.structureId))
    ).map((u) => u.email);
    const expected = ['admin', 'coordination', 'direction', 'bailleur', 'ville', 'transport']
      .concat(Array.from({ length: 8 }, (_, i) => `mediation${i + 1}`))
      .map((l) => `${l}@${DEMO_DOMAIN}`);
    expect(emails).toEqual(expect.arrayContaining(expected));
    const qpv = await t.db
      .select({ code: territories.qpvCode })
      .from(territories)
      .where(eq(territories.structureId, second.structureId));
    expect(qpv.map((q) => q.code).sort()).toEqual(['QN01342I', 'QN01344M']);
    const me = await (await login(t.app, `mediation8@${DEMO_DOMAIN}`, DEMO_PASSWORD)).get('/api/auth/me');
    expect(me.json().role).toBe('mediateur');
    // Two loads of a year of a whole team's work: 8 s on a quiet machine, 30 s seen on a loaded one.
  }, 120_000);

  it('refuses with 409, losing nothing, to remove a QPV that activities still point to', async () => {
    const admin = await login(t.app, `admin@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const [terr] = (await admin.get('/api/territoires')).json();
    const res = await admin.delete(`/api/territoires/${terr.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/encore rattachés/);
    const [still] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(territories)
      .where(eq(territories.id, terr.id));
    expect(still!.n).toBe(1);
  });
});
