import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { AujourdhuiView, CarteCompteur } from '../../../../domain/aujourdhui/aujourdhui.schema';
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
    return { mediateur, coordination, partenaire, numeroMien };
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
      'situations_suivi',
      'orientations_relance',
      'observations_a_traiter',
      'signalements_mis_a_jour',
    ]);
  });

  it("gives the coordination the team's counts, each equal to the total of the list it opens", async () => {
    const v: AujourdhuiView = (await w.coordination.get('/api/aujourdhui')).json();
    expect(v.portee).toBe('equipe');
    expect(v.cartes.some((c) => c.type === 'tournee')).toBe(false);
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
