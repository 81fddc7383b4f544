import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { signInNew, useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildTerritoire, buildUser } from '../../factories/factories';
import { activiteBody, buildMainCouranteStructure, liveTourneeBody } from './main-courante.factories';

describe('main courante permissions, scoping and review', () => {
  const { t, d: s, med1, med2, coord } = useWorld(buildMainCouranteStructure, ['med1', 'med2', 'coord']);
  let activiteId: string;
  beforeAll(async () => {
    const b = activiteBody({ territoireId: s.malpasse.id, mediateurIds: [s.med1.id] });
    activiteId = b.id;
    expect((await med1.post('/api/activites', b)).statusCode).toBe(201);
  });

  const auditRows = (entityId: string, action: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

  it('lets a mediator edit their own activity but not a colleague’s (403), and a coordinator edit any', async () => {
    const own = await med1.patch(`/api/activites/${activiteId}`, { commentaire: 'RAS' });
    expect(own.statusCode).toBe(200);
    expect(own.json().commentaire).toBe('RAS');
    const other = await med2.patch(`/api/activites/${activiteId}`, { commentaire: 'Pas à moi' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toMatch(/auteur·rice/);
    expect((await med2.get(`/api/activites/${activiteId}`)).json().peutModifier).toBe(false);
    const contact = { id: randomUUID(), nature: 'ecoute' };
    expect((await med2.post(`/api/activites/${activiteId}/contacts`, contact)).statusCode).toBe(403);
    const byCoord = await coord.patch(`/api/activites/${activiteId}`, {
      cadre: 'permanence',
      mediateurIds: [s.med1.id, s.med2.id],
    });
    expect(byCoord.statusCode).toBe(200);
    // Now present, the colleague may edit too.
    expect((await med2.patch(`/api/activites/${activiteId}`, { cadre: 'tournee' })).statusCode).toBe(200);
    const updates = await auditRows(activiteId, 'update');
    expect(updates.length).toBe(3);
    expect(updates.some((u) => JSON.stringify(u.diff).includes('"cadre"'))).toBe(true);
  });

  it('recomputes slot and duration when the times change, and checks the new period', async () => {
    const res = await med1.patch(`/api/activites/${activiteId}`, {
      debut: '2026-03-10T20:00:00+01:00',
      fin: '2026-03-11T00:30:00+01:00',
    });
    expect(res.json()).toMatchObject({ creneau: 'soiree', dureeMinutes: 270 });
    const bad = await med1.patch(`/api/activites/${activiteId}`, { fin: '2026-03-10T19:00:00+01:00' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ champ: 'fin', message: 'La fin doit être après le début.' }]);
  });

  it('keeps a mediator limited to one QPV to that QPV', async () => {
    const limited = await login(t.app, s.medMalpasse.email);
    const onOther = activiteBody({ territoireId: s.fraisVallon.id, mediateurIds: [s.medMalpasse.id] });
    const refused = await limited.post('/api/activites', onOther);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.message).toBe('Territoire introuvable.');
    const fv = activiteBody({ territoireId: s.fraisVallon.id, mediateurIds: [s.med1.id] });
    await med1.post('/api/activites', fv);
    expect((await limited.get(`/api/activites/${fv.id}`)).statusCode).toBe(404);
    const replayElsewhere = await limited.post('/api/activites', { ...fv, territoireId: s.malpasse.id });
    expect(replayElsewhere.statusCode).toBe(409);
    const list = (await limited.get('/api/activites')).json();
    expect(list.items.every((i: { territoire: { id: string } }) => i.territoire.id === s.malpasse.id)).toBe(
      true,
    );
    const move = await med1.patch(`/api/activites/${activiteId}`, { territoireId: s.fraisVallon.id });
    expect(move.statusCode).toBe(200);
    expect(move.json()).toMatchObject({ secteur: null, lieu: null, territoire: { qpvCode: 'QN01344M' } });
    expect((await limited.get(`/api/activites/${activiteId}`)).statusCode).toBe(404);
    expect((await limited.patch(`/api/activites/${activiteId}`, { cadre: 'autre' })).statusCode).toBe(404);
    await med1.patch(`/api/activites/${activiteId}`, { territoireId: s.malpasse.id });
  });

  it('shows nothing to another structure, and does not leak a taken id', async () => {
    const otherId = (await buildTerritoire(t.db, { qpvCode: 'QN01342I' })).structureId;
    const other = await buildUser(t.db, { structureId: otherId, role: 'coordinateur' });
    const foreign = await login(t.app, other.email);
    expect((await foreign.get(`/api/activites/${activiteId}`)).statusCode).toBe(404);
    expect((await foreign.get('/api/activites')).json().total).toBe(0);
    expect((await foreign.patch(`/api/activites/${activiteId}`, { cadre: 'autre' })).statusCode).toBe(404);
    expect((await foreign.post(`/api/activites/${activiteId}/revue`, { statut: 'validee' })).statusCode).toBe(
      404,
    );
    const contact = { id: randomUUID(), nature: 'ecoute' };
    expect((await foreign.post(`/api/activites/${activiteId}/contacts`, contact)).statusCode).toBe(404);
    const [terr] = (await foreign.get('/api/territoires')).json();
    const taken = await foreign.post(
      '/api/activites',
      activiteBody({ id: activiteId, territoireId: terr.id, mediateurIds: [other.id] }),
    );
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe(
      'Cet identifiant est déjà utilisé : générez-en un nouveau et réessayez.',
    );
    expect(taken.body).not.toContain(s.malpasse.id);
    const partner = await signInNew(t, { structureId: s.structureId, role: 'partenaire' });
    expect((await partner.get('/api/activites')).statusCode).toBe(403);
    const reader = await signInNew(t, { structureId: s.structureId, role: 'lecteur' });
    expect((await reader.get('/api/activites')).statusCode).toBe(200);
    expect(
      (
        await reader.post(
          '/api/activites',
          activiteBody({ territoireId: s.malpasse.id, mediateurIds: [s.med1.id] }),
        )
      ).statusCode,
    ).toBe(403);
  });

  it('reviews: coordination only; à corriger needs a comment; validated locks for everyone', async () => {
    expect((await med1.post(`/api/activites/${activiteId}/revue`, { statut: 'validee' })).statusCode).toBe(
      403,
    );
    const noComment = await coord.post(`/api/activites/${activiteId}/revue`, { statut: 'a_corriger' });
    expect(noComment.json().error.details).toEqual([
      { champ: 'commentaire', message: 'Dites ce qu’il faut corriger.' },
    ]);
    const back = await coord.post(`/api/activites/${activiteId}/revue`, {
      statut: 'a_corriger',
      commentaire: 'Ajouter le lieu.',
    });
    expect(back.json()).toMatchObject({
      statutRevue: 'a_corriger',
      verrouillee: false,
      revue: { commentaire: 'Ajouter le lieu.' },
    });
    const fixed = await med1.patch(`/api/activites/${activiteId}`, { lieuId: s.lieu.id });
    expect(fixed.json()).toMatchObject({
      statutRevue: 'a_revoir',
      lieu: { id: s.lieu.id },
      secteur: { id: s.secteur.id },
    });
    const ok = await coord.post(`/api/activites/${activiteId}/revue`, {
      statut: 'validee',
      commentaire: 'Merci',
    });
    expect(ok.json()).toMatchObject({ statutRevue: 'validee', verrouillee: true, peutModifier: false });
    expect(ok.json().historiqueRevue.map((h: { action: string }) => h.action)).toEqual([
      'a_corriger',
      'validee',
    ]);
    expect(ok.json().historiqueRevue[1].par).toMatchObject({ id: s.coord.id, prenom: 'Nadia' });

    const locked = await med1.patch(`/api/activites/${activiteId}`, { commentaire: 'Trop tard' });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error).toMatchObject({
      code: 'verrouillee',
      message: expect.stringMatching(/déverrouiller/),
    });
    expect(
      (await coord.patch(`/api/activites/${activiteId}`, { commentaire: 'Moi non plus' })).statusCode,
    ).toBe(423);
    const contact = { id: randomUUID(), nature: 'ecoute' };
    expect((await med1.post(`/api/activites/${activiteId}/contacts`, contact)).statusCode).toBe(423);
    expect(
      (await coord.post(`/api/activites/${activiteId}/revue`, { statut: 'a_corriger', commentaire: 'x' }))
        .statusCode,
    ).toBe(423);
    expect((await coord.post(`/api/activites/${activiteId}/revue`, { statut: 'validee' })).statusCode).toBe(
      200,
    );
    expect((await med1.get(`/api/activites?statut=validee&du=2026-03-01`)).json().total).toBe(1);
  });

  it('unlocks: coordinators only, logged as unlock; an edit sends it back to review', async () => {
    const admin = await signInNew(t, { structureId: s.structureId, role: 'admin' });
    expect((await admin.post(`/api/activites/${activiteId}/deverrouiller`)).statusCode).toBe(403);
    expect((await med1.post(`/api/activites/${activiteId}/deverrouiller`)).statusCode).toBe(403);
    const unlocked = await coord.post(`/api/activites/${activiteId}/deverrouiller`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json()).toMatchObject({ verrouillee: false, statutRevue: 'validee' });
    const unlocks = await auditRows(activiteId, 'unlock');
    expect(unlocks).toHaveLength(1);
    expect(unlocks[0]).toMatchObject({ actorUserId: s.coord.id, entityType: 'activite' });
    expect((await coord.post(`/api/activites/${activiteId}/deverrouiller`)).statusCode).toBe(409);
    const edited = await med1.patch(`/api/activites/${activiteId}`, { commentaire: 'Corrigé' });
    expect(edited.json()).toMatchObject({ statutRevue: 'a_revoir', verrouillee: false });
    const journal = await signInNew(t, { structureId: s.structureId, role: 'direction' });
    const entries = (await journal.get('/api/journal?action=unlock')).json().items;
    expect(entries[0]).toMatchObject({
      entityType: 'activite',
      entityId: activiteId,
      actorNom: 'Nadia Martin',
    });
  });

  it('refuses to review an activity still in progress', async () => {
    const live = liveTourneeBody(s.malpasse.id, s.med1.id);
    await med1.post('/api/activites', live);
    const res = await coord.post(`/api/activites/${live.id}/revue`, { statut: 'validee' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/en cours/);
  });
});
