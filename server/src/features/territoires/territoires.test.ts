import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { buildTeam, signInNew, useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildPartenaire, buildStructure, buildTerritoire, buildUser } from '../../factories/factories';

describe('territories, sectors and places', () => {
  const {
    t,
    d: site,
    coord,
  } = useWorld((db) => buildTeam(db, { coord: { role: 'coordinateur' } }), ['coord']);

  it('searches the national QPV list by code, name or commune, accents ignored', async () => {
    const byCode = await coord.get('/api/referentiel/qpv?q=qn01344m');
    expect(byCode.json()[0]).toMatchObject({ code: 'QN01344M', nom: 'Frais Vallon' });
    const byName = await coord.get('/api/referentiel/qpv?q=malpasse');
    expect(byName.json().map((q: { code: string }) => q.code)).toContain('QN01342I');
    const byCommune = await coord.get('/api/referentiel/qpv?q=amberieu');
    expect(byCommune.json()).toEqual([
      {
        code: 'QN00103M',
        nom: "Les Courbes De L'Albarine",
        communes: [{ insee: '01004', nom: 'Ambérieu-en-Bugey' }],
      },
    ]);
  });

  it('adds a QPV of the national list, refuses an unknown or repeated one', async () => {
    const ok = await coord.post('/api/territoires', { qpvCode: 'qn01344m' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      qpvCode: 'QN01344M',
      nom: 'Frais Vallon',
      communes: ['Marseille'],
      secteurs: [],
      lieux: [],
    });
    const again = await coord.post('/api/territoires', { qpvCode: 'QN01344M' });
    expect(again.statusCode).toBe(409);
    const unknown = await coord.post('/api/territoires', { qpvCode: 'QN99999Z' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/liste nationale/);
    const malformed = await coord.post('/api/territoires', { qpvCode: 'Frais Vallon' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].champ).toBe('qpvCode');
  });

  it('creates sectors and places, lists them under their QPV, and audits each change', async () => {
    const terr = (await coord.post('/api/territoires', { qpvCode: 'QN01342I' })).json();
    const sector = await coord.post(`/api/territoires/${terr.id}/secteurs`, { nom: 'Corot' });
    expect(sector.statusCode).toBe(201);
    const bailleur = await buildPartenaire(t.db, { structureId: site.structureId, kind: 'bailleur' });
    const place = await coord.post(`/api/territoires/${terr.id}/lieux`, {
      nom: 'Résidence Corot',
      kind: 'residence',
      secteurId: sector.json().id,
      latitude: 43.32589,
      longitude: 5.40493,
      partenaireId: bailleur.id,
    });
    expect(place.statusCode).toBe(201);
    const list = (await coord.get('/api/territoires')).json();
    const mine = list.find((x: { id: string }) => x.id === terr.id);
    expect(mine.secteurs).toEqual([{ id: sector.json().id, nom: 'Corot' }]);
    expect(mine.lieux[0]).toMatchObject({
      nom: 'Résidence Corot',
      kind: 'residence',
      partenaireId: bailleur.id,
      latitude: 43.32589,
    });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'lieu'), eq(auditLog.entityId, place.json().id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('create');

    const renamed = await coord.patch(`/api/secteurs/${sector.json().id}`, { nom: 'Corot Nord' });
    expect(renamed.json().nom).toBe('Corot Nord');
    expect((await coord.delete(`/api/lieux/${place.json().id}`)).statusCode).toBe(204);
    expect((await coord.delete(`/api/secteurs/${sector.json().id}`)).statusCode).toBe(204);
  });

  it('explains bad places: unknown kind, half a GPS point, a sector of another QPV, a duplicate name', async () => {
    const [a, b] = (await coord.get('/api/territoires')).json();
    const sectorB = (await coord.post(`/api/territoires/${b.id}/secteurs`, { nom: 'Sud' })).json();
    const kind = await coord.post(`/api/territoires/${a.id}/lieux`, { nom: 'X', kind: 'chateau' });
    expect(kind.json().error.details).toEqual([{ champ: 'kind', message: 'Type de lieu inconnu.' }]);
    const half = await coord.post(`/api/territoires/${a.id}/lieux`, {
      nom: 'X',
      kind: 'rue',
      latitude: 43.3,
    });
    expect(half.statusCode).toBe(400);
    expect(half.json().error.message).toMatch(/Latitude et longitude/);
    const wrongSector = await coord.post(`/api/territoires/${a.id}/lieux`, {
      nom: 'X',
      kind: 'rue',
      secteurId: sectorB.id,
    });
    expect(wrongSector.statusCode).toBe(409);
    await coord.post(`/api/territoires/${a.id}/lieux`, { nom: 'Place du marché', kind: 'place' });
    const dup = await coord.post(`/api/territoires/${a.id}/lieux`, { nom: 'Place du marché', kind: 'place' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details[0].champ).toBe('nom');
  });

  it('mediators read territories but cannot change them; partners cannot read them', async () => {
    const med = await signInNew(t, { structureId: site.structureId });
    expect((await med.get('/api/territoires')).statusCode).toBe(200);
    expect((await med.post('/api/territoires', { qpvCode: 'QN00103M' })).statusCode).toBe(403);
    const partner = await signInNew(t, { structureId: site.structureId, role: 'partenaire' });
    expect((await partner.get('/api/territoires')).statusCode).toBe(403);
    expect((await partner.get('/api/partenaires')).statusCode).toBe(403);
  });

  it('a user limited to one QPV sees and manages only that one', async () => {
    const [a, b] = (await coord.get('/api/territoires')).json();
    const limited = await login(
      t.app,
      (await buildUser(t.db, { structureId: site.structureId, role: 'coordinateur', territoryIds: [a.id] }))
        .email,
    );
    const list = (await limited.get('/api/territoires')).json();
    expect(list.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect((await limited.post(`/api/territoires/${b.id}/secteurs`, { nom: 'Intrus' })).statusCode).toBe(404);
    expect((await limited.post('/api/territoires', { qpvCode: 'QN00103M' })).statusCode).toBe(403);
  });

  it('another structure sees nothing of this one and cannot touch it', async () => {
    const [a] = (await coord.get('/api/territoires')).json();
    const otherStructure = await buildStructure(t.db);
    await buildTerritoire(t.db, { structureId: otherStructure.id, qpvCode: 'QN00105I' });
    const other = await signInNew(t, { structureId: otherStructure.id, role: 'admin' });
    const list = (await other.get('/api/territoires')).json();
    expect(list.map((x: { qpvCode: string }) => x.qpvCode)).toEqual(['QN00105I']);
    expect((await other.post(`/api/territoires/${a.id}/secteurs`, { nom: 'Intrus' })).statusCode).toBe(404);
    expect(
      (await other.patch(`/api/lieux/${a.lieux[0].id}`, { nom: 'Intrus', kind: 'rue' })).statusCode,
    ).toBe(404);
    expect((await other.delete(`/api/territoires/${a.id}`)).statusCode).toBe(404);
    expect(
      (await other.get('/api/journal')).json().items.every((i: { entityId: string }) => i.entityId !== a.id),
    ).toBe(true);
  });
});
