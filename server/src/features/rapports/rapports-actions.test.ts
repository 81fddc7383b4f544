/**
 * The report's collective actions and registres (issue 14, part 6), against figures computed by
 * hand: an action across midnight counts on its start day and at its real length, a cancelled one
 * and those starting outside the period (in Europe/Paris) are left out, and each registre lists
 * what feeds it.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { objectifsRealises } from '../../../../domain/conventions/convention.schema';
import { useWorld } from '../../../test/world';
import { buildSignalement } from '../../factories/signalements.factories';
import { activiteBody, buildMainCouranteStructure } from '../main-courante/main-courante.factories';

describe('report: collective actions and the registres they feed', () => {
  const {
    t,
    d: s,
    coord,
  } = useWorld(
    async (db, t) => {
      t.clock.now = new Date('2027-06-15T10:00:00Z');
      return buildMainCouranteStructure(db);
    },
    ['coord'],
  );
  const put = (url: string, payload: object) => coord.request({ method: 'PUT', url, payload });

  async function action(
    type: string,
    debut: string,
    fin: string,
    territoireId: string,
    o: { preparation?: number; comptes?: Array<[string, string, number]> } = {},
  ) {
    const id = randomUUID();
    const res = await coord.post('/api/actions', {
      id,
      type,
      titre: `Action ${type}`,
      debut,
      fin,
      territoireId,
      mediateurIds: [s.med1.id],
      heuresPreparation: o.preparation ?? 0,
    });
    expect(res.statusCode, res.body).toBe(201);
    if (o.comptes) {
      const comptes = o.comptes.map(([p, genre, nombre]) => ({ public: p, genre, nombre }));
      expect((await put(`/api/actions/${id}/participation`, { comptes })).statusCode).toBe(200);
    }
    return id;
  }

  it('counts the actions of the period at their real length, by type, registre and QPV', async () => {
    const [m, fv] = [s.malpasse.id, s.fraisVallon.id];
    // 2.5 h, 1.5 h of preparation, 12 participants.
    await action('atelier_numerique', '2027-05-10T14:00:00+02:00', '2027-05-10T16:30:00+02:00', m, {
      preparation: 1.5,
      comptes: [
        ['adulte', 'femme', 8],
        ['jeune', 'homme', 4],
      ],
    });
    // Across midnight on the last day: counts in May, 5 h, 30 participants.
    await action('evenement_festif', '2027-05-31T20:00:00+02:00', '2027-06-01T01:00:00+02:00', fv, {
      preparation: 4,
      comptes: [
        ['enfant', 'femme', 10],
        ['adulte', 'non_precise', 20],
      ],
    });
    // 2 h, a quarter of an hour of preparation, 6 walkers: veille technique.
    await action('diagnostic_en_marchant', '2027-05-20T10:00:00+02:00', '2027-05-20T12:00:00+02:00', m, {
      preparation: 0.25,
      comptes: [['adulte', 'homme', 6]],
    });
    // A team meeting: an action, in no registre.
    await action('reunion_equipe', '2027-05-05T09:00:00+02:00', '2027-05-05T10:00:00+02:00', m);
    // Cancelled after its count: left out.
    const annulee = await action(
      'concertation',
      '2027-05-12T18:00:00+02:00',
      '2027-05-12T20:00:00+02:00',
      m,
      {
        comptes: [['adulte', 'femme', 15]],
      },
    );
    expect((await coord.delete(`/api/actions/${annulee}`)).statusCode).toBe(204);
    // Starting on 30 April and on 1 June in Paris (30 April and 31 May in UTC): left out.
    await action('reunion_habitants', '2027-04-30T23:30:00+02:00', '2027-05-01T01:00:00+02:00', m, {
      comptes: [['senior', 'femme', 7]],
    });
    await action('reunion_habitants', '2027-06-01T00:30:00+02:00', '2027-06-01T02:00:00+02:00', m, {
      comptes: [['senior', 'femme', 9]],
    });

    const r = (await coord.get('/api/rapports/activite?du=2027-05-01&au=2027-05-31')).json();
    const zero = { nombre: 0, participants: 0 };
    expect(r.actions).toEqual({
      nombre: 4,
      heures: 10.5,
      heures_preparation: 5.75,
      participants: 48,
      par_type: {
        reunion_habitants: zero,
        atelier: zero,
        atelier_numerique: { nombre: 1, participants: 12 },
        sensibilisation: zero,
        evenement_festif: { nombre: 1, participants: 30 },
        evenement_sportif: zero,
        evenement_culturel: zero,
        concertation: zero,
        diagnostic_en_marchant: { nombre: 1, participants: 6 },
        instance_partenariale: zero,
        reunion_equipe: { nombre: 1, participants: 0 },
        autre: zero,
      },
      par_registre: {
        presence: { nombre: 1, participants: 30 },
        conflit: zero,
        mise_en_relation: zero,
        veille_sociale: zero,
        veille_technique: { nombre: 1, participants: 6 },
        sensibilisation: { nombre: 1, participants: 12 },
        concertation: zero,
        projet: zero,
      },
      par_qpv: { QN01342I: { nombre: 3, participants: 18 }, QN01344M: { nombre: 1, participants: 30 } },
    });

    // A funder's convention can target actions: each objective reads these figures.
    const objectifs = objectifsRealises(
      [
        { indicateur: 'actions', cible: 8 },
        { indicateur: 'participants_actions', cible: 40 },
        { indicateur: 'heures_actions', cible: 65 },
      ],
      r,
    );
    expect(objectifs.map((o) => [o.indicateur, o.realise, o.taux])).toEqual([
      ['actions', 4, 50],
      ['participants_actions', 48, 120],
      ['heures_actions', 16.25, 25], // 10.5 h of events + 5.75 h of preparation
    ]);

    // The same figures in the exports, beside the same period a year earlier (none then).
    const csv = (await coord.get('/api/rapports/activite?du=2027-05-01&au=2027-05-31&format=csv')).body;
    expect(csv).toContain('Actions collectives par type');
    expect(csv).toContain('atelier_numerique;Atelier numérique;1;0;12;0');
    expect(csv).toContain('heures_preparation;Heures de préparation;5,75;0');

    const fvOnly = (
      await coord.get('/api/rapports/activite?du=2027-05-01&au=2027-05-31&qpv=QN01344M')
    ).json();
    expect(fvOnly.actions).toMatchObject({ nombre: 1, heures: 5, heures_preparation: 4, participants: 30 });
    expect(fvOnly.actions.par_qpv).toEqual({ QN01344M: { nombre: 1, participants: 30 } });
  });

  it('gives each registre its sources: contacts, actions, signalements and diagnostics', async () => {
    const m = s.malpasse.id;
    const contacts = [
      { id: randomUUID(), nature: 'information', nbPersonnes: 3, public: 'adulte', genre: 'femme' },
      { id: randomUUID(), nature: 'gestion_conflit', nbPersonnes: 2, public: 'jeune', genre: 'homme' },
    ];
    const activite = activiteBody({
      territoireId: m,
      mediateurIds: [s.med1.id],
      debut: '2027-05-03T14:00:00+02:00',
      fin: '2027-05-03T16:00:00+02:00',
      contacts,
    });
    expect((await coord.post('/api/activites', activite)).statusCode).toBe(201);
    for (const observedAt of ['2027-05-02T08:00:00Z', '2027-05-30T21:59:00Z', '2027-05-31T22:30:00Z']) {
      await buildSignalement(t.db, {
        structureId: s.structureId,
        territoryId: m,
        observedAt: new Date(observedAt),
      });
    }
    for (const date of ['2027-05-20', '2027-04-10']) {
      const res = await coord.post('/api/signalements/diagnostics', {
        id: randomUUID(),
        territoireId: m,
        date,
        titre: `Diagnostic du ${date}`,
        nbHabitants: 5,
      });
      expect(res.statusCode, res.body).toBe(201);
    }

    const r = (await coord.get('/api/rapports/activite?du=2027-05-01&au=2027-05-31')).json();
    // Unchanged: people reached by contacts, per registre of their nature.
    expect(r.contacts.par_registre).toMatchObject({ sensibilisation: 3, conflit: 2, presence: 0 });
    const vide = {
      contacts: 0,
      personnes: 0,
      actions: 0,
      participants: 0,
      signalements: 0,
      diagnostics: 0,
      projets: 0,
    };
    // The actions of the first test are still there (same world): 48 participants in May.
    expect(r.registres).toEqual({
      presence: { ...vide, actions: 1, participants: 30 },
      conflit: { ...vide, contacts: 1, personnes: 2 },
      mise_en_relation: vide,
      veille_sociale: vide,
      veille_technique: { ...vide, actions: 1, participants: 6, signalements: 2, diagnostics: 1 },
      sensibilisation: { ...vide, contacts: 1, personnes: 3, actions: 1, participants: 12 },
      concertation: vide,
      projet: vide,
    });
    expect(r.signalements.nombre).toBe(2);
  });
});
