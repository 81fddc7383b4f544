import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectListContract, listIds } from '../../../test/liste';
import { buildSite, useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildLieu, buildPartenaire, buildTerritoire, buildUser } from '../../factories/factories';

/** Issue 14, part 1: collective actions through the API — idempotent, listed, scoped, audited. */
describe('actions collectives: create, list, change, cancel', () => {
  const {
    t,
    d: w,
    coord,
    karim,
    lea,
    limite,
    partner,
    other,
  } = useWorld(
    async (db, t) => {
      t.clock.now = new Date('2027-03-15T10:00:00Z');
      const site = await buildSite(db, {
        users: {
          coord: { role: 'coordinateur', email: 'coord@actions.test' },
          karim: { prenom: 'Karim', nom: 'Benali', email: 'karim@actions.test' },
          lea: { prenom: 'Lea', nom: 'Martin', email: 'lea@actions.test' },
        },
      });
      const sid = site.structureId;
      const qpv2 = (await buildTerritoire(db, { structureId: sid, qpvCode: 'QN01344M' })).id;
      const limite = await buildUser(db, {
        structureId: sid,
        territoryIds: [qpv2],
        email: 'limite@actions.test',
      });
      const centre = await buildPartenaire(db, { structureId: sid, nom: 'Centre social' });
      const bailleur = await buildPartenaire(db, { structureId: sid, nom: 'Bailleur' });
      const lieu = await buildLieu(db, { structureId: sid, territoryId: site.territoryId });
      const partnerUser = await buildUser(db, {
        structureId: sid,
        role: 'partenaire',
        partnerId: centre.id,
        email: 'p@actions.test',
      });
      const otherUser = await buildUser(db, { role: 'coordinateur', email: 'ailleurs@actions.test' });
      return { ...site, qpv2, limite, centre, bailleur, lieu, partner: partnerUser, other: otherUser };
    },
    ['coord', 'karim', 'lea', 'limite', 'partner', 'other'],
  );

  const atelier = (extra: object = {}) => ({
    id: randomUUID(),
    type: 'atelier_numerique',
    titre: 'Atelier démarches en ligne',
    debut: '2027-03-18T14:00:00+01:00',
    fin: '2027-03-18T16:30:00+01:00',
    territoireId: w.territoryId,
    lieuId: null,
    mediateurIds: [w.karim.id],
    partenaireIds: [w.centre.id],
    public: true,
    ...extra,
  });

  it('creates an action once per id, answers 201 both times, and audits the creation', async () => {
    const body = atelier({
      objectif: 'Rendre dix familles autonomes sur la CAF en ligne.',
      heuresPreparation: 3.5,
      publicCible: 'Parents du quartier',
      participantsAttendus: 12,
      lieuId: w.lieu.id,
    });
    const first = await karim.post('/api/actions', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      id: body.id,
      type: 'atelier_numerique',
      statut: 'prevue',
      debut: '2027-03-18T14:00:00+01:00',
      fin: '2027-03-18T16:30:00+01:00',
      lieuId: w.lieu.id,
      mediateurs: [{ id: w.karim.id, nom: 'Karim Benali' }],
      partenaires: [{ id: w.centre.id, nom: 'Centre social' }],
      public: true,
      heuresPreparation: 3.5,
      participantsAttendus: 12,
      participants: 0,
      evaluation: null,
    });
    const again = await karim.post('/api/actions', { ...body, titre: 'Autre titre' });
    expect(again.statusCode).toBe(201);
    expect(again.json().titre).toBe('Atelier démarches en ligne');
    expect((await coord.get(`/api/actions/${body.id}`)).json().titre).toBe('Atelier démarches en ligne');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'action_collective'), eq(auditLog.entityId, body.id)));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    // An id taken in another structure is refused, never read.
    const ailleurs = await other.post('/api/actions', { ...body, territoireId: randomUUID() });
    expect(ailleurs.statusCode).toBe(400);
  });

  it('refuses bad input in French, naming the field', async () => {
    const type = await coord.post('/api/actions', atelier({ type: 'kermesse' }));
    expect(type.statusCode).toBe(400);
    expect(type.json().error.details).toEqual([{ champ: 'type', message: 'Type d’action inconnu.' }]);
    const fin = await coord.post('/api/actions', atelier({ fin: '2027-03-18T13:00:00+01:00' }));
    expect(fin.json().error.details).toEqual([{ champ: 'fin', message: 'La fin doit être après le début.' }]);
    const lieu = await coord.post('/api/actions', atelier({ territoireId: w.qpv2, lieuId: w.lieu.id }));
    expect(lieu.json().error.details).toEqual([
      { champ: 'lieuId', message: 'Ce lieu n’est pas dans le QPV choisi.' },
    ]);
  });

  it('lets a mediator write only the actions they run; coordination writes all, audited', async () => {
    const sansMoi = await lea.post('/api/actions', atelier());
    expect(sansMoi.statusCode).toBe(403);
    expect(sansMoi.json().error.message).toMatch(/actions que vous animez/);
    const body = atelier({ type: 'reunion_habitants', titre: 'Pied d’immeuble Corot' });
    expect((await karim.post('/api/actions', body)).statusCode).toBe(201);
    expect((await lea.patch(`/api/actions/${body.id}`, { titre: 'Pris' })).statusCode).toBe(403);
    const retire = await karim.patch(`/api/actions/${body.id}`, { mediateurIds: [w.lea.id] });
    expect(retire.statusCode).toBe(403);
    const patched = await coord.patch(`/api/actions/${body.id}`, {
      mediateurIds: [w.karim.id, w.lea.id],
      partenaireIds: [w.bailleur.id],
      heuresPreparation: 2,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().mediateurs.map((m: { nom: string }) => m.nom)).toEqual([
      'Karim Benali',
      'Lea Martin',
    ]);
    expect(
      (await lea.patch(`/api/actions/${body.id}`, { titre: 'Pied d’immeuble rue Corot' })).statusCode,
    ).toBe(200);
    const [update] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'action_collective'),
          eq(auditLog.entityId, body.id),
          eq(auditLog.action, 'update'),
          eq(auditLog.actorUserId, w.coord.id),
        ),
      );
    expect(update!.diff).toMatchObject({
      partenaireIds: { avant: w.centre.id, apres: w.bailleur.id },
      heuresPreparation: { avant: 0, apres: 2 },
    });
  });

  it('cancels an action: it stays, annulee, audited, and no longer changes', async () => {
    const body = atelier({ type: 'evenement_festif', titre: 'Fête de quartier' });
    expect((await karim.post('/api/actions', body)).statusCode).toBe(201);
    expect((await lea.delete(`/api/actions/${body.id}`)).statusCode).toBe(403);
    expect((await karim.delete(`/api/actions/${body.id}`)).statusCode).toBe(204);
    expect((await karim.delete(`/api/actions/${body.id}`)).statusCode).toBe(204);
    expect((await coord.get(`/api/actions/${body.id}`)).json().statut).toBe('annulee');
    const patch = await coord.patch(`/api/actions/${body.id}`, { titre: 'Reportée' });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error.message).toBe('Cette action est annulée : elle ne se modifie plus.');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'action_collective'), eq(auditLog.entityId, body.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });

  it('keeps other structures, partners and other territories out', async () => {
    const body = atelier();
    await karim.post('/api/actions', body);
    expect((await partner.get('/api/actions')).statusCode).toBe(403);
    expect((await partner.post('/api/actions', atelier())).statusCode).toBe(403);
    expect((await other.get(`/api/actions/${body.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/actions/${body.id}`, { titre: 'x' })).statusCode).toBe(404);
    expect((await other.get('/api/actions?du=2000-01-01')).json().total).toBe(0);
    // A mediator limited to the second QPV neither sees nor takes the first one's actions.
    expect(await listIds(limite, '/api/actions?du=2000-01-01')).not.toContain(body.id);
    expect((await limite.get(`/api/actions/${body.id}`)).statusCode).toBe(404);
    const hors = await limite.post('/api/actions', atelier({ mediateurIds: [w.limite.id] }));
    expect(hors.json().error.details).toEqual([
      { champ: 'territoireId', message: 'Ce QPV n’est pas dans votre périmètre.' },
    ]);
  });

  it('lists under the list contract: default period, filters, search on the title', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const body = atelier({
        type: i % 2 ? 'sensibilisation' : 'atelier',
        titre: `Série printemps ${i}`,
        debut: `2027-04-0${i + 1}T10:00:00+02:00`,
        fin: `2027-04-0${i + 1}T12:00:00+02:00`,
        territoireId: w.qpv2,
        mediateurIds: [w.limite.id],
      });
      expect((await limite.post('/api/actions', body)).statusCode).toBe(201);
      ids.push(body.id);
    }
    const vieille = atelier({
      titre: 'Série hiver',
      debut: '2026-12-01T10:00:00+01:00',
      fin: '2026-12-01T12:00:00+01:00',
      territoireId: w.qpv2,
      mediateurIds: [w.limite.id],
    });
    await limite.post('/api/actions', vieille);
    const walked = await expectListContract<{ id: string }>(limite, '/api/actions', { total: 5 });
    expect(walked.map((a) => a.id)).toEqual([...ids].reverse());
    expect((await limite.get('/api/actions')).json().periode).toEqual({ du: '2027-02-14', au: null });
    expect(await listIds(limite, '/api/actions?du=2026-01-01&recherche=hiver')).toEqual([vieille.id]);
    expect(await listIds(limite, '/api/actions?type=sensibilisation')).toEqual([ids[3], ids[1]]);
    expect(await listIds(limite, `/api/actions?territoireId=${w.territoryId}`)).toEqual([]);
    expect(await listIds(coord, '/api/actions?du=2027-04-02&au=2027-04-03&statut=prevue')).toEqual([
      ids[2],
      ids[1],
    ]);
    const statut = await coord.get('/api/actions?statut=finie');
    expect(statut.json().error.details).toEqual([
      { champ: 'statut', message: 'Statut inconnu : prevue ou annulee.' },
    ]);
    const periode = await coord.get('/api/actions?du=2027-05-01&au=2027-04-01');
    expect(periode.statusCode).toBe(400);
    expect(periode.json().error.details).toEqual([expect.objectContaining({ champ: 'au' })]);
  });
});
