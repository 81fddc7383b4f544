/**
 * The report's hours planned beside hours done (issue 13, part 4): shifts counted at their real
 * length across the DST change of 28 March 2027, cancelled ones left out, per type, per cadre and
 * per person, within the report's QPV.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useWorld } from '../../../test/world';
import { activiteBody, buildMainCouranteStructure } from '../main-courante/main-courante.factories';

const creneau = (type: string, debut: string, fin: string, mediateurIds: string[], territoireId: string) => ({
  id: randomUUID(),
  type,
  debut,
  fin,
  mediateurIds,
  territoireId,
  secteurId: null,
  note: null,
});

describe('report: hours planned and done', () => {
  const { d: s, coord } = useWorld(buildMainCouranteStructure, ['coord']);

  it('counts each shift at its real length, once per type and cadre, for each crew member', async () => {
    const m = s.malpasse.id;
    const plan = [
      // The night the clocks go forward: 22:00 → 06:00 on the wall, 7 hours lived.
      creneau('tournee', '2027-03-27T22:00:00+01:00', '2027-03-28T06:00:00+02:00', [s.med1.id, s.med2.id], m),
      creneau('reunion', '2027-03-29T10:00:00+02:00', '2027-03-29T12:00:00+02:00', [s.med1.id], m),
      creneau('permanence', '2027-03-30T14:00:00+02:00', '2027-03-30T17:00:00+02:00', [s.med2.id], m),
      creneau(
        'permanence',
        '2027-03-31T09:00:00+02:00',
        '2027-03-31T11:00:00+02:00',
        [s.med2.id],
        s.fraisVallon.id,
      ),
    ];
    for (const c of plan) expect((await coord.post('/api/planning/creneaux', c)).statusCode).toBe(201);
    const annule = creneau(
      'tournee',
      '2027-03-31T18:00:00+02:00',
      '2027-03-31T21:00:00+02:00',
      [s.med1.id, s.med2.id],
      m,
    );
    expect((await coord.post('/api/planning/creneaux', annule)).statusCode).toBe(201);
    expect((await coord.delete(`/api/planning/creneaux/${annule.id}`)).statusCode).toBeLessThan(300);
    const fait = activiteBody({
      territoireId: m,
      mediateurIds: [s.med1.id],
      debut: '2027-03-27T22:00:00+01:00',
      fin: '2027-03-27T23:30:00+01:00',
    });
    expect((await coord.post('/api/activites', fait)).statusCode).toBe(201);

    const r = (await coord.get('/api/rapports/activite?du=2027-03-27&au=2027-03-31')).json();
    expect(r.planning.heures_planifiees).toBe(14);
    expect(r.planning.par_type).toMatchObject({ tournee: 7, reunion: 2, permanence: 5, formation: 0 });
    expect(r.planning.par_cadre).toEqual({
      tournee: { planifiees: 7, realisees: 1.5 },
      permanence: { planifiees: 5, realisees: 0 },
      evenement: { planifiees: 0, realisees: 0 },
      transport: { planifiees: 0, realisees: 0 },
      autre: { planifiees: 0, realisees: 0 },
    });
    const personne = (id: string) => r.planning.par_mediateur.find((x: { id: string }) => x.id === id);
    expect(personne(s.med1.id)).toMatchObject({ planifiees: 9, planifiees_terrain: 7, realisees: 1.5 });
    expect(personne(s.med2.id)).toMatchObject({ planifiees: 12, planifiees_terrain: 12, realisees: 0 });

    // One QPV: the Frais Vallon permanence leaves.
    const malpasse = (
      await coord.get('/api/rapports/activite?du=2027-03-27&au=2027-03-31&qpv=QN01342I')
    ).json();
    expect(malpasse.planning.heures_planifiees).toBe(12);
    expect(malpasse.planning.par_cadre.permanence).toEqual({ planifiees: 3, realisees: 0 });

    // The same figures in the exports' tables.
    const csv = (await coord.get('/api/rapports/activite?du=2027-03-27&au=2027-03-31&format=csv')).body;
    expect(csv).toContain('Heures planifiées et réalisées par cadre');
    // Each figure beside the same period a year earlier (none planned then).
    expect(csv).toContain('tournee;Tournée;7;0;1,5;0');
  });
});
