import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, mediateurBody, type Session } from '../../../test/helpers';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { apiTokens, auditLog } from '../../db/schema';
import { buildUser } from '../../factories/factories';
import { buildSituation } from '../../factories/situations.factories';

const DAY = 86400_000;

describe('API tokens: no impersonation, audit channel, expiry (ADR 016)', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId, territoryId } = await buildSite(t.db);
    const mediator = await buildUser(t.db, { structureId, territoryIds: [territoryId] });
    const situationId = (await buildSituation(t.db, { structureId, territoryId, mediatorIds: [mediator.id] }))
      .id;
    const admin = await signInNew(t, { structureId, role: 'admin' });
    const c = await buildUser(t.db, { structureId, role: 'coordinateur' });
    const coordId = c.id;
    const coord = await login(t.app, c.email);
    return { structureId, situationId, admin, coordId, coord };
  });
  const bearer = (secret: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });
  const newToken = async (s: Session, nom: string, dureeJours = 90) => {
    const res = await s.post('/api/jetons', { nom, dureeJours });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; secret: string; expiresAt: string; userId: string };
  };

  it('an admin cannot create a token for the coordinator, and their own token keeps their own rights', async () => {
    const forOther = await w.admin.post('/api/jetons', {
      nom: 'Lecture notes',
      dureeJours: 30,
      userId: w.coordId,
    });
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json().error.message).toBe(
      'Un jeton d’API ne peut être créé que par son titulaire, pour son propre compte.',
    );
    expect(await t.db.select().from(apiTokens).where(eq(apiTokens.userId, w.coordId))).toHaveLength(0);
    const own = await newToken(w.admin, 'Supervision');
    expect(own.userId).not.toBe(w.coordId);
    // The admin is refused the notes by session: the same through their token.
    expect((await w.admin.get(`/api/situations/${w.situationId}/etapes`)).statusCode).toBe(403);
    expect((await bearer(own.secret, `/api/situations/${w.situationId}/etapes`)).statusCode).toBe(403);
  });

  it('a token cannot create tokens: a stolen one cannot outlive its expiry or revocation', async () => {
    const { secret } = await newToken(w.coord, 'Script');
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
    const token = await newToken(w.coord, 'Tableau de bord');
    expect((await bearer(token.secret, `/api/situations/${w.situationId}/etapes`)).statusCode).toBe(200);
    expect((await w.coord.get(`/api/situations/${w.situationId}/etapes`)).statusCode).toBe(200);
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, w.situationId), eq(auditLog.action, 'read')))
      .orderBy(auditLog.id);
    expect(reads.map((r) => [r.channel, r.apiTokenId, r.actorUserId, r.realActorUserId])).toEqual([
      ['jeton', token.id, w.coordId, w.coordId],
      ['session', null, w.coordId, w.coordId],
    ]);
    const journal = (await w.admin.get('/api/journal?entityType=situation_etapes&action=read')).json();
    expect(journal.items.map((i: { canalLibelle: string }) => i.canalLibelle)).toEqual([
      'session',
      'jeton API “Tableau de bord”',
    ]);
    expect(journal.items[1]).toMatchObject({ canal: 'jeton', jetonId: token.id, realActorUserId: w.coordId });
    const onlyTokens = (await w.admin.get('/api/journal?canal=jeton&entityType=situation_etapes')).json();
    expect(onlyTokens.total).toBe(1);
  });

  it('chooses a lifetime of one year at most, with French messages', async () => {
    const tooLong = await w.coord.post('/api/jetons', { nom: 'Trop long', dureeJours: 366 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0]).toMatchObject({
      champ: 'dureeJours',
      message: 'Un jeton vit au plus un an (365 jours).',
    });
    const missing = await w.coord.post('/api/jetons', { nom: 'Sans durée' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].message).toBe('Choisissez une durée de validité.');
    const year = await newToken(w.coord, 'Un an', 365);
    expect(new Date(year.expiresAt).getTime()).toBe(t.clock.now.getTime() + 365 * DAY);
  });

  it('an expired token answers 401 with a French message', async () => {
    const { secret } = await newToken(w.coord, 'Court', 30);
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
    const u = await buildUser(t.db, { structureId: w.structureId, prenom: 'Dora', nom: 'Désactivée' });
    const { id, secret } = await newToken(await login(t.app, u.email), 'Intégration');
    expect((await bearer(secret, '/api/auth/me')).statusCode).toBe(200);
    expect((await w.admin.patch(`/api/utilisateurs/${u.id}`, mediateurBody(u, false))).statusCode).toBe(200);
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
    expect((await w.admin.patch(`/api/utilisateurs/${u.id}`, mediateurBody(u, true))).statusCode).toBe(200);
    const after = await bearer(secret, '/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.message).toBe('Jeton d’API invalide ou révoqué.');
  });

  it('each account lists and revokes its own tokens; admins see and revoke every token of the structure', async () => {
    const mediator = await signInNew(t, { structureId: w.structureId });
    const mine = await newToken(mediator, 'Mon script');
    const coordTokens = (await w.coord.get('/api/jetons')).json() as Array<{ userId: string }>;
    expect(coordTokens.length).toBeGreaterThan(0);
    expect(coordTokens.every((x) => x.userId === w.coordId)).toBe(true);
    expect((await mediator.get('/api/jetons')).json().map((x: { id: string }) => x.id)).toEqual([mine.id]);
    const all = (await w.admin.get('/api/jetons')).json() as Array<{ id: string; userId: string }>;
    expect(all.some((x) => x.id === mine.id) && all.some((x) => x.userId === w.coordId)).toBe(true);
    expect((await w.coord.delete(`/api/jetons/${mine.id}`)).statusCode).toBe(404);
    const elsewhere = await signInNew(t, { role: 'admin' });
    expect((await elsewhere.get('/api/jetons')).json()).toEqual([]);
    expect((await elsewhere.delete(`/api/jetons/${mine.id}`)).statusCode).toBe(404);
    expect((await w.admin.delete(`/api/jetons/${mine.id}`)).statusCode).toBe(204);
    expect((await bearer(mine.secret, '/api/auth/me')).statusCode).toBe(401);
    const own = await newToken(mediator, 'Autre script');
    expect((await mediator.delete(`/api/jetons/${own.id}`)).statusCode).toBe(204);
  });

  it('a token acts with the scope of its owner and never shows its secret again', async () => {
    const token = await newToken(w.coord, 'SIG');
    expect(token.secret).toMatch(/^trm_/);
    expect(JSON.stringify((await w.coord.get('/api/jetons')).json())).not.toContain(token.secret);
    const me = await bearer(token.secret, '/api/auth/me');
    expect(me.json()).toMatchObject({ role: 'coordinateur', user: { id: w.coordId } });
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/utilisateurs',
      headers: { authorization: `Bearer ${token.secret}` },
      payload: { email: 'x@test.trame.local', prenom: 'X', nom: 'Y', role: 'admin' },
    });
    expect(denied.statusCode).toBe(403);
  });
});
