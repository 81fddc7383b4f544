import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signInNew, useWorld } from '../../../test/world';
import { auditLog, structures, territories, users } from '../../db/schema';
import { buildUser } from '../../factories/factories';
import { activiteBody, buildActivite, buildMainCouranteStructure } from './main-courante.factories';
import { activites } from './main-courante.table';

describe('activities: create, read, list', () => {
  const { t, d: s, med } = useWorld(buildMainCouranteStructure, { med: (s) => s.med1.email });

  const body = (o: Record<string, unknown> = {}) =>
    activiteBody({ territoireId: s.malpasse.id, mediateurIds: [s.med1.id, s.med2.id], ...o });

  it('creates an activity from the client id, then answers the stored record to a replay (first write wins)', async () => {
    const b = body({ lieuId: s.lieu.id, commentaire: 'Calme, beaucoup de familles au square.' });
    const first = await med.post('/api/activites', b);
    expect(first.statusCode).toBe(201);
    const view = first.json();
    expect(view).toMatchObject({
      id: b.id,
      cadre: 'tournee',
      etat: 'terminee',
      creneau: 'jour',
      dureeMinutes: 150,
      territoire: { id: s.malpasse.id, qpvCode: 'QN01342I' },
      secteur: { id: s.secteur.id, nom: 'Corot' },
      lieu: { id: s.lieu.id, nom: 'Square Corot' },
      nbContacts: 1,
      nbPersonnes: 2,
      statutRevue: 'a_revoir',
      verrouillee: false,
      peutModifier: true,
      source: 'saisie',
    });
    expect(view.mediateurs.map((m: { id: string }) => m.id).sort()).toEqual([s.med1.id, s.med2.id].sort());
    expect(view.contacts[0]).toMatchObject({
      nature: 'lien_social',
      nbPersonnes: 2,
      public: 'adulte',
      genre: 'femme',
    });

    const again = await med.post('/api/activites', { ...b, cadre: 'permanence', contacts: [] });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: b.id, cadre: 'tournee', nbContacts: 1 });
    expect(await t.db.select().from(activites).where(eq(activites.id, b.id))).toHaveLength(1);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'activite'), eq(auditLog.entityId, b.id)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.diff)).not.toContain('familles');
  });

  it('names every bad field in French', async () => {
    const res = await med.post('/api/activites', {
      id: 'pas-un-uuid',
      cadre: 'ronde',
      debut: '10/03/2026 14:00',
      territoireId: s.malpasse.id,
      mediateurIds: [],
      contacts: [{ id: randomUUID(), nature: 'bavardage', nbPersonnes: 0 }],
      observations: [{ id: randomUUID(), kind: 'rassemblement', note: 'x'.repeat(501) }],
    });
    expect(res.statusCode).toBe(400);
    const details = Object.fromEntries(
      res.json().error.details.map((d: { champ: string; message: string }) => [d.champ, d.message]),
    );
    expect(details).toMatchObject({
      id: 'Identifiant invalide.',
      cadre: 'Cadre d’activité inconnu.',
      debut: expect.stringMatching(/ISO 8601/),
      mediateurIds: 'Au moins un·e médiateur·rice présent·e.',
      'contacts.0.nature': 'Nature de contact inconnue.',
      'contacts.0.nbPersonnes': 'Au moins 1 personne.',
      'observations.0.note': 'Au plus 500 caractères.',
    });
    const late = await med.post('/api/activites', body({ fin: '2026-03-10T13:00:00+01:00' }));
    expect(late.json().error.details).toEqual([
      { champ: 'fin', message: 'La fin doit être après le début.' },
    ]);
    const long = await med.post('/api/activites', body({ fin: '2026-03-11T15:00:00+01:00' }));
    expect(long.json().error.details[0].message).toMatch(/24 heures/);
  });

  it('refuses references outside the QPV or the structure', async () => {
    const wrongPlace = await med.post('/api/activites', body({ lieuId: s.lieuFv.id }));
    expect(wrongPlace.statusCode).toBe(400);
    expect(wrongPlace.json().error.details[0].champ).toBe('lieuId');
    const director = await buildUser(t.db, { structureId: s.structureId, role: 'direction' });
    const notPresent = await med.post('/api/activites', body({ mediateurIds: [director.id] }));
    expect(notPresent.json().error.details[0].champ).toBe('mediateurIds');
    const foreign = await buildUser(t.db, {});
    const other = await med.post('/api/activites', body({ mediateurIds: [s.med1.id, foreign.id] }));
    expect(other.statusCode).toBe(400);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/activites' });
    expect(res.statusCode).toBe(401);
    const post = await t.app.inject({ method: 'POST', url: '/api/activites', payload: body() });
    expect(post.statusCode).toBe(401);
  });

  it('computes the time slot in Europe/Paris, holidays and clock changes included', async () => {
    const slot = async (debut: string, fin: string) => {
      const res = await med.post('/api/activites', body({ debut, fin }));
      expect(res.statusCode, res.body).toBe(201);
      return [res.json().creneau, res.json().dureeMinutes];
    };
    expect(await slot('2026-03-10T18:30:00Z', '2026-03-10T21:00:00Z')).toEqual(['soiree', 150]);
    expect(await slot('2026-04-06T08:00:00Z', '2026-04-06T10:00:00Z')).toEqual(['week_end', 120]);
    expect(await slot('2026-05-14T17:00:00Z', '2026-05-14T19:00:00Z')).toEqual(['week_end', 120]);
    // Night of 28–29 March 2026: 22:00 CET to 04:00 CEST is 5 hours of real time.
    expect(await slot('2026-03-28T22:00:00+01:00', '2026-03-29T04:00:00+02:00')).toEqual(['week_end', 300]);
    // Friday 23 October 2026, 21:00 → Saturday 03:00 stays 6 hours; the change is on Sunday.
    expect(await slot('2026-10-23T21:00:00+02:00', '2026-10-24T03:00:00+02:00')).toEqual(['soiree', 360]);
    // Monday 26 October 2026, 07:30 CET = 06:30 UTC: still the evening slot.
    expect(await slot('2026-10-26T06:30:00Z', '2026-10-26T08:00:00Z')).toEqual(['soiree', 90]);
  });

  it('starts a tournée live without an end, then closes it; terminer is idempotent', async () => {
    t.clock.now = new Date('2026-03-12T21:45:00Z');
    const b = body({ debut: '2026-03-12T19:30:00Z', fin: undefined, contacts: [] });
    const started = await med.post('/api/activites', b);
    expect(started.json()).toMatchObject({
      etat: 'en_cours',
      fin: null,
      dureeMinutes: null,
      creneau: 'soiree',
    });
    const live = (await med.get('/api/activites/derniere-tournee')).json();
    expect(live.enCours).toEqual({ id: b.id, debut: '2026-03-12T19:30:00.000Z' });
    const done = await med.post(`/api/activites/${b.id}/terminer`);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      etat: 'terminee',
      fin: '2026-03-12T21:45:00.000Z',
      dureeMinutes: 135,
    });
    const replay = await med.post(`/api/activites/${b.id}/terminer`, { fin: '2026-03-12T23:00:00Z' });
    expect(replay.json().fin).toBe('2026-03-12T21:45:00.000Z');
    const tooLate = body({ debut: '2026-03-01T19:30:00Z', fin: undefined, contacts: [] });
    await med.post('/api/activites', tooLate);
    const refused = await med.post(`/api/activites/${tooLate.id}/terminer`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/24 heures.*heure de fin réelle/);
  });

  it('pre-fills the next tournée with the last place and colleagues, never the last public or genre', async () => {
    t.clock.now = new Date('2026-03-13T17:00:00Z');
    const b = body({
      debut: '2026-03-13T14:00:00Z',
      fin: '2026-03-13T16:00:00Z',
      lieuId: s.lieu.id,
      contacts: [],
    });
    await med.post('/api/activites', b);
    await med.post(`/api/activites/${b.id}/contacts`, {
      id: randomUUID(),
      nature: 'ecoute',
      public: 'senior',
      genre: 'homme',
    });
    const res = await med.get('/api/activites/derniere-tournee');
    expect(res.json()).toMatchObject({
      territoireId: s.malpasse.id,
      secteurId: s.secteur.id,
      lieuId: s.lieu.id,
      cadre: 'tournee',
      collegues: [{ id: s.med2.id, prenom: 'Julien' }],
    });
    expect(res.json().mediateurIds.sort()).toEqual([s.med1.id, s.med2.id].sort());
    // Issue 11 part 3: a new tournée never logs a public or genre nobody chose for it.
    expect(res.json()).not.toHaveProperty('public');
    expect(res.json()).not.toHaveProperty('genre');
    const newcomer = await signInNew(t, { structureId: s.structureId });
    expect((await newcomer.get('/api/activites/derniere-tournee')).json()).toMatchObject({
      territoireId: null,
      mediateurIds: [],
      enCours: null,
    });
  });

  it('lists by Paris days and filters, with counts and totals', async () => {
    const list = (q: string) => med.get(`/api/activites?${q}`).then((r) => r.json());
    const day = await list('du=2026-03-10&au=2026-03-10');
    expect(day.items.length).toBeGreaterThan(0);
    expect(day.items.every((i: { debut: string }) => i.debut.startsWith('2026-03-10'))).toBe(true);
    expect(day.totaux.activites).toBe(day.total);
    const eveningOnDay = await list('du=2026-03-10&au=2026-03-10&statut=a_revoir');
    expect(eveningOnDay.total).toBe(day.total);
    const ecoute = await list('nature=ecoute');
    expect(ecoute.items.map((i: { id: string }) => i.id)).toHaveLength(1);
    expect((await list('cadre=permanence')).total).toBe(0);
    expect((await list('statut=en_cours')).total).toBe(1);
    const byMed = await list(`mediateurId=${s.med2.id}&qpv=qn01342i&parPage=2`);
    expect(byMed.items).toHaveLength(2);
    expect(byMed.total).toBeGreaterThan(2);
    const bad = await med.get('/api/activites?du=2026-03-12&au=2026-03-10');
    expect(bad.json().error.details[0]).toEqual({
      champ: 'au',
      message: 'La date de fin précède la date de début.',
    });
    const detail = await med.get(`/api/activites/${day.items[0].id}`);
    expect(detail.json()).toMatchObject({
      contacts: expect.any(Array),
      observations: [],
      historiqueRevue: [],
    });
  });

  it('lists the mediators who can be present, by QPV', async () => {
    const all = (await med.get('/api/activites/mediateurs')).json();
    expect(all.map((m: { id: string }) => m.id)).toEqual(
      expect.arrayContaining([s.med1.id, s.coord.id, s.medMalpasse.id]),
    );
    const fv = (await med.get(`/api/activites/mediateurs?territoireId=${s.fraisVallon.id}`)).json();
    expect(fv.map((m: { id: string }) => m.id)).not.toContain(s.medMalpasse.id);
  });

  it('goes with its structure, but keeps a referenced QPV or user from being deleted alone', async () => {
    const other = await buildMainCouranteStructure(t.db);
    const a = await buildActivite(t.db, {
      structureId: other.structureId,
      territoryId: other.malpasse.id,
      createdBy: other.med1.id,
      mediateurIds: [other.med1.id, other.med2.id],
      nbContacts: 2,
    });
    await expect(t.db.delete(territories).where(eq(territories.id, other.malpasse.id))).rejects.toThrow();
    await expect(t.db.delete(users).where(eq(users.id, other.med2.id))).rejects.toThrow();
    await t.db.delete(structures).where(eq(structures.id, other.structureId));
    expect(await t.db.select().from(activites).where(eq(activites.id, a.id))).toEqual([]);
  });
});
