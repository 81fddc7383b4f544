import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { champsOf } from '../../../test/helpers';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { buildLieu, buildPartenaire, buildTerritoire } from '../../factories/factories';
import { buildRegleRoutage, buildSignalement } from '../../factories/signalements.factories';

const COROT = { latitude: 43.32589, longitude: 5.40493 };
const FRAIS_VALLON = { latitude: 43.3262, longitude: 5.42728 };

describe('signalements: capture, routing, workflow, scope', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId: sid, territoryId: malpasse } = await buildSite(t.db);
    const fraisVallon = (await buildTerritoire(t.db, { structureId: sid, qpvCode: 'QN01344M' })).id;
    const bailleur = await buildPartenaire(t.db, { structureId: sid, nom: 'Bailleur Sud', kind: 'bailleur' });
    const ville = await buildPartenaire(t.db, {
      structureId: sid,
      nom: 'Ville — services techniques',
      kind: 'ville',
    });
    const med = await signInNew(t, { structureId: sid, prenom: 'Samia', nom: 'Benali' });
    const coord = await signInNew(t, { structureId: sid, role: 'coordinateur' });
    return { sid, malpasse, fraisVallon, med, coord, bailleur, ville };
  });

  it('captures once per client id, assigns the QPV by point-in-polygon and records who/when', async () => {
    await buildRegleRoutage(t.db, {
      structureId: w.sid,
      categorie: 'eclairage',
      territoryId: w.malpasse,
      partnerId: w.ville.id,
    });
    const body = { id: randomUUID(), categorie: 'eclairage', ...COROT, description: 'Lampadaire éteint' };
    const first = await w.med.post('/api/signalements', body);
    expect(first.statusCode).toBe(201);
    const s = first.json().signalement;
    expect(s).toMatchObject({
      territoireId: w.malpasse,
      qpvCode: 'QN01342I',
      statut: 'transmis',
      partenaireId: w.ville.id,
    });
    expect(s.historique.map((h: { statut: string; par: string }) => [h.statut, h.par])).toEqual([
      ['nouveau', 'Samia Benali'],
      ['transmis', 'Samia Benali'],
    ]);
    const again = await w.med.post('/api/signalements', body);
    expect(again.statusCode).toBe(200);
    expect(again.json().signalement.id).toBe(s.id);
    expect(
      (await w.med.get('/api/signalements?parPage=200'))
        .json()
        .items.filter((x: { id: string }) => x.id === s.id),
    ).toHaveLength(1);
  });

  it('routes by precedence: place partner > rule category×place > rule category×QPV > coordinator', async () => {
    const withOwner = await buildLieu(t.db, {
      structureId: w.sid,
      territoryId: w.malpasse,
      partnerId: w.bailleur.id,
      ...COROT,
    });
    const plain = await buildLieu(t.db, { structureId: w.sid, territoryId: w.malpasse, ...COROT });
    const other = await buildPartenaire(t.db, { structureId: w.sid, nom: 'Prestataire espaces verts' });
    await buildRegleRoutage(t.db, {
      structureId: w.sid,
      categorie: 'espaces_verts',
      territoryId: w.malpasse,
      partnerId: w.ville.id,
    });
    await buildRegleRoutage(t.db, {
      structureId: w.sid,
      categorie: 'espaces_verts',
      placeId: plain.id,
      partnerId: other.id,
    });
    await buildRegleRoutage(t.db, {
      structureId: w.sid,
      categorie: 'espaces_verts',
      placeId: withOwner.id,
      partnerId: other.id,
    });
    const capture = async (extra: object) =>
      (
        await w.med.post('/api/signalements', { id: randomUUID(), categorie: 'espaces_verts', ...extra })
      ).json().signalement;
    expect(await capture({ lieuId: withOwner.id })).toMatchObject({
      partenaireId: w.bailleur.id,
      routage: 'lieu',
    });
    expect(await capture({ lieuId: plain.id })).toMatchObject({
      partenaireId: other.id,
      routage: 'regle_lieu',
    });
    expect(await capture({ ...COROT })).toMatchObject({
      partenaireId: w.ville.id,
      routage: 'regle_territoire',
    });
    const none = await capture({ ...FRAIS_VALLON });
    expect(none).toMatchObject({
      partenaireId: null,
      routage: 'coordination',
      statut: 'nouveau',
      territoireId: w.fraisVallon,
    });
    expect(none.alerteRoutage).toMatch(/coordination/);
    const sent = await w.coord.post(`/api/signalements/${none.id}/transmission`, {
      partenaireId: w.ville.id,
    });
    expect(sent.json()).toMatchObject({
      statut: 'transmis',
      partenaireId: w.ville.id,
      routage: 'manuel',
      alerteRoutage: null,
    });
  });

  it('runs the status workflow with a dated history and refuses impossible steps in French', async () => {
    const s = (
      await w.med.post('/api/signalements', { id: randomUUID(), categorie: 'eclairage', ...COROT })
    ).json().signalement;
    t.clock.now = new Date(Date.now() + 3600_000);
    const pec = await w.coord.post(`/api/signalements/${s.id}/statut`, { statut: 'pris_en_compte' });
    expect(pec.statusCode).toBe(200);
    const back = await w.coord.post(`/api/signalements/${s.id}/statut`, { statut: 'nouveau' });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.details[0].champ).toBe('statut');
    const rej = await w.coord.post(`/api/signalements/${s.id}/statut`, { statut: 'rejete' });
    expect(rej.json().error.details[0]).toMatchObject({ champ: 'commentaire' });
    const done = await w.coord.post(`/api/signalements/${s.id}/statut`, {
      statut: 'resolu',
      commentaire: 'Ampoule changée',
    });
    const h = done.json().historique;
    expect(h.map((x: { statut: string }) => x.statut)).toEqual([
      'nouveau',
      'transmis',
      'pris_en_compte',
      'resolu',
    ]);
    expect(h[3]).toMatchObject({ commentaire: 'Ampoule changée', via: 'application' });
    expect(new Date(h[2].le).getTime()).toBe(t.clock.now.getTime());
    t.clock.now = new Date();
  });

  it('marks a duplicate of another signalement, and suggests open ones of the same category within 50 m', async () => {
    const a = (
      await w.med.post('/api/signalements', { id: randomUUID(), categorie: 'encombrants', ...COROT })
    ).json();
    const near = { latitude: COROT.latitude + 0.0003, longitude: COROT.longitude }; // ~33 m north
    const far = { latitude: COROT.latitude + 0.0006, longitude: COROT.longitude }; // ~67 m north
    const b = (
      await w.med.post('/api/signalements', { id: randomUUID(), categorie: 'encombrants', ...near })
    ).json();
    expect(b.doublonsPossibles.map((d: { id: string }) => d.id)).toEqual([a.signalement.id]);
    expect(b.doublonsPossibles[0].distanceM).toBeGreaterThan(25);
    // The answer is its declared view: the e-mailed transmission stays on the server.
    expect(Object.keys(b).sort()).toEqual(['created', 'doublonsPossibles', 'signalement']);
    const c = (
      await w.med.post('/api/signalements', { id: randomUUID(), categorie: 'encombrants', ...far })
    ).json();
    expect(c.doublonsPossibles.map((d: { id: string }) => d.id)).toEqual([b.signalement.id]);
    const otherCat = (
      await w.med.post('/api/signalements', { id: randomUUID(), categorie: 'proprete', ...near })
    ).json();
    expect(
      otherCat.doublonsPossibles.filter((d: { categorie: string }) => d.categorie === 'encombrants'),
    ).toEqual([]);
    const dup = await w.coord.post(`/api/signalements/${b.signalement.id}/statut`, {
      statut: 'doublon',
      doublonDeId: a.signalement.id,
    });
    expect(dup.json()).toMatchObject({ statut: 'doublon', doublonDeId: a.signalement.id });
    const q = `/api/signalements/doublons?categorie=encombrants&latitude=${near.latitude}&longitude=${near.longitude}`;
    const ids = (await w.med.get(q)).json().map((d: { id: string }) => d.id);
    expect(ids.sort()).toEqual([a.signalement.id, c.signalement.id].sort());
  });

  it('partners see only what is routed to them and update it from their portal', async () => {
    const hier = new Date(Date.now() - 86_400_000);
    const sent = { observedAt: hier, historique: [{ statut: 'transmis' as const, at: hier }] };
    const mine = await buildSignalement(t.db, {
      structureId: w.sid,
      territoryId: w.malpasse,
      partnerId: w.bailleur.id,
      ...sent,
    });
    const theirs = await buildSignalement(t.db, {
      structureId: w.sid,
      territoryId: w.malpasse,
      partnerId: w.ville.id,
      ...sent,
    });
    const p = await signInNew(t, { structureId: w.sid, role: 'partenaire', partnerId: w.bailleur.id });
    const list = (await p.get('/api/signalements?ouverts=false&parPage=200')).json().items;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((s: { partenaireId: string }) => s.partenaireId === w.bailleur.id)).toBe(true);
    expect((await p.get(`/api/signalements/${theirs.id}`)).statusCode).toBe(404);
    expect((await p.post(`/api/signalements/${theirs.id}/statut`, { statut: 'resolu' })).statusCode).toBe(
      404,
    );
    const res = await p.post(`/api/signalements/${mine.id}/statut`, { statut: 'resolu' });
    expect(res.json().historique.at(-1)).toMatchObject({ statut: 'resolu', via: 'portail' });
    expect(
      (await p.post('/api/signalements', { id: randomUUID(), categorie: 'autre', ...COROT })).statusCode,
    ).toBe(403);
    const delais = (await p.get('/api/signalements/delais')).json();
    expect(delais.lignes.every((l: { partenaireId: string }) => l.partenaireId === w.bailleur.id)).toBe(true);
  });

  it('a change that arrives after the partner closed it becomes a comment; a replayed change adds nothing', async () => {
    const hier = new Date(Date.now() - 86_400_000);
    const s = await buildSignalement(t.db, {
      structureId: w.sid,
      territoryId: w.malpasse,
      partnerId: w.bailleur.id,
      observedAt: hier,
      historique: [{ statut: 'transmis' as const, at: hier }],
    });
    const p = await signInNew(t, { structureId: w.sid, role: 'partenaire', partnerId: w.bailleur.id });
    const resolved = await p.post(`/api/signalements/${s.id}/statut`, { statut: 'resolu' });
    expect(resolved.statusCode).toBe(200);
    // The partner's answer was lost on the way back: the portal sends it again.
    const replay = await p.post(`/api/signalements/${s.id}/statut`, { statut: 'resolu' });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().historique).toHaveLength(resolved.json().historique.length);
    // The mediator's « pris en compte », queued offline before the closure, reaches the server now.
    const late = await w.med.post(`/api/signalements/${s.id}/statut`, {
      statut: 'pris_en_compte',
      commentaire: 'Vu le gardien.',
    });
    expect(late.statusCode).toBe(200);
    expect(late.json().statut).toBe('resolu');
    expect(late.json().historique.at(-1)).toMatchObject({
      statut: 'resolu',
      via: 'application',
      commentaire:
        'Passage à « Pris en compte » demandé après la clôture : le signalement reste « Résolu ». Vu le gardien.',
    });
  });

  it('a mediator of one QPV neither reads nor captures on another; another structure sees nothing', async () => {
    const onFv = await buildSignalement(t.db, { structureId: w.sid, territoryId: w.fraisVallon });
    const local = await signInNew(t, { structureId: w.sid, territoryIds: [w.malpasse] });
    expect((await local.get(`/api/signalements/${onFv.id}`)).statusCode).toBe(404);
    const res = await local.post('/api/signalements', {
      id: randomUUID(),
      categorie: 'voirie',
      territoireId: w.fraisVallon,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].champ).toBe('territoireId');
    const outside = await local.post('/api/signalements', {
      id: randomUUID(),
      categorie: 'voirie',
      ...FRAIS_VALLON,
    });
    expect(outside.json().error.details[0].champ).toBe('latitude');
    const stranger = await signInNew(t, { role: 'admin' });
    expect((await stranger.get(`/api/signalements/${onFv.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/signalements?ouverts=false')).json()).toMatchObject({
      items: [],
      total: 0,
    });
    const reuse = await stranger.post('/api/signalements', {
      id: onFv.id,
      categorie: 'voirie',
      territoireId: w.malpasse,
    });
    expect(reuse.statusCode).toBe(400);
    const rule = await stranger.post('/api/signalements/regles', {
      categorie: 'voirie',
      territoireId: w.malpasse,
      partenaireId: w.ville.id,
    });
    expect(rule.statusCode).toBe(400);
  });

  it('names bad fields in French', async () => {
    const res = await w.med.post('/api/signalements', { id: 'x', categorie: 'fuite', latitude: 95 });
    expect(res.statusCode).toBe(400);
    const champs = champsOf(res);
    expect(champs).toEqual(expect.arrayContaining(['id', 'categorie', 'latitude']));
  });

  it('coordinators manage routing rules; a second rule for the same target is a conflict', async () => {
    const body = { categorie: 'nuisibles', territoireId: w.fraisVallon, partenaireId: w.bailleur.id };
    const created = await w.coord.post('/api/signalements/regles', body);
    expect(created.statusCode).toBe(201);
    expect((await w.coord.post('/api/signalements/regles', body)).statusCode).toBe(409);
    expect((await w.med.post('/api/signalements/regles', body)).statusCode).toBe(403);
    expect((await w.coord.delete(`/api/signalements/regles/${created.json().id}`)).statusCode).toBe(204);
  });
});
