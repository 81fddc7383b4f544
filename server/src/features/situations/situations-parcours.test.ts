import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { champsOf, login, type Session } from '../../../test/helpers';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildLieu, buildPartenaire, buildTerritoire, buildUser } from '../../factories/factories';

describe('situations: from saisine to closure', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    t.clock.now = new Date('2026-03-20T10:00:00Z');
    const { structureId, territoryId: qpv } = await buildSite(t.db);
    const otherQpv = (await buildTerritoire(t.db, { structureId, qpvCode: 'QN01344M' })).id;
    const placeId = (await buildLieu(t.db, { structureId, territoryId: qpv, nom: 'Tour K' })).id;
    const m = await buildUser(t.db, { structureId });
    const medId = m.id;
    const med = await login(t.app, m.email);
    const med2Id = (await buildUser(t.db, { structureId, nom: 'Haddad' })).id;
    const coord = await signInNew(t, { structureId, role: 'coordinateur' });
    return { structureId, qpv, otherQpv, placeId, med, medId, med2Id, coord };
  });

  const open = (s: Session, extra: Record<string, unknown> = {}) =>
    s.post('/api/situations', {
      kind: 'voisinage_bruit',
      saisinePar: 'habitant',
      territoireId: w.qpv,
      description: 'Musique forte la nuit, signalée au 3e étage.',
      dateSaisine: '2026-03-02',
      ...extra,
    });
  const step = (id: string, kind: string, date: string, extra: Record<string, unknown> = {}) =>
    w.med.post(`/api/situations/${id}/etapes`, {
      kind,
      date,
      dureeMinutes: 45,
      mediateurIds: [w.medId],
      note: 'Échange factuel.',
      ...extra,
    });

  it('follows a neighbour dispute: parties, consent, joint meeting, agreement with its PDF, closure, reopening', async () => {
    const created = await open(w.med, { id: randomUUID(), origine: { kind: 'contact', id: 'contact-42' } });
    expect(created.statusCode).toBe(201);
    const s = created.json();
    expect(s).toMatchObject({
      statut: 'ouverte',
      mediateurs: [{ mediateurId: w.medId }],
      liens: [{ kind: 'contact', cibleId: 'contact-42' }],
    });
    expect(s.etapes.map((e: { kind: string }) => e.kind)).toEqual(['saisine']);
    // The same capture sent twice (offline retry) creates nothing new.
    expect((await open(w.med, { id: s.id })).json().id).toBe(s.id);

    const dem = (
      await w.med.post(`/api/situations/${s.id}/parties`, { kind: 'menage', role: 'demandeur' })
    ).json().parties[0];
    expect(dem.libelle).toBe('Ménage A');
    const parties = (
      await w.med.post(`/api/situations/${s.id}/parties`, {
        kind: 'menage',
        role: 'mis_en_cause',
        libelle: 'Ménage du 4e',
      })
    ).json().parties;
    const mis = parties[1];
    expect((await step(s.id, 'entretien_individuel', '2026-03-04')).json().statut).toBe('en_cours');
    await step(s.id, 'entretien_individuel', '2026-03-05');

    const refused = await step(s.id, 'rencontre_mediation', '2026-03-10');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/consentement libre de chaque partie/);
    const consent = (p: string, date: string) =>
      w.med.request({
        method: 'PUT',
        url: `/api/situations/${s.id}/parties/${p}/consentement`,
        payload: { consentement: 'accorde', date, partageIssue: true },
      });
    expect((await consent(dem.id, '2026-03-04')).statusCode).toBe(200);
    expect((await step(s.id, 'rencontre_mediation', '2026-03-10')).statusCode).toBe(400);
    await consent(mis.id, '2026-03-05');
    expect((await step(s.id, 'rencontre_mediation', '2026-03-10')).statusCode).toBe(200);

    const agreed = await w.med.post(`/api/situations/${s.id}/accord`, {
      texte: 'Musique coupée à 22 h ; le ménage A prévient en cas de fête.',
      date: '2026-03-10',
      partieIds: [dem.id, mis.id],
    });
    expect(agreed.json()).toMatchObject({
      statut: 'en_suivi',
      dateSuivi: '2026-04-07',
      accord: { dateSuivi: '2026-04-07' },
    });

    const pdf = await w.med.get(`/api/situations/${s.id}/accord.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(path.join(tmpdir(), 'accord-'));
    writeFileSync(path.join(dir, 'accord.pdf'), pdf.rawPayload);
    execFileSync('pdftoppm', ['-png', '-r', '50', path.join(dir, 'accord.pdf'), path.join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(statSync(path.join(dir, pages[0]!)).size).toBeGreaterThan(2000);
    expect(execFileSync('pdftotext', [path.join(dir, 'accord.pdf'), '-']).toString()).toMatch(
      /Musique coupée à 22 h/,
    );

    const noOutcome = await w.med.post(`/api/situations/${s.id}/cloture`, { date: '2026-03-19' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().error.details[0]).toMatchObject({ champ: 'issue' });
    const closed = await w.med.post(`/api/situations/${s.id}/cloture`, {
      issue: 'resolu',
      date: '2026-03-19',
      note: 'Calme depuis.',
    });
    expect(closed.json()).toMatchObject({ statut: 'cloturee', issue: 'resolu' });
    expect((await step(s.id, 'suivi', '2026-03-19')).json().error.message).toMatch(/rouvrez-la/);

    const reopened = await w.med.post(`/api/situations/${s.id}/reouverture`, {
      motif: 'La musique a repris.',
    });
    expect(reopened.json()).toMatchObject({ statut: 'ouverte', issue: null });
    expect(reopened.json().etapes.at(-1)).toMatchObject({
      kind: 'saisine',
      note: 'Réouverture : La musique a repris.',
    });
    expect((await w.med.post(`/api/situations/${s.id}/reouverture`, { motif: 'encore' })).statusCode).toBe(
      400,
    );
  });

  it('keeps intrafamilial situations to orientation', async () => {
    const s = (await open(w.med, { kind: 'intrafamilial' })).json();
    expect((await step(s.id, 'rencontre_mediation', '2026-03-10')).json().error.message).toMatch(
      /orientation uniquement/,
    );
    expect((await step(s.id, 'entretien_individuel', '2026-03-10')).statusCode).toBe(200);
    expect(
      (await w.med.post(`/api/situations/${s.id}/cloture`, { issue: 'resolu', date: '2026-03-11' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await w.med.post(`/api/situations/${s.id}/cloture`, { issue: 'oriente', date: '2026-03-11' }))
        .statusCode,
    ).toBe(200);
  });

  it('refuses bad input with French messages naming the field', async () => {
    const bad = await w.med.post('/api/situations', {
      kind: 'dispute',
      saisinePar: 'voisin',
      territoireId: 'x',
      description: '',
    });
    expect(bad.statusCode).toBe(400);
    const champs = champsOf(bad);
    expect(champs).toEqual(expect.arrayContaining(['kind', 'saisinePar', 'territoireId', 'description']));
    const foreign = (await buildTerritoire(t.db)).id;
    expect((await open(w.med, { territoireId: foreign })).json().error.details[0].champ).toBe('territoireId');
    const otherPlace = (await buildLieu(t.db, { structureId: w.structureId, territoryId: w.otherQpv })).id;
    expect((await open(w.med, { lieuId: otherPlace })).json().error.details[0].champ).toBe('lieuId');
    const s = (await open(w.med)).json();
    const foreignPlace = (await buildLieu(t.db)).id;
    const decl = await w.med.post('/api/declarations-impartialite', { kind: 'ami', lieuId: foreignPlace });
    expect(decl.json().error.details[0].champ).toBe('lieuId');
    const foreignPartner = (await buildPartenaire(t.db)).id;
    const inst = await w.med.post(`/api/situations/${s.id}/parties`, {
      kind: 'institution',
      role: 'tiers',
      partenaireId: foreignPartner,
    });
    expect(inst.json().error.details[0].champ).toBe('partenaireId');
    const intruder = await signInNew(t, { role: 'coordinateur' });
    expect(
      (
        await intruder.post(`/api/situations/${s.id}/etapes`, {
          kind: 'suivi',
          date: '2026-03-10',
          dureeMinutes: 5,
          mediateurIds: [w.medId],
        })
      ).statusCode,
    ).toBe(404);
    expect((await intruder.get(`/api/situations/${s.id}/accord.pdf`)).statusCode).toBe(404);
    expect((await step(s.id, 'entretien_individuel', '2026-04-30')).json().error.message).toMatch(/futur/);
    expect((await step(s.id, 'cloture', '2026-03-10')).statusCode).toBe(400);
  });

  it('warns on a declared link: the mediator cannot self-assign, the coordinator must justify, and it is logged', async () => {
    const decl = await w.med.post('/api/declarations-impartialite', {
      kind: 'meme_residence',
      lieuId: w.placeId,
    });
    expect(decl.statusCode).toBe(201);
    const self = await open(w.med, { lieuId: w.placeId });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.details.avertissements[0]).toMatchObject({
      mediateurId: w.medId,
      cible: 'lieu',
    });

    const s = (await open(w.coord, { lieuId: w.placeId, mediateurIds: [w.med2Id] })).json();
    const warned = await w.coord.post(`/api/situations/${s.id}/affectation`, { mediateurIds: [w.medId] });
    expect(warned.statusCode).toBe(409);
    expect(warned.json().error.message).toMatch(/justification/);
    const ok = await w.coord.post(`/api/situations/${s.id}/affectation`, {
      mediateurIds: [w.medId, w.med2Id],
      justification: 'Seul médiateur disponible parlant la langue des deux ménages.',
    });
    expect(ok.statusCode).toBe(200);
    expect(
      ok.json().mediateurs.find((m: { mediateurId: string }) => m.mediateurId === w.medId),
    ).toMatchObject({
      justification: 'Seul médiateur disponible parlant la langue des deux ménages.',
      avertissements: [{ lien: 'meme_residence', cible: 'lieu' }],
    });
    const [logged] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'situation_affectation'), eq(auditLog.entityId, s.id)));
    expect(JSON.stringify(logged!.diff)).toMatch(/Seul médiateur disponible/);
    expect(
      (await w.med.post(`/api/situations/${s.id}/affectation`, { mediateurIds: [w.medId] })).statusCode,
    ).toBe(403);

    // A link to a party warns too.
    const party = (
      await w.coord.post(`/api/situations/${s.id}/parties`, { kind: 'groupe', role: 'mis_en_cause' })
    ).json().parties[0];
    const m2 = await signInNew(t, { structureId: w.structureId });
    await m2.post('/api/declarations-impartialite', { kind: 'famille', partieId: party.id });
    const mine = (await m2.get('/api/declarations-impartialite')).json().items;
    expect(mine).toHaveLength(1);
    const byParty = await w.coord.post(`/api/situations/${s.id}/affectation`, {
      mediateurIds: [mine[0].mediateurId],
    });
    expect(byParty.json().error.details.avertissements[0]).toMatchObject({
      cible: 'partie',
      lien: 'famille',
    });
  });

  it('working lists: mine, by status, by QPV, overdue follow-ups; team load for the coordinator', async () => {
    const s = (await open(w.med, { dateSaisine: '2026-03-01' })).json();
    const [a, b] = [
      (await w.med.post(`/api/situations/${s.id}/parties`, { kind: 'menage', role: 'demandeur' })).json()
        .parties[0],
      (await w.med.post(`/api/situations/${s.id}/parties`, { kind: 'menage', role: 'mis_en_cause' })).json()
        .parties[1],
    ];
    for (const p of [a, b]) {
      await w.med.request({
        method: 'PUT',
        url: `/api/situations/${s.id}/parties/${p.id}/consentement`,
        payload: { consentement: 'accorde', date: '2026-03-02' },
      });
    }
    await w.med.post(`/api/situations/${s.id}/accord`, {
      texte: 'Accord.',
      date: '2026-03-03',
      partieIds: [a.id, b.id],
      dateSuivi: '2026-03-10',
    });
    const ids = async (s: Session, q: string) =>
      ((await s.get(`/api/situations${q}`)).json().items as Array<{ id: string }>).map((x) => x.id);
    expect(await ids(w.med, '?mine=1')).toContain(s.id);
    expect(await ids(w.coord, '?mine=1')).not.toContain(s.id);
    expect(await ids(w.coord, '?statut=en_suivi')).toContain(s.id);
    expect(await ids(w.coord, '?statut=cloturee')).not.toContain(s.id);
    expect(await ids(w.coord, `?territoireId=${w.otherQpv}`)).not.toContain(s.id);
    expect(await ids(w.coord, `?territoireId=${w.qpv}`)).toContain(s.id);
    expect(await ids(w.coord, '?enRetard=1')).toEqual([s.id]);
    const load = (await w.coord.get('/api/situations/charge')).json();
    expect(load.find((l: { mediateurId: string }) => l.mediateurId === w.medId)).toMatchObject({
      suivisEnRetard: 1,
    });
    expect((await w.med.get('/api/situations/charge')).statusCode).toBe(403);
    await step(s.id, 'suivi', '2026-03-12');
    expect(await ids(w.coord, '?enRetard=1')).toEqual([]);
    expect((await w.coord.get('/api/situations?statut=perdu')).statusCode).toBe(400);
  });
});
