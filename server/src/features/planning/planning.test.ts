import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { buildSite, useWorld } from '../../../test/world';
import { auditLog, users } from '../../db/schema';
import { buildPartenaire, buildUser } from '../../factories/factories';

/** Issue 13, parts 1–3: shifts, their rules, absences and cover, through the API. */
describe('planning: shifts, rules, absences, cover', () => {
  const p: Record<'karim' | 'lea' | 'sami' | 'nadia', string> = { karim: '', lea: '', sami: '', nadia: '' };
  const { t, d: world } = useWorld(async (_, t) => {
    const { structureId: sid, territoryId: qpv } = await buildSite(t.db);
    const names = { karim: 'Benali', lea: 'Martin', sami: 'Diallo', nadia: 'Haddad' } as const;
    for (const [prenom, nom] of Object.entries(names)) {
      const u = await buildUser(t.db, {
        structureId: sid,
        prenom: prenom[0]!.toUpperCase() + prenom.slice(1),
        nom,
        email: `${prenom}@planning.test`,
      });
      p[prenom as keyof typeof p] = u.id;
    }
    await t.db.update(users).set({ heuresHebdo: 35 }).where(eq(users.id, p.karim));
    await buildUser(t.db, { structureId: sid, role: 'coordinateur', email: 'coord@planning.test' });
    const partenaire = await buildPartenaire(t.db, { structureId: sid });
    await buildUser(t.db, {
      structureId: sid,
      role: 'partenaire',
      partnerId: partenaire.id,
      email: 'p@planning.test',
    });
    await buildUser(t.db, { role: 'coordinateur', email: 'ailleurs@planning.test' });
    const coord = await login(t.app, 'coord@planning.test');
    const med = await login(t.app, 'karim@planning.test');
    const partner = await login(t.app, 'p@planning.test');
    const other = await login(t.app, 'ailleurs@planning.test');
    return { sid, qpv, coord, med, partner, other };
  });

  const tournee = (debut: string, fin: string, mediateurIds: string[], extra: object = {}) => ({
    id: randomUUID(),
    type: 'tournee',
    debut,
    fin,
    mediateurIds,
    territoireId: world.qpv,
    secteurId: null,
    note: null,
    ...extra,
  });

  it('plans a shift once per id, audited, and lists it in the period with the holidays', async () => {
    const body = tournee('2027-05-07T17:00:00+02:00', '2027-05-07T21:00:00+02:00', [p.karim, p.lea]);
    const res = await world.coord.post('/api/planning/creneaux', body);
    expect(res.statusCode).toBe(201);
    const shift = res.json();
    expect(shift).toMatchObject({
      id: body.id,
      type: 'tournee',
      statut: 'prevu',
      debut: '2027-05-07T17:00:00+02:00',
      fin: '2027-05-07T21:00:00+02:00',
      sequence: 0,
      occurrences: 1,
      avertissements: [],
      ferie: false,
    });
    expect(shift.mediateurs.map((m: { nom: string }) => m.nom).sort()).toEqual([
      'Karim Benali',
      'Lea Martin',
    ]);
    // The same id again: one shift.
    expect((await world.coord.post('/api/planning/creneaux', body)).statusCode).toBe(201);
    const week = (await world.med.get('/api/planning?du=2027-05-03&au=2027-05-09')).json();
    expect(week.creneaux.filter((c: { id: string }) => c.id === body.id)).toHaveLength(1);
    expect(week.feries).toEqual(['2027-05-06', '2027-05-08']); // Ascension, 8 mai
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'planning_creneau'), eq(auditLog.entityId, body.id)));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a person in two shifts at once and a lone tournée unless confirmed, in French', async () => {
    const a = await world.coord.post(
      '/api/planning/creneaux',
      tournee('2027-05-10T17:00:00+02:00', '2027-05-10T21:00:00+02:00', [p.sami, p.nadia]),
    );
    expect(a.statusCode).toBe(201);
    const clash = await world.coord.post('/api/planning/creneaux', {
      ...tournee('2027-05-10T20:00:00+02:00', '2027-05-10T22:00:00+02:00', [p.sami]),
      type: 'reunion',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.message).toBe(
      'Sami Diallo est déjà sur « Tournée du 10/05/2027, 17:00–21:00 » à ce moment.',
    );
    const alone = await world.coord.post(
      '/api/planning/creneaux',
      tournee('2027-05-11T17:00:00+02:00', '2027-05-11T21:00:00+02:00', [p.sami]),
    );
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.message).toMatch(/Une tournée se fait à deux/);
    const confirmed = await world.coord.post(
      '/api/planning/creneaux',
      tournee('2027-05-11T17:00:00+02:00', '2027-05-11T21:00:00+02:00', [p.sami], {
        travailIsoleConfirme: true,
      }),
    );
    expect(confirmed.statusCode).toBe(201);
    const badType = await world.coord.post('/api/planning/creneaux', {
      ...tournee('2027-05-12T17:00:00+02:00', '2027-05-12T21:00:00+02:00', [p.sami, p.nadia]),
      type: 'sieste',
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.details).toEqual([
      expect.objectContaining({ champ: 'type', message: 'Type de créneau inconnu.' }),
    ]);
    const backwards = await world.coord.post(
      '/api/planning/creneaux',
      tournee('2027-05-12T21:00:00+02:00', '2027-05-12T17:00:00+02:00', [p.sami, p.nadia]),
    );
    expect(backwards.json().error.details).toEqual([
      expect.objectContaining({ champ: 'fin', message: 'La fin doit être après le début.' }),
    ]);
  });

  it('warns on short rest and on contract hours, and repeats a shift each chosen weekday', async () => {
    await world.coord.post(
      '/api/planning/creneaux',
      tournee('2027-06-07T19:00:00+02:00', '2027-06-07T23:00:00+02:00', [p.karim, p.lea]),
    );
    const matin = await world.coord.post('/api/planning/creneaux', {
      ...tournee('2027-06-08T08:00:00+02:00', '2027-06-08T12:00:00+02:00', [p.karim]),
      type: 'permanence',
    });
    expect(matin.statusCode).toBe(201);
    expect(matin.json().avertissements.map((w: { message: string }) => w.message)).toEqual([
      'Karim Benali : 9 h de repos seulement entre « Tournée du 07/06/2027, 19:00–23:00 » et « Permanence du 08/06/2027, 08:00–12:00 » (11 h au minimum).',
    ]);
    // Every Tuesday to Friday 09:00–17:00 from 15 June: 32 h a week, then a long Monday passes 35 h.
    const serie = await world.coord.post('/api/planning/creneaux', {
      ...tournee('2027-06-15T09:00:00+02:00', '2027-06-15T17:00:00+02:00', [p.karim, p.lea]),
      repetition: { jours: [2, 3, 4, 5], jusquau: '2027-06-25' },
    });
    expect(serie.statusCode).toBe(201);
    expect(serie.json()).toMatchObject({ occurrences: 8, serieId: expect.any(String) });
    const lundi = await world.coord.post('/api/planning/creneaux', {
      ...tournee('2027-06-21T08:00:00+02:00', '2027-06-21T12:00:00+02:00', [p.karim, p.lea]),
    });
    expect(lundi.json().avertissements.map((w: { message: string }) => w.message)).toEqual([
      expect.stringMatching(
        /^Karim Benali : 36 h planifiées la semaine du 21\/06\/2027, pour 35 h au contrat/,
      ),
    ]);
    // One occurrence changes alone; its sequence rises; the change is audited.
    const plan = (await world.coord.get('/api/planning?du=2027-06-15&au=2027-06-25')).json();
    const occ = plan.creneaux.filter((c: { serieId: string | null }) => c.serieId === serie.json().id);
    expect(occ).toHaveLength(8);
    const moved = await world.coord.patch(`/api/planning/creneaux/${occ[3].id}`, {
      debut: '2027-06-18T10:00:00+02:00',
      fin: '2027-06-18T18:00:00+02:00',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ sequence: 1, debut: '2027-06-18T10:00:00+02:00' });
    expect((await world.coord.delete(`/api/planning/creneaux/${occ[4].id}`)).statusCode).toBe(204);
    const after = (await world.coord.get('/api/planning?du=2027-06-15&au=2027-06-25')).json();
    expect(after.creneaux.find((c: { id: string }) => c.id === occ[4].id)).toMatchObject({
      statut: 'annule',
      sequence: 1,
    });
  });

  it('flags the shifts an absence touches and offers free colleagues, fewest hours first', async () => {
    const shift = (
      await world.coord.post(
        '/api/planning/creneaux',
        tournee('2027-09-14T17:00:00+02:00', '2027-09-14T21:00:00+02:00', [p.karim, p.lea]),
      )
    ).json();
    await world.coord.post('/api/planning/creneaux', {
      ...tournee('2027-09-13T09:00:00+02:00', '2027-09-13T17:00:00+02:00', [p.sami], {
        travailIsoleConfirme: true,
      }),
    });
    const abs = await world.coord.post('/api/planning/absences', {
      id: randomUUID(),
      mediateurId: p.lea,
      type: 'maladie',
      debut: '2027-09-14T00:00:00+02:00',
      fin: '2027-09-16T00:00:00+02:00',
      note: null,
    });
    expect(abs.statusCode).toBe(201);
    expect(abs.json().creneauxTouches).toEqual([shift.id]);
    const week = (await world.coord.get('/api/planning?du=2027-09-13&au=2027-09-19')).json();
    expect(week.creneaux.find((c: { id: string }) => c.id === shift.id).absents).toEqual([p.lea]);
    // A colleague reads that Léa is absent, not why.
    const seen = (await world.med.get('/api/planning?du=2027-09-13&au=2027-09-19')).json();
    expect(seen.absences[0]).toMatchObject({ mediateur: { id: p.lea }, type: null, note: null });
    const cover = (await world.coord.get(`/api/planning/creneaux/${shift.id}/remplacants`)).json();
    expect(
      cover.remplacants.map((r: { nom: string; heuresSemaine: number }) => [r.nom, r.heuresSemaine]),
    ).toEqual([
      ['Nadia Haddad', 0],
      ['Sami Diallo', 8],
    ]);
  });

  it('keeps the role boundaries: own absences only, no planning for partners or other structures', async () => {
    const own = {
      id: randomUUID(),
      mediateurId: p.karim,
      type: 'conge',
      debut: '2027-10-04T00:00:00+02:00',
      fin: '2027-10-09T00:00:00+02:00',
      note: 'Vacances',
    };
    expect((await world.med.post('/api/planning/absences', own)).statusCode).toBe(201);
    const forLea = await world.med.post('/api/planning/absences', {
      ...own,
      id: randomUUID(),
      mediateurId: p.lea,
    });
    expect(forLea.statusCode).toBe(403);
    expect(forLea.json().error.message).toBe('Vous n’enregistrez que vos propres absences.');
    const sick = await world.med.post('/api/planning/absences', {
      ...own,
      id: randomUUID(),
      type: 'maladie',
    });
    expect(sick.json().error.message).toBe('Un arrêt maladie est saisi par la coordination.');
    const mine = (await world.med.get('/api/planning?du=2027-10-04&au=2027-10-10')).json();
    expect(mine.absences[0]).toMatchObject({ type: 'conge', note: 'Vacances' });
    expect(
      (
        await world.med.post(
          '/api/planning/creneaux',
          tournee('2027-10-12T17:00:00+02:00', '2027-10-12T21:00:00+02:00', [p.karim, p.lea]),
        )
      ).statusCode,
    ).toBe(403);
    expect((await world.partner.get('/api/planning?du=2027-05-03&au=2027-05-09')).statusCode).toBe(403);
    const elsewhere = (await world.other.get('/api/planning?du=2027-05-03&au=2027-06-30')).json();
    expect(elsewhere).toMatchObject({ creneaux: [], absences: [] });
    const [any] = (await world.coord.get('/api/planning?du=2027-05-03&au=2027-05-09')).json().creneaux;
    expect((await world.other.patch(`/api/planning/creneaux/${any.id}`, { note: 'x' })).statusCode).toBe(404);
    expect(
      (
        await world.other.post(
          '/api/planning/creneaux',
          tournee('2027-10-12T17:00:00+02:00', '2027-10-12T21:00:00+02:00', [p.karim, p.lea]),
        )
      ).statusCode,
    ).toBe(400);
    expect((await world.coord.get('/api/planning?du=2027-01-01&au=2027-06-30')).json().error.message).toMatch(
      /62 jours/,
    );
  });
});
