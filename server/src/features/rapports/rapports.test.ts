import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { buildRapportDataset } from '../../factories/rapports.factories';

const URL = '/api/rapports/activite';
const PERIODE = 'du=2026-03-01&au=2026-04-30';
const MALPASSE = 'QN01342I';
const FRAIS_VALLON = 'QN01344M';

describe('GET /api/rapports/activite', () => {
  const { t, d, coord } = useWorld(buildRapportDataset, ['coord']);

  it('computes every figure of the period exactly (midnight, DST night, holiday, foreign mediator, undone contact)', async () => {
    const res = await coord.get(`${URL}?${PERIODE}`);
    expect(res.statusCode).toBe(200);
    // Hand-computed: A1 150 min (2 mediators), A2 210 min crossing midnight (1 mediator of ours),
    // A3 270 min over the DST change, A4 120 min on Easter Monday, A5 90 min, A7 live (0 min).
    // The sections of the other modules are checked in rapports-sections.test.ts.
    const { periode, presence, contacts, par_qpv, par_mediateur } = res.json();
    expect({ periode, presence, contacts, par_qpv, par_mediateur }).toEqual({
      periode: { du: '2026-03-01', au: '2026-04-30' },
      presence: {
        activites: 6,
        heures: 14,
        heures_mediateurs: 16.5,
        par_cadre: {
          tournee: { activites: 3, heures: 7 },
          permanence: { activites: 1, heures: 3.5 },
          evenement: { activites: 1, heures: 2 },
          transport: { activites: 1, heures: 1.5 },
          autre: { activites: 0, heures: 0 },
        },
        par_creneau: { jour: 2.5, soiree: 5, week_end: 6.5 },
      },
      contacts: {
        nombre: 6,
        personnes: 13,
        par_nature: {
          lien_social: 3,
          ecoute: 0,
          information: 4,
          orientation: 1,
          accompagnement: 0,
          gestion_conflit: 3,
          rappel_regle: 0,
          sensibilisation: 0,
          veille: 2,
        },
        par_registre: {
          presence: 3,
          conflit: 3,
          mise_en_relation: 1,
          veille_sociale: 2,
          veille_technique: 0,
          sensibilisation: 4,
          concertation: 0,
          projet: 0,
        },
        par_public: { enfant: 4, jeune: 3, jeune_adulte: 1, adulte: 4, senior: 1, inconnu: 0 },
        par_genre: { femme: 5, homme: 7, non_precise: 1 },
      },
      par_qpv: {
        [MALPASSE]: { activites: 4, heures: 8.5, personnes: 8 },
        [FRAIS_VALLON]: { activites: 2, heures: 5.5, personnes: 5 },
      },
      // The coordinator sees each mediator: Samia on A1, A2, A4, A5, A7; Julien on A1, A3.
      par_mediateur: [
        { id: d.med2.id, nom: 'Julien Martin', activites: 2, heures: 7 },
        { id: d.med1.id, nom: 'Samia Martin', activites: 5, heures: 9.5 },
      ],
    });
  });

  it('shows a mediator the team totals and their own line only, never a colleague', async () => {
    const med = await login(t.app, d.med1.email);
    const r = (await med.get(`${URL}?${PERIODE}`)).json();
    expect(r.presence).toMatchObject({ activites: 6, heures: 14, heures_mediateurs: 16.5 });
    expect(r.par_mediateur).toEqual([{ id: d.med1.id, nom: 'Samia Martin', activites: 5, heures: 9.5 }]);
  });

  it('narrows to the QPV asked for', async () => {
    const r = (await coord.get(`${URL}?${PERIODE}&qpv=${FRAIS_VALLON}`)).json();
    expect(r.presence).toMatchObject({ activites: 2, heures: 5.5, heures_mediateurs: 5.5 });
    expect(r.presence.par_creneau).toEqual({ jour: 0, soiree: 3.5, week_end: 2 });
    expect(r.contacts).toMatchObject({ nombre: 2, personnes: 5 });
    expect(r.par_qpv).toEqual({ [FRAIS_VALLON]: { activites: 2, heures: 5.5, personnes: 5 } });
    const both = (await coord.get(`${URL}?${PERIODE}&qpv=${FRAIS_VALLON}&qpv=${MALPASSE}`)).json();
    expect(both.presence.activites).toBe(6);
  });

  it('gives every code with 0 for an empty period', async () => {
    const r = (await coord.get(`${URL}?du=2025-01-01&au=2025-01-31`)).json();
    expect(r.presence.activites).toBe(0);
    expect(r.presence.heures_mediateurs).toBe(0);
    expect(Object.values(r.presence.par_cadre)).toHaveLength(5);
    expect(r.presence.par_cadre.autre).toEqual({ activites: 0, heures: 0 });
    expect(r.presence.par_creneau).toEqual({ jour: 0, soiree: 0, week_end: 0 });
    expect(Object.keys(r.contacts.par_nature)).toHaveLength(9);
    expect(Object.values(r.contacts.par_registre).every((v) => v === 0)).toBe(true);
    expect(r.par_qpv[MALPASSE]).toEqual({ activites: 0, heures: 0, personnes: 0 });
  });

  it('reads one Paris day: 1 March counts the evening of 28 February out, 30 April keeps 23:30', async () => {
    const mars = (await coord.get(`${URL}?du=2026-03-01&au=2026-03-01`)).json();
    expect(mars.presence.activites).toBe(0);
    const avril = (await coord.get(`${URL}?du=2026-04-30&au=2026-04-30`)).json();
    expect(avril.presence).toMatchObject({ activites: 1, heures: 1.5 });
  });

  it('limits a mediator of one QPV to it, and refuses another QPV naming the field', async () => {
    const med = await login(t.app, d.medMalpasse.email);
    const r = (await med.get(`${URL}?${PERIODE}`)).json();
    expect(Object.keys(r.par_qpv)).toEqual([MALPASSE]);
    expect(r.presence).toMatchObject({ activites: 4, heures: 8.5 });
    const res = await med.get(`${URL}?${PERIODE}&qpv=${FRAIS_VALLON}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ champ: 'qpv' })]);
  });

  it('keeps structures apart: the other structure sees only its own activity', async () => {
    const other = await login(t.app, d.otherCoord.email);
    const r = (await other.get(`${URL}?${PERIODE}`)).json();
    expect(r.presence).toMatchObject({ activites: 1, heures: 2, heures_mediateurs: 2 });
    expect(r.contacts).toMatchObject({ nombre: 5, personnes: 5 });
  });

  it('answers 400 on bad dates and du after au, 403 to a partner, 401 without a session', async () => {
    for (const q of [
      'du=2026-13-01&au=2026-12-31',
      'du=2026-03-01',
      'du=2026-05-01&au=2026-04-30',
      'du=2026-01-01&au=2026-01-31&format=doc',
      'du=2026-01-01&au=2026-01-31&qpv=XX',
    ]) {
      const res = await coord.get(`${URL}?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message, q).toMatch(/\w/);
    }
    const bad = await coord.get(`${URL}?du=2026-05-01&au=2026-04-30`);
    expect(bad.json().error.details).toEqual([
      { champ: 'au', message: 'La date de fin précède la date de début.' },
    ]);
    const partner = await login(t.app, d.partner.email);
    expect((await partner.get(`${URL}?${PERIODE}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `${URL}?${PERIODE}` })).statusCode).toBe(401);
  });
});
