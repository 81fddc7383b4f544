import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { buildCarteDataset } from '../../factories/rapports-carte.factories';

const URL = '/api/rapports/carte';
const PERIODE = 'du=2026-03-01&au=2026-04-30';
const MALPASSE = 'QN01342I';
const FRAIS_VALLON = 'QN01344M';

describe('GET /api/rapports/carte', () => {
  const { t, d, coord } = useWorld(buildCarteDataset, ['coord']);

  const p1 = () => ({
    id: d.p1.id,
    nom: 'Place du marché',
    qpv: MALPASSE,
    latitude: 43.33,
    longitude: 5.42,
  });
  const p3 = () => ({
    id: d.p3.id,
    nom: 'Mail central',
    qpv: FRAIS_VALLON,
    latitude: 43.34,
    longitude: 5.41,
  });

  it('places each contact where it was logged, else at its activity; signalements on a 0.0005° grid', async () => {
    const res = await coord.get(`${URL}?${PERIODE}`);
    expect(res.statusCode).toBe(200);
    // Hand-computed: P1 = 3 (by its activity) + 2; P3 = 5 (A2, placed) + 2 (by A3; the undone 10
    // left out); unlocated = 4 (Square Corot, no coordinates) + 1 (no place at all).
    // Signalements: 43.33012/5.42018 and 43.3299/5.4199 share the cell 43.33/5.42; 43.3304 rounds
    // to 43.3305; the Frais Vallon one without GPS takes P3's coordinates; two have no position.
    expect(res.json()).toEqual({
      periode: { du: '2026-03-01', au: '2026-04-30' },
      contacts: {
        lieux: [
          { ...p3(), contacts: 2, personnes: 7 },
          { ...p1(), contacts: 2, personnes: 5 },
        ],
        non_localises: { contacts: 2, personnes: 5 },
      },
      signalements: {
        cellules: [
          { latitude: 43.33, longitude: 5.42, nombre: 2, par_categorie: { proprete: 1, encombrants: 1 } },
          { latitude: 43.3305, longitude: 5.42, nombre: 1, par_categorie: { proprete: 1 } },
          { latitude: 43.34, longitude: 5.41, nombre: 1, par_categorie: { eclairage: 1 } },
        ],
        non_localises: 2,
      },
    });
  });

  it('counts the same contacts and signalements as the report of the period', async () => {
    const rapport = (await coord.get(`/api/rapports/activite?${PERIODE}`)).json();
    const carte = (await coord.get(`${URL}?${PERIODE}`)).json();
    const sum = (xs: Array<Record<string, number>>, k: string) => xs.reduce((n, x) => n + x[k]!, 0);
    expect(sum(carte.contacts.lieux, 'contacts') + carte.contacts.non_localises.contacts).toBe(
      rapport.contacts.nombre,
    );
    expect(sum(carte.contacts.lieux, 'personnes') + carte.contacts.non_localises.personnes).toBe(
      rapport.contacts.personnes,
    );
    expect(sum(carte.signalements.cellules, 'nombre') + carte.signalements.non_localises).toBe(
      rapport.signalements.nombre,
    );
  });

  it('narrows to the QPV asked for', async () => {
    const r = (await coord.get(`${URL}?${PERIODE}&qpv=${FRAIS_VALLON}`)).json();
    expect(r.contacts).toEqual({
      lieux: [{ ...p3(), contacts: 2, personnes: 7 }],
      non_localises: { contacts: 1, personnes: 1 },
    });
    expect(r.signalements).toEqual({
      cellules: [{ latitude: 43.34, longitude: 5.41, nombre: 1, par_categorie: { eclairage: 1 } }],
      non_localises: 1,
    });
  });

  it('limits a mediator of one QPV to it, and refuses another QPV in French naming the field', async () => {
    const med = await login(t.app, d.medMalpasse.email);
    const r = (await med.get(`${URL}?${PERIODE}`)).json();
    expect(r.contacts.lieux).toEqual([{ ...p1(), contacts: 2, personnes: 5 }]);
    expect(r.contacts.non_localises).toEqual({ contacts: 1, personnes: 4 });
    expect(r.signalements.cellules.map((c: { latitude: number }) => c.latitude)).toEqual([43.33, 43.3305]);
    expect(r.signalements.non_localises).toBe(1);
    const res = await med.get(`${URL}?${PERIODE}&qpv=${FRAIS_VALLON}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(`QPV hors de votre périmètre : ${FRAIS_VALLON}.`);
    expect(res.json().error.details).toEqual([expect.objectContaining({ champ: 'qpv' })]);
  });

  it('keeps structures apart: neither sees the other’s points at the same spot', async () => {
    const other = await login(t.app, d.otherCoord.email);
    const r = (await other.get(`${URL}?${PERIODE}`)).json();
    expect(r.contacts.lieux).toEqual([
      {
        id: d.otherPlace.id,
        nom: 'Ailleurs',
        qpv: MALPASSE,
        latitude: 43.33,
        longitude: 5.42,
        contacts: 1,
        personnes: 9,
      },
    ]);
    expect(r.signalements.cellules).toEqual([
      { latitude: 43.33, longitude: 5.42, nombre: 1, par_categorie: { proprete: 1 } },
    ]);
    const mine = (await coord.get(`${URL}?${PERIODE}`)).json();
    expect(mine.contacts.lieux.map((l: { id: string }) => l.id)).not.toContain(d.otherPlace.id);
  });

  it('answers an empty map for an empty period', async () => {
    const r = (await coord.get(`${URL}?du=2025-01-01&au=2025-01-31`)).json();
    expect(r.contacts).toEqual({ lieux: [], non_localises: { contacts: 0, personnes: 0 } });
    expect(r.signalements).toEqual({ cellules: [], non_localises: 0 });
  });

  it('answers 400 in French on bad input, 403 to a partner, 401 without a session', async () => {
    for (const [q, champ] of [
      ['du=2026-13-01&au=2026-12-31', 'du'],
      ['du=2026-05-01&au=2026-04-30', 'au'],
      [`${PERIODE}&format=csv`, 'format'],
      [`${PERIODE}&qpv=XX`, 'qpv'],
      [`${PERIODE}&qpv=QN99999Z`, 'qpv'],
    ]) {
      const res = await coord.get(`${URL}?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.details, q).toContainEqual(expect.objectContaining({ champ }));
    }
    const csv = await coord.get(`${URL}?${PERIODE}&format=csv`);
    expect(csv.json().error.details[0].message).toBe('La carte n’existe qu’en JSON.');
    const partner = await login(t.app, d.partner.email);
    expect((await partner.get(`${URL}?${PERIODE}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `${URL}?${PERIODE}` })).statusCode).toBe(401);
  });
});
