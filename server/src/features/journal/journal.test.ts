import { describe, expect, it } from 'vitest';
import { expectListContract } from '../../../test/liste';
import { buildTeam, signInNew, useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';

describe('audit log', () => {
  const {
    t,
    d: site,
    admin,
  } = useWorld((db) => buildTeam(db, { admin: { role: 'admin', prenom: 'Alice', nom: 'Admin' } }), ['admin']);

  it('records who changed what, with a diff and no secret, filterable by entity and action', async () => {
    await admin.patch('/api/structure', { nom: 'Médiation Nord' });
    await admin.post('/api/utilisateurs', {
      email: 'nouveau@test.trame.local',
      prenom: 'Nina',
      nom: 'Nouveau',
      role: 'mediateur',
      allTerritoires: true,
      territoireIds: [],
    });
    const res = await admin.get('/api/journal?entityType=structure&action=update');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(1);
    expect(res.json().items[0]).toMatchObject({
      actorNom: 'Alice Admin',
      action: 'update',
      entityType: 'structure',
      diff: { nom: { apres: 'Médiation Nord' } },
    });
    const all = await admin.get('/api/journal');
    const text = JSON.stringify(all.json());
    expect(text).not.toMatch(/\$argon2|activer\//);
    expect(all.json().total).toBeGreaterThanOrEqual(3);
  });

  it('filters by day in Europe/Paris and validates dates', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(t.clock.now);
    expect((await admin.get(`/api/journal?du=${today}&au=${today}`)).json().total).toBeGreaterThan(0);
    expect((await admin.get('/api/journal?au=2000-01-01')).json().total).toBe(0);
    const bad = await admin.get('/api/journal?du=31/12/2025');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/AAAA-MM-JJ/);
  });

  it('pages on the list contract, over the last 30 days unless `du` says otherwise', async () => {
    const old = new Date(t.clock.now.getTime() - 40 * 86_400_000);
    await t.db.insert(auditLog).values({
      structureId: site.structureId,
      actorLabel: 'Ancien',
      channel: 'systeme',
      action: 'update',
      entityType: 'structure',
      createdAt: old,
    });
    const recent = (await admin.get('/api/journal')).json();
    expect(recent.periode.au).toBeNull();
    expect(recent.items.some((e: { actorNom: string }) => e.actorNom === 'Ancien')).toBe(false);
    await expectListContract(admin, '/api/journal', { total: recent.total });
    const since = (await admin.get(`/api/journal?du=${old.toISOString().slice(0, 10)}`)).json();
    expect(since.total).toBe(recent.total + 1);
    const stranger = await signInNew(t, { role: 'admin' });
    const theirs = (await stranger.get('/api/journal?du=2000-01-01')).json().items;
    expect(theirs.every((e: { entityId: string | null }) => e.entityId !== site.structureId)).toBe(true);
    expect(theirs.some((e: { actorNom: string }) => e.actorNom === 'Ancien')).toBe(false);
  });

  it('is for admin and direction only', async () => {
    for (const role of ['coordinateur', 'mediateur', 'partenaire', 'lecteur'] as const) {
      const s = await signInNew(t, { structureId: site.structureId, role });
      expect((await s.get('/api/journal')).statusCode, role).toBe(403);
    }
    const dir = await signInNew(t, { structureId: site.structureId, role: 'direction' });
    expect((await dir.get('/api/journal')).statusCode).toBe(200);
  });
});
