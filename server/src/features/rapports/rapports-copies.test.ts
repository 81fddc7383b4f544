/**
 * The report reads copies of each activity's start, QPV, place and duration on its contacts and
 * mediator rows (migration 0008, ADR 013). These tests edit activities through the API and check
 * the figures follow: a copy gone stale would show here as a contact counted in the wrong month
 * or QPV.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { activiteBody, buildMainCouranteStructure } from '../main-courante/main-courante.factories';

const rapport = (s: Session, du: string, au: string) =>
  s.get(`/api/rapports/activite?du=${du}&au=${au}`).then((r) => r.json());

describe('report copies follow the activity', () => {
  const { d: s, coord } = useWorld(buildMainCouranteStructure, ['coord']);

  it('moves contacts and mediator hours with an edited start, end, QPV and crew', async () => {
    const body = activiteBody({ territoireId: s.malpasse.id, mediateurIds: [s.med1.id] });
    expect((await coord.post('/api/activites', body)).statusCode).toBe(201);
    const live = { id: randomUUID(), nature: 'ecoute', nbPersonnes: 3, public: 'senior', genre: 'homme' };
    expect((await coord.post(`/api/activites/${body.id}/contacts`, live)).statusCode).toBe(201);

    const mars = await rapport(coord, '2026-03-01', '2026-03-31');
    expect(mars.contacts).toMatchObject({ nombre: 2, personnes: 5 });
    expect(mars.par_qpv.QN01342I).toEqual({ activites: 1, heures: 2.5, personnes: 5 });
    expect(mars.presence.heures_mediateurs).toBe(2.5);

    // Moved to 2 April 21:00–23:00 in Frais Vallon, with a second mediator.
    const patch = await coord.patch(`/api/activites/${body.id}`, {
      debut: '2026-04-02T21:00:00+02:00',
      fin: '2026-04-02T23:00:00+02:00',
      territoireId: s.fraisVallon.id,
      lieuId: null,
      secteurId: null,
      mediateurIds: [s.med1.id, s.med2.id],
    });
    expect(patch.statusCode).toBe(200);

    const marsApres = await rapport(coord, '2026-03-01', '2026-03-31');
    expect(marsApres.contacts).toMatchObject({ nombre: 0, personnes: 0 });
    expect(marsApres.presence.heures_mediateurs).toBe(0);
    const avril = await rapport(coord, '2026-04-01', '2026-04-30');
    expect(avril.contacts).toMatchObject({ nombre: 2, personnes: 5 });
    expect(avril.par_qpv).toEqual({
      QN01342I: { activites: 0, heures: 0, personnes: 0 },
      QN01344M: { activites: 1, heures: 2, personnes: 5 },
    });
    expect(avril.presence).toMatchObject({ heures: 2, heures_mediateurs: 4, par_creneau: { soiree: 2 } });
    expect(avril.par_mediateur.map((m: { heures: number }) => m.heures)).toEqual([2, 2]);
  });

  it('counts a live tournée for 0 hour, then its real duration once ended', async () => {
    const body = activiteBody({
      territoireId: s.malpasse.id,
      mediateurIds: [s.med2.id],
      debut: '2026-05-05T09:00:00+02:00',
      fin: null,
      contacts: [],
    });
    expect((await coord.post('/api/activites', body)).statusCode).toBe(201);
    const enCours = await rapport(coord, '2026-05-05', '2026-05-05');
    expect(enCours.presence).toMatchObject({ activites: 1, heures: 0, heures_mediateurs: 0 });
    const fin = await coord.post(`/api/activites/${body.id}/terminer`, { fin: '2026-05-05T10:30:00+02:00' });
    expect(fin.statusCode).toBe(200);
    const finie = await rapport(coord, '2026-05-05', '2026-05-05');
    expect(finie.presence).toMatchObject({ activites: 1, heures: 1.5, heures_mediateurs: 1.5 });
  });
});
