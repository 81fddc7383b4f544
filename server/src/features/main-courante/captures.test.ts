import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { champsOf } from '../../../test/helpers';
import { signInNew, useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { activiteBody, buildMainCouranteStructure, liveTourneeBody } from './main-courante.factories';
import { contacts } from './main-courante.table';

describe('live capture: contacts and observations', () => {
  const {
    t,
    d: s,
    med,
    coord,
  } = useWorld(buildMainCouranteStructure, { med: (s) => s.med1.email, coord: (s) => s.coord.email });
  let tournee: string;
  beforeAll(async () => {
    const b = liveTourneeBody(s.malpasse.id, s.med1.id);
    tournee = b.id;
    await med.post('/api/activites', b);
  });

  const counts = async () => {
    const a = (await med.get(`/api/activites/${tournee}`)).json();
    return [a.nbContacts, a.nbPersonnes];
  };

  it('logs a contact with one tap (defaults: 1 person), idempotent on its id', async () => {
    const id = randomUUID();
    const first = await med.post(`/api/activites/${tournee}/contacts`, { id, nature: 'lien_social' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      id,
      nbPersonnes: 1,
      public: 'inconnu',
      genre: 'non_precise',
      supprime: false,
    });
    const replay = await med.post(`/api/activites/${tournee}/contacts`, {
      id,
      nature: 'ecoute',
      nbPersonnes: 9,
    });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ nature: 'lien_social', nbPersonnes: 1 });
    expect(await counts()).toEqual([1, 1]);
    const [both] = await Promise.all([
      med.post(`/api/activites/${tournee}/contacts`, {
        id: randomUUID(),
        nature: 'information',
        nbPersonnes: 3,
      }),
      med.post(`/api/activites/${tournee}/contacts`, {
        id: randomUUID(),
        nature: 'veille',
        lieuId: s.lieu.id,
      }),
    ]);
    expect(both.statusCode).toBe(201);
    expect(await counts()).toEqual([3, 5]);
  });

  it('adjusts a contact with the stepper, and names bad values', async () => {
    const id = randomUUID();
    await med.post(`/api/activites/${tournee}/contacts`, { id, nature: 'rappel_regle' });
    const res = await med.patch(`/api/activites/${tournee}/contacts/${id}`, {
      nbPersonnes: 4,
      public: 'jeune',
      genre: 'homme',
    });
    expect(res.json()).toMatchObject({
      nature: 'rappel_regle',
      nbPersonnes: 4,
      public: 'jeune',
      genre: 'homme',
    });
    const bad = await med.patch(`/api/activites/${tournee}/contacts/${id}`, {
      nbPersonnes: 0,
      public: 'ado',
    });
    expect(champsOf(bad).sort()).toEqual(['nbPersonnes', 'public']);
    const empty = await med.patch(`/api/activites/${tournee}/contacts/${id}`, {});
    expect(empty.json().error.message).toMatch(/Rien à modifier/);
    const elsewhere = await med.patch(`/api/activites/${tournee}/contacts/${id}`, { lieuId: s.lieuFv.id });
    expect(elsewhere.json().error.details[0]).toEqual({
      champ: 'lieuId',
      message: 'Lieu inconnu dans ce QPV.',
    });
  });

  it('undoes a contact; a replayed creation does not bring it back; undo twice is fine', async () => {
    const id = randomUUID();
    await med.post(`/api/activites/${tournee}/contacts`, { id, nature: 'orientation', nbPersonnes: 2 });
    const before = await counts();
    expect((await med.delete(`/api/activites/${tournee}/contacts/${id}`)).statusCode).toBe(204);
    expect(await counts()).toEqual([before[0] - 1, before[1] - 2]);
    const replay = await med.post(`/api/activites/${tournee}/contacts`, {
      id,
      nature: 'orientation',
      nbPersonnes: 2,
    });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().supprime).toBe(true);
    expect(await counts()).toEqual([before[0] - 1, before[1] - 2]);
    expect((await med.delete(`/api/activites/${tournee}/contacts/${id}`)).statusCode).toBe(204);
    expect((await med.delete(`/api/activites/${tournee}/contacts/${randomUUID()}`)).statusCode).toBe(404);
    const trail = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'contact'), eq(auditLog.entityId, id)));
    expect(trail.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });

  it('refuses a contact id already used under another activity, without saying where', async () => {
    const [existing] = await t.db.select().from(contacts).limit(1);
    const other = activiteBody({ territoireId: s.malpasse.id, mediateurIds: [s.med1.id], contacts: [] });
    await med.post('/api/activites', other);
    const res = await med.post(`/api/activites/${other.id}/contacts`, { id: existing!.id, nature: 'ecoute' });
    expect(res.statusCode).toBe(409);
    const inBody = await med.post(
      '/api/activites',
      activiteBody({
        territoireId: s.malpasse.id,
        mediateurIds: [s.med1.id],
        contacts: [{ id: existing!.id, nature: 'ecoute' }],
      }),
    );
    expect(inBody.statusCode).toBe(409);
    expect(inBody.json().error.message).toMatch(/identifiant est déjà utilisé/);
  });

  it('flags observations for the coordinator until treated, with link points for later', async () => {
    const id = randomUUID();
    const obs = {
      id,
      kind: 'rassemblement',
      lieuId: s.lieu.id,
      note: 'Groupe d’une dizaine de jeunes au square, calme.',
      heure: '2026-03-10T14:20:00+01:00',
    };
    const created = await med.post(`/api/activites/${tournee}/observations`, obs);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'rassemblement',
      traiteeLe: null,
      signalementId: null,
      situationId: null,
    });
    expect((await med.post(`/api/activites/${tournee}/observations`, obs)).statusCode).toBe(200);
    const bad = await med.post(`/api/activites/${tournee}/observations`, {
      id: randomUUID(),
      kind: 'bagarre',
      note: '',
    });
    expect(champsOf(bad).sort()).toEqual(['kind', 'note']);
    const flagged = (await coord.get('/api/observations?nonTraitees=true')).json();
    expect(flagged.items.map((o: { id: string }) => o.id)).toEqual([id]);
    expect(flagged.items[0]).toMatchObject({ qpvCode: 'QN01342I', activiteId: tournee });
    expect((await med.post(`/api/observations/${id}/traiter`)).statusCode).toBe(403);
    const done = await coord.post(`/api/observations/${id}/traiter`);
    expect(done.json()).toMatchObject({ traiteePar: s.coord.id });
    expect((await coord.post(`/api/observations/${id}/traiter`)).statusCode).toBe(200);
    expect((await coord.get('/api/observations?nonTraitees=true')).json().total).toBe(0);
    // A to-do list: the default hides what is treated, `nonTraitees=false` shows everything.
    expect((await coord.get('/api/observations')).json().total).toBe(0);
    expect((await coord.get('/api/observations?nonTraitees=false')).json().total).toBe(1);
    const detail = (await med.get(`/api/activites/${tournee}`)).json();
    expect(detail.nbObservations).toBe(1);
    expect(detail.observations[0].note).toMatch(/dizaine/);
  });

  it('undoes an observation, and keeps other structures and QPV out of the list', async () => {
    const id = randomUUID();
    await med.post(`/api/activites/${tournee}/observations`, {
      id,
      kind: 'autre',
      note: 'Éclairage éteint.',
    });
    expect((await med.delete(`/api/activites/${tournee}/observations/${id}`)).statusCode).toBe(204);
    expect((await coord.get('/api/observations?nonTraitees=false')).json().total).toBe(1);
    const foreign = await signInNew(t, { role: 'coordinateur' });
    expect((await foreign.get('/api/observations?nonTraitees=false')).json().total).toBe(0);
    const limited = await signInNew(t, {
      structureId: s.structureId,
      role: 'coordinateur',
      territoryIds: [s.fraisVallon.id],
    });
    expect((await limited.get('/api/observations?nonTraitees=false')).json().total).toBe(0);
    const [obs] = (await coord.get('/api/observations?nonTraitees=false')).json().items;
    expect((await limited.post(`/api/observations/${obs.id}/traiter`)).statusCode).toBe(404);
  });

  it('closes the tournée with its live counts', async () => {
    t.clock.now = new Date('2026-03-10T16:10:00+01:00');
    const done = await med.post(`/api/activites/${tournee}/terminer`, {});
    expect(done.json()).toMatchObject({ etat: 'terminee', dureeMinutes: 130, nbContacts: 4 });
  });
});
