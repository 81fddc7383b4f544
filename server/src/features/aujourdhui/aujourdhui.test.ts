import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type {
  AujourdhuiView,
  CarteCompteur,
  CarteCreneaux,
} from '../../../../domain/aujourdhui/aujourdhui.schema';
import { addDays, parisDate, parisInstant, toParisIso } from '../../../../domain/time/paris';
import { login } from '../../../test/helpers';
import { buildSite, useWorld } from '../../../test/world';
import { signalements } from '../../db/schema';
import { buildPartenaire, buildUser } from '../../factories/factories';
import { buildSignalement } from '../../factories/signalements.factories';
import { buildSituation } from '../../factories/situations.factories';

const carte = (v: AujourdhuiView, cle: CarteCompteur['cle']) => {
  const c = v.cartes.find((x) => x.type === 'compteur' && x.cle === cle);
  if (c?.type !== 'compteur') throw new Error(`no card ${cle}`);
  return c;
};

describe("GET /api/aujourdhui: the day's work, per role", () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId, territoryId } = await buildSite(t.db);
    const partnerId = (await buildPartenaire(t.db, { structureId })).id;
    const med = await buildUser(t.db, { structureId, role: 'mediateur', territoryIds: [territoryId] });
    const other = await buildUser(t.db, { structureId, role: 'mediateur', territoryIds: [territoryId] });
    const coord = await buildUser(t.db, { structureId, role: 'coordinateur' });
    const part = await buildUser(t.db, { structureId, role: 'partenaire', partnerId });
    const past = '2020-01-10';
    await buildSituation(t.db, { structureId, territoryId, mediatorIds: [med.id], followUpOn: past });
    await buildSituation(t.db, { structureId, territoryId, mediatorIds: [other.id], followUpOn: past });
    await buildSituation(t.db, { structureId, territoryId, mediatorIds: [med.id], followUpOn: '2999-01-01' });
    // The mediator's own signalement, sent to the partner yesterday; another still new.
    const now = Date.now();
    const mien = await buildSignalement(t.db, {
      structureId,
      territoryId,
      partnerId,
      observedAt: new Date(now - 3 * 86_400_000),
      historique: [{ statut: 'transmis', at: new Date(now - 86_400_000) }],
    });
    await t.db.update(signalements).set({ createdByUserId: med.id }).where(eq(signalements.id, mien.id));
    const numeroMien = mien.numero;
    await buildSignalement(t.db, { structureId, territoryId });
    const mediateur = await login(t.app, med.email);
    const coordination = await login(t.app, coord.email);
    const partenaire = await login(t.app, part.email);
    // Today: a tournée of both mediators (the other on sick leave: to cover), and a meeting of
    // the other alone; tomorrow: a permanence of the mediator (not today's).
    const jour = parisDate(new Date());
    const at = (d: string, h: string) => toParisIso(parisInstant(d, h));
    const creneau = async (d: string, type: string, ids: string[], h: [string, string]) => {
      const body = { id: randomUUID(), type, debut: at(d, h[0]), fin: at(d, h[1]), mediateurIds: ids };
      const res = await coordination.post('/api/planning/creneaux', { ...body, territoireId: territoryId });
      if (res.statusCode !== 201) throw new Error(res.body);
      return body.id;
    };
    const tourneeId = await creneau(jour, 'tournee', [med.id, other.id], ['09:00', '12:00']);
    await creneau(jour, 'reunion', [other.id], ['14:00', '15:00']);
    await creneau(addDays(jour, 1), 'permanence', [med.id], ['09:00', '12:00']);
    const absence = await coordination.post('/api/planning/absences', {
      id: randomUUID(),
      mediateurId: other.id,
      type: 'maladie',
      debut: at(jour, '00:00'),
      fin: at(addDays(jour, 1), '00:00'),
    });
    if (absence.statusCode !== 201) throw new Error(absence.body);
    return { mediateur, coordination, partenaire, numeroMien, tourneeId, medId: med.id, jour };
  });

  it('gives a mediator their tournée, their late follow-ups and their signalements that moved', async () => {
    const res = await w.mediateur.get('/api/aujourdhui');
    expect(res.statusCode).toBe(200);
    const v: AujourdhuiView = res.json();
    expect(v.portee).toBe('moi');
    expect(v.cartes[0]).toEqual({ type: 'tournee', enCours: null });
    const suivis = carte(v, 'situations_suivi');
    expect(suivis.total).toBe(1);
    expect(suivis.lien).toBe('/situations?mine=true&enRetard=true');
    const bouges = carte(v, 'signalements_mis_a_jour');
    expect(bouges.total).toBe(1);
    expect(bouges.elements[0]).toMatchObject({ libelle: `n° ${w.numeroMien}`, detail: 'Transmis' });
    expect(v.cartes.map((c) => (c.type === 'compteur' ? c.cle : c.type))).toEqual([
      'tournee',
      'creneaux',
      'situations_suivi',
      'orientations_relance',
      'observations_a_traiter',
      'signalements_mis_a_jour',
    ]);
  });

  it("gives a mediator today's own shifts with crew and place, and the coordination those to cover", async () => {
    const creneaux = (v: AujourdhuiView) => v.cartes.find((c): c is CarteCreneaux => c.type === 'creneaux')!;
    const mien = creneaux((await w.mediateur.get('/api/aujourdhui')).json());
    expect(mien).toMatchObject({ jour: w.jour, total: 1, aCouvrir: 1 });
    expect(mien.lien).toMatch(/^\/planning\?semaine=\d{4}-\d\d-\d\d$/);
    expect(mien.creneaux.map((c) => c.id)).toEqual([w.tourneeId]);
    expect(mien.creneaux[0]!.mediateurs.map((m) => m.id)).toContain(w.medId);
    expect(mien.creneaux[0]!.lieu).toBeTruthy();
    const equipe = creneaux((await w.coordination.get('/api/aujourdhui')).json());
    // The sick colleague leaves both of today's shifts to cover, the tournée first (by start).
    expect(equipe).toMatchObject({ total: 2, aCouvrir: 2 });
    expect(equipe.creneaux[0]!.id).toBe(w.tourneeId);
    expect(equipe.creneaux.every((c) => c.absents.length === 1)).toBe(true);
  });

  it("gives the coordination the team's counts, each equal to the total of the list it opens", async () => {
    const v: AujourdhuiView = (await w.coordination.get('/api/aujourdhui')).json();
    expect(v.portee).toBe('equipe');
    expect(v.cartes.some((c) => c.type === 'tournee')).toBe(false);
    expect(v.cartes[0]!.type).toBe('creneaux');
    expect(carte(v, 'situations_suivi').total).toBe(2);
    expect(carte(v, 'signalements_a_transmettre').total).toBe(1);
    expect(carte(v, 'activites_a_revoir').lien).toMatch(
      /^\/main-courante\?statut=a_revoir&vue=semaine&jour=\d{4}-\d\d-\d\d$/,
    );
    for (const cle of ['situations_suivi', 'signalements_a_transmettre'] as const) {
      const c = carte(v, cle);
      const list = await w.coordination.get(`/api${c.lien}`);
      expect(list.statusCode).toBe(200);
      expect(list.json().total).toBe(c.total);
      expect(c.elements.length).toBeLessThanOrEqual(3);
    }
  });

  it('gives a partner what waits for its answer, and nothing of the team', async () => {
    const v: AujourdhuiView = (await w.partenaire.get('/api/aujourdhui')).json();
    expect(v.portee).toBe('partenaire');
    expect(v.cartes.map((c) => (c.type === 'compteur' ? c.cle : c.type))).toEqual([
      'orientations_a_repondre',
      'signalements_a_traiter',
    ]);
    expect(carte(v, 'signalements_a_traiter')).toMatchObject({
      total: 1,
      lien: '/signalements?statut=transmis',
    });
  });

  it('the miens filter of the signalements list keeps the ones the user captured', async () => {
    const res = await w.mediateur.get('/api/signalements?miens=true&ouverts=false');
    expect(res.json().items.map((s: { numero: number }) => s.numero)).toEqual([w.numeroMien]);
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/aujourdhui' })).statusCode).toBe(401);
  });
});
