import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, mediateurBody, type Session, type TestApp } from '../../../test/helpers';
import { apiTokens, auditLog } from '../../db/schema';
import { buildStructure, buildTerritoire, buildUser } from '../../factories/factories';
import { buildSituation } from '../../factories/situations.factories';

const DAY = 86400_000;

describe('API tokens: no impersonation, audit channel, expiry (ADR 016)', () => {
  let t: TestApp;
  let structureId: string;
  let situationId: string;
  let admin: Session;
  let coordId: string;
  let coord: Session;
  const bearer = (secret: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });
  const newToken = async (s: Session, nom: string, dureeJours = 90) => {
    const res = await s.post('/api/jetons', { nom, dureeJours });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; secret: string; expiresAt: string; userId: string };
  };

  beforeAll(async () => {
    t = await createTestApp();
    structureId = (await buildStructure(t.db)).id;
    const territoryId = (await buildTerritoire(t.db, { structureId })).id;
    const mediator = await buildUser(t.db, { structureId, territoryIds: [territoryId] });
    situationId = (await buildSituation(t.db, { structureId, territoryId, mediatorIds: [mediator.id] })).id;
    admin = await login(t.app, (await buildUser(t.db, { structureId, role: 'admin' })).email);
    const c = await buildUser(t.db, { structureId, role: 'coordinateur' });
    coordId = c.id;
    coord = await login(t.app, c.email);
  });
  afterAll(() => t.close());

  it('an admin cannot create a token for the coordinator, and their own token keeps their own rights', async () => {
    const forOther = await admin.post('/api/jetons', {
      nom: 'Lecture notes',
      dureeJours: 30,
      userId: coordId,
    });
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json().error.message).toBe(
      'Un jeton d’API ne peut être créé que par son titulaire, pour son propre compte.',
    );
    expect(await t.db.select().from(apiTokens).where(eq(apiTokens.userId, coordId))).toHaveLength(0);
    const own = await newToken(admin, 'Supervision');
    expect(own.userId).not.toBe(coordId);
    // The admin is refused the notes by session: the same through their token.
    expect((await admin.get(`/api/situations/${situationId}/etapes`)).statusCode).toBe(403);
    expect((await bearer(own.secret, `/api/situations/${situationId}/etapes`)).statusCode).toBe(403);
  });

  it('a token cannot create tokens: a stolen one cannot outlive its expiry or revocation', async () => {
    const { secret } = await newToken(coord, 'Script');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/jetons',
      headers: { authorization: `Bearer ${secret}` },
      payload: { nom: 'Persistance', dureeJours: 365 },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/ne peut pas créer d’autres jetons/);
  });

  it('audits every read with its channel: session, or jeton with the token id, and shows it in the journal', async () => {
    const token = await newToken(coord, 'Tableau de bord');
    expect((await bearer(token.secret, `/api/situations/${situationId}/etapes`)).statusCode).toBe(200);
    expect((await coord.get(`/api/situations/${situationId}/etapes`)).statusCode).toBe(200);
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, situationId), eq(auditLog.action, 'read')))
      .orderBy(auditLog.id);
    expect(reads.map((r) => [r.channel, r.apiTokenId, r.actorUserId, r.realActorUserId])).toEqual([
      ['jeton', token.id, coordId, coordId],
      ['session', null, coordId, coordId],
    ]);
    const journal = (await admin.get('/api/journal?entityType=situation_etapes&action=read')).json();
    expect(journal.items.map((i: { canalLibelle: string }) => i.canalLibelle)).toEqual([
      'session',
      'jeton API “Tableau de bord”',
    ]);
    expect(journal.items[1]).toMatchObject({ canal: 'jeton', jetonId: token.id, realActorUserId: coordId });
    const onlyTokens = (await admin.get('/api/journal?canal=jeton&entityType=situation_etapes')).json();
    expect(onlyTokens.total).toBe(1);
  });

  it('chooses a lifetime of one year at most, with French messages', async () => {
    const tooLong = await coord.post('/api/jetons', { nom: 'Trop long', dureeJours: 366 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0]).toMatchObject({
      champ: 'dureeJours',
      message: 'Un jeton vit au plus un an (365 jours).',
    });
    const missing = await coord.post('/api/jetons', { nom: 'Sans durée' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].message).toBe('Choisissez une durée de validité.');
    const year = await newToken(coord, 'Un an', 365);
    expect(new Date(year.expiresAt).getTime()).toBe(t.clock.now.getTime() + 365 * DAY);
  });

  it('an expired token answers 401 with a French message', async () => {
    const { secret } = await newToken(coord, 'Court', 30);
    expect((await bearer(secret, '/api/auth/me')).statusCode).toBe(200);
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + 30 * DAY + 1000);
    try {
      const res = await bearer(secret, '/api/auth/me');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toMatch(
        /^Ce jeton d’API a expiré le \d{2}\/\d{2}\/\d{4} : créez-en un nouveau\.$/,
      );
    } finally {
      t.clock.now = saved;
    }
  });

  it('deactivating an account revokes its tokens (audited), and reactivating does not bring them back', async () => {
    const u = await buildUser(t.db, { structureId, prenom: 'Dora', nom: 'Désactivée' });
    const { id, secret } = await newToken(await login(t.app, u.email), 'Intégration');
    expect((await bearer(secret, '/api/auth/me')).statusCode).toBe(200);
    expect((await admin.patch(`/api/utilisateurs/${u.id}`, mediateurBody(u, false))).statusCode).toBe(200);
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row!.revokedAt).not.toBeNull();
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityType, 'jeton_api'), eq(auditLog.entityId, id), eq(auditLog.action, 'delete')),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.diff).toMatchObject({ motif: 'compte désactivé' });
    expect((await admin.patch(`/api/utilisateurs/${u.id}`, mediateurBody(u, true))).statusCode).toBe(200);
    const after = await bearer(secret, '/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.message).toBe('Jeton d’API invalide ou révoqué.');
  });

  it('each account lists and revokes its own tokens; admins see and revoke every token of the structure', async () => {
    const mediator = await login(t.app, (await buildUser(t.db, { structureId })).email);
    const mine = await newToken(mediator, 'Mon script');
    const coordTokens = (await coord.get('/api/jetons')).json() as Array<{ userId: string }>;
    expect(coordTokens.length).toBeGreaterThan(0);
    expect(coordTokens.every((x) => x.userId === coordId)).toBe(true);
    expect((await mediator.get('/api/jetons')).json().map((x: { id: string }) => x.id)).toEqual([mine.id]);
    const all = (await admin.get('/api/jetons')).json() as Array<{ id: string; userId: string }>;
    expect(all.some((x) => x.id === mine.id) && all.some((x) => x.userId === coordId)).toBe(true);
    expect((await coord.delete(`/api/jetons/${mine.id}`)).statusCode).toBe(404);
    const elsewhere = await login(t.app, (await buildUser(t.db, { role: 'admin' })).email);
    expect((await elsewhere.get('/api/jetons')).json()).toEqual([]);
    expect((await elsewhere.delete(`/api/jetons/${mine.id}`)).statusCode).toBe(404);
    expect((await admin.delete(`/api/jetons/${mine.id}`)).statusCode).toBe(204);
    expect((await bearer(mine.secret, '/api/auth/me')).statusCode).toBe(401);
    const own = await newToken(mediator, 'Autre script');
    expect((await mediator.delete(`/api/jetons/${own.id}`)).statusCode).toBe(204);
  });

  it('a token acts with the scope of its owner and never shows its secret again', async () => {
    const token = await newToken(coord, 'SIG');
    expect(token.secret).toMatch(/^trm_/);
    expect(JSON.stringify((await coord.get('/api/jetons')).json())).not.toContain(token.secret);
    const me = await bearer(token.secret, '/api/auth/me');
    expect(me.json()).toMatchObject({ role: 'coordinateur', user: { id: coordId } });
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/utilisateurs',
      headers: { authorization: `Bearer ${token.secret}` },
      payload: { email: 'x@test.trame.local', prenom: 'X', nom: 'Y', role: 'admin' },
    });
    expect(denied.statusCode).toBe(403);
  });
});
