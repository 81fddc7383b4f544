/**
 * The report's residents' projects (issue 14, part 4), against hand-computed figures: a project
 * counts as supported in every period where it had a dated step, new in the period of its
 * creation, carried out in the period it became `realise` (a Paris evening late on the 31st
 * included), with the hours of its steps and the euros obtained, within the report's QPV.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { objectifsRealises } from '../../../../domain/conventions/convention.schema';
import { login, type Session } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { buildMainCouranteStructure } from '../main-courante/main-courante.factories';

describe('report: residents’ projects', () => {
  const { t, d: s } = useWorld(buildMainCouranteStructure);
  let coord: Session;

  /** Moves the clock (creations and status changes are dated by it) and signs in again then. */
  const at = async (instant: string) => {
    t.clock.now = new Date(instant);
    coord = await login(t.app, s.coord.email);
  };
  const create = async (territoireId: string, statut = 'idee') => {
    const id = randomUUID();
    const res = await coord.post('/api/projets', { id, titre: 'Un projet', territoireId, statut });
    expect(res.statusCode).toBe(201);
    return id;
  };
  const statut = async (id: string, value: string) =>
    expect((await coord.patch(`/api/projets/${id}`, { statut: value })).statusCode).toBe(200);
  const etape = async (id: string, date: string, heures: number) =>
    expect(
      (await coord.post(`/api/projets/${id}/etapes`, { id: randomUUID(), date, kind: 'rencontre', heures }))
        .statusCode,
    ).toBe(201);
  const financement = async (id: string, date: string, montantObtenu: number | null) =>
    expect(
      (
        await coord.post(`/api/projets/${id}/financements`, {
          id: randomUUID(),
          financeur: 'Ville de Marseille',
          montantSollicite: 2000,
          montantObtenu,
          date,
        })
      ).statusCode,
    ).toBe(201);

  it('counts supported, new and carried-out projects, their hours and funding, per period and QPV', async () => {
    const m = s.malpasse.id;
    // E (Malpasse): supported from January, carried out in February, nothing in March.
    await at('2027-01-05T10:00:00+01:00');
    const e = await create(m, 'accompagne');
    // A (Malpasse): created in February, supported, carried out late on 31 March (Paris).
    await at('2027-02-10T10:00:00+01:00');
    const a = await create(m);
    await etape(a, '2027-02-20', 2);
    await at('2027-02-15T10:00:00+01:00');
    await statut(e, 'realise');
    await at('2027-03-02T10:00:00+01:00');
    await statut(a, 'accompagne');
    await etape(a, '2027-03-05', 1.5);
    await etape(a, '2027-03-31', 0.25);
    await financement(a, '2027-03-15', 1000.1);
    await financement(a, '2027-03-10', null);
    await financement(a, '2027-04-01', 0.2);
    // B (Frais Vallon): new in March, one step, funding obtained.
    await at('2027-03-03T09:00:00+01:00');
    const b = await create(s.fraisVallon.id);
    await etape(b, '2027-03-10', 3);
    await financement(b, '2027-03-11', 500.05);
    // C (Malpasse): new in March, supported without a step yet, abandoned in April.
    await at('2027-03-20T09:00:00+01:00');
    const c = await create(m, 'accompagne');
    await at('2027-03-31T23:30:00+02:00');
    await statut(a, 'realise');
    await at('2027-04-02T09:00:00+02:00');
    await statut(c, 'abandonne');

    const mars = (await coord.get('/api/rapports/activite?du=2027-03-01&au=2027-03-31')).json();
    expect(mars.projets).toEqual({
      accompagnes: 2, // A and B had a step in March
      nouveaux: 2, // B and C
      realises: 1, // A, on 31 March at 23:30 in Paris
      heures: 4.75, // 1.5 + 0.25 + 3
      financements_obtenus: 1500.15, // 1000.10 + 500.05 (the April 0.20 and the one awaiting answer left out)
      par_statut: { idee: 1, accompagne: 1, realise: 2, abandonne: 0 }, // B; C; A and E on 31 March
    });
    // A funder's convention can target projects: each objective reads these figures.
    const objectifs = objectifsRealises(
      [
        { indicateur: 'projets_accompagnes', cible: 4 },
        { indicateur: 'projets_realises', cible: 1 },
        { indicateur: 'financements_projets', cible: 3000.3 },
      ],
      mars,
    );
    expect(objectifs.map((o) => [o.indicateur, o.realise, o.taux])).toEqual([
      ['projets_accompagnes', 2, 50],
      ['projets_realises', 1, 100],
      ['financements_projets', 1500.15, 50],
    ]);
    const malpasse = (
      await coord.get('/api/rapports/activite?du=2027-03-01&au=2027-03-31&qpv=QN01342I')
    ).json();
    expect(malpasse.projets).toEqual({
      accompagnes: 1,
      nouveaux: 1,
      realises: 1,
      heures: 1.75,
      financements_obtenus: 1000.1,
      par_statut: { idee: 0, accompagne: 1, realise: 2, abandonne: 0 },
    });
    const fevrier = (await coord.get('/api/rapports/activite?du=2027-02-01&au=2027-02-28')).json();
    expect(fevrier.projets).toEqual({
      accompagnes: 1, // A's step of 20 February
      nouveaux: 1, // A
      realises: 1, // E
      heures: 2,
      financements_obtenus: 0,
      par_statut: { idee: 1, accompagne: 0, realise: 1, abandonne: 0 },
    });
  });
});
