import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, mediateurBody, type Session } from '../../../test/helpers';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildTerritoire, buildUser } from '../../factories/factories';

describe('accounts and activation links', () => {
  const { t, d: site } = useWorld((db) =>
    buildSite(db, { qpvCode: 'QN01344M', users: { admin: { role: 'admin' } } }),
  );
  let admin: Session;
  beforeAll(async () => {
    admin = await login(t.app, site.admin.email);
  });

  const newUser = (email: string, extra: Record<string, unknown> = {}) => ({
    email,
    prenom: 'Lina',
    nom: 'Mercier',
    role: 'mediateur',
    allTerritoires: false,
    territoireIds: [site.territoryId],
    ...extra,
  });

  it('creates an account with a one-time link; the link sets the password once, then the user logs in', async () => {
    const res = await admin.post('/api/utilisateurs', newUser('lina@test.trame.local'));
    expect(res.statusCode).toBe(201);
    const { user, activationUrl } = res.json();
    expect(user).toMatchObject({ role: 'mediateur', hasPassword: false, territoireIds: [site.territoryId] });
    expect(JSON.stringify(user)).not.toMatch(/hash/i);
    const token = activationUrl.split('/activer/')[1];
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/activation',
      payload: { token, password: 'court' },
    });
    expect(weak.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/activation',
      payload: { token, password: 'un-bon-mot-de-passe' },
    });
    expect(ok.statusCode).toBe(204);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/activation',
      payload: { token, password: 'un-autre-mot-de-passe' },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toMatch(/invalide, expiré ou déjà utilisé/);
    const me = await (await login(t.app, 'lina@test.trame.local', 'un-bon-mot-de-passe')).get('/api/auth/me');
    expect(me.json().territoires.map((x: { id: string }) => x.id)).toEqual([site.territoryId]);
  });

  it('expires activation links after 7 days', async () => {
    const res = await admin.post('/api/utilisateurs', newUser('tardif@test.trame.local'));
    const token = res.json().activationUrl.split('/activer/')[1];
    t.clock.now = new Date(t.clock.now.getTime() + 8 * 86400_000);
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/auth/activation',
      payload: { token, password: 'un-bon-mot-de-passe' },
    });
    expect(late.statusCode).toBe(400);
    t.clock.now = new Date();
    admin = await signInNew(t, { structureId: site.structureId, role: 'admin' });
  });

  it('refuses a duplicate e-mail with 409 and a field error', async () => {
    await admin.post('/api/utilisateurs', newUser('double@test.trame.local'));
    const res = await admin.post('/api/utilisateurs', newUser('DOUBLE@test.trame.local'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].champ).toBe('email');
  });

  it('refuses a partner account without partner, and territories of another structure', async () => {
    const noPartner = await admin.post(
      '/api/utilisateurs',
      newUser('p@test.trame.local', { role: 'partenaire' }),
    );
    expect(noPartner.statusCode).toBe(400);
    expect(noPartner.json().error.details[0].champ).toBe('partenaireId');
    const foreign = await buildTerritoire(t.db, { qpvCode: 'QN00103M' });
    const res = await admin.post(
      '/api/utilisateurs',
      newUser('f@test.trame.local', { territoireIds: [foreign.id] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].champ).toBe('territoireIds');
  });

  it('deactivating an account closes its sessions; the change is audited without secrets', async () => {
    const u = await buildUser(t.db, { structureId: site.structureId });
    const s = await login(t.app, u.email);
    const res = await admin.patch(`/api/utilisateurs/${u.id}`, mediateurBody(u, false));
    expect(res.statusCode).toBe(200);
    expect((await s.get('/api/auth/me')).statusCode).toBe(401);
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, u.id));
    expect(rows.at(-1)!.diff).toMatchObject({ isActive: { avant: true, apres: false } });
  });

  it('only admins manage accounts; coordinators may list accounts', async () => {
    const coord = await signInNew(t, { structureId: site.structureId, role: 'coordinateur' });
    expect((await coord.post('/api/utilisateurs', newUser('x@test.trame.local'))).statusCode).toBe(403);
    expect((await coord.get('/api/utilisateurs')).statusCode).toBe(200);
    const med = await signInNew(t, { structureId: site.structureId });
    expect((await med.get('/api/utilisateurs')).statusCode).toBe(403);
  });

  it('never lists or changes accounts of another structure', async () => {
    const other = await buildUser(t.db, { role: 'mediateur' });
    const list = await admin.get('/api/utilisateurs');
    expect(list.json().map((u: { id: string }) => u.id)).not.toContain(other.id);
    const res = await admin.post(`/api/utilisateurs/${other.id}/lien-activation`);
    expect(res.statusCode).toBe(404);
  });
});
