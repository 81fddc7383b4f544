import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { expectListContract } from '../../../test/liste';
import { useWorld } from '../../../test/world';
import { auditLog } from '../../db/schema';
import { buildConventionDataset } from '../../factories/conventions.dataset';
import { buildLieu, buildTerritoire } from '../../factories/factories';
import { buildSignalement } from '../../factories/signalements.factories';

const MALPASSE = 'QN01342I';
const FRAIS_VALLON = 'QN01344M';

describe('conventions', () => {
  const { t, d, direction, coord } = useWorld(buildConventionDataset, ['direction', 'coord']);
  const url = () => `/api/conventions/${d.convention.id}`;

  const body = () => ({
    partenaireId: d.financeur.id,
    nom: 'Médiation dans les bus 2026',
    reference: 'RTM-2026-04',
    du: '2026-01-01',
    au: '2026-12-31',
    commentaire: null,
    territoireIds: [d.fraisVallon.id],
    lieuIds: [d.lieu.id],
    objectifs: [
      { indicateur: 'heures_transport', cible: 1200 },
      { indicateur: 'contacts', cible: 3000 },
    ],
  });

  it('creates, finds, updates and deletes a convention, each write with its audit row', async () => {
    const created = await direction.post('/api/conventions', body());
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({
      nom: 'Médiation dans les bus 2026',
      partenaire: { id: d.financeur.id, nom: 'Ville de Marseille' },
      du: '2026-01-01',
      au: '2026-12-31',
      territoires: [{ id: d.fraisVallon.id, qpvCode: FRAIS_VALLON }],
      lieux: [{ id: d.lieu.id, nom: 'Square Corot', territoireId: d.malpasse.id }],
      // In the order of the indicator list.
      objectifs: [
        { indicateur: 'contacts', cible: 3000 },
        { indicateur: 'heures_transport', cible: 1200 },
      ],
    });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, c.id), eq(auditLog.action, 'create')));
    expect(audit).toMatchObject({ entityType: 'convention', actorUserId: d.direction.id });

    expect(
      (await coord.get('/api/conventions?q=rtm-2026')).json().items.map((x: { id: string }) => x.id),
    ).toEqual([c.id]);
    expect((await coord.get('/api/conventions?q=marseille')).json().items).toHaveLength(2);
    expect((await coord.get('/api/conventions?annee=2025')).json().items).toEqual([]);
    expect(
      (await coord.get(`/api/conventions?annee=2026&partenaireId=${d.financeur.id}`)).json().items,
    ).toHaveLength(2);
    await expectListContract(coord, '/api/conventions?annee=2026', { total: 2, parPage: 1 });
    const now = t.clock.now;
    t.clock.now = new Date('2026-06-01T10:00:00Z');
    expect((await coord.get('/api/conventions?enCours=true')).json().total).toBe(1);
    t.clock.now = new Date('2025-12-01T10:00:00Z');
    expect((await coord.get('/api/conventions?enCours=true')).json().total).toBe(0);
    t.clock.now = now;

    const updated = await direction.patch(`/api/conventions/${c.id}`, {
      ...body(),
      lieuIds: [],
      objectifs: [],
    });
    expect(updated.json()).toMatchObject({ lieux: [], objectifs: [] });
    const admin = await login(t.app, d.admin.email);
    expect((await admin.delete(`/api/conventions/${c.id}`)).statusCode).toBe(204);
    expect((await coord.get(`/api/conventions/${c.id}`)).statusCode).toBe(404);
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, c.id));
    expect(actions.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('names every bad field in French: dates, end before start, indicator, negative target', async () => {
    const bad = await direction.post('/api/conventions', {
      ...body(),
      du: '2026-13-01',
      objectifs: [
        { indicateur: 'heures_de_vol', cible: 3 },
        { indicateur: 'activites', cible: -1 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual(
      expect.arrayContaining([
        { champ: 'du', message: 'Date attendue au format AAAA-MM-JJ.' },
        { champ: 'objectifs.0.indicateur', message: 'Indicateur inconnu.' },
        { champ: 'objectifs.1.cible', message: 'La cible ne peut pas être négative.' },
      ]),
    );
    const reversed = await direction.post('/api/conventions', {
      ...body(),
      du: '2026-06-01',
      au: '2026-05-31',
    });
    expect(reversed.json().error.details).toEqual([
      { champ: 'au', message: 'La date de fin précède la date de début.' },
    ]);
  });

  it('refuses a funder, a QPV or a place of another structure, naming the field', async () => {
    const otherQpv = await buildTerritoire(t.db, { structureId: d.other.id });
    const otherPlace = await buildLieu(t.db, { structureId: d.other.id, territoryId: otherQpv.id });
    for (const [champ, patch] of [
      ['partenaireId', { partenaireId: d.otherPartner.id }],
      ['territoireIds', { territoireIds: [otherQpv.id] }],
      ['lieuIds', { lieuIds: [otherPlace.id] }],
    ] as const) {
      const res = await direction.post('/api/conventions', { ...body(), ...patch });
      expect(res.statusCode, champ).toBe(400);
      expect(res.json().error.details, champ).toEqual([expect.objectContaining({ champ })]);
    }
  });

  it('computes each objective against what was done on QPV ∪ places, in the period', async () => {
    const res = await coord.get(`${url()}/rapport`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    // Hand-computed: Frais Vallon 10/03 2 h (2 mediators, 3 contacts); Square Corot 12/03 1 h 30
    // (2 contacts) and 31/03 23:30 1 h. Out: Malpassé off the place, February, April.
    expect(r.periode).toEqual({ du: '2026-03-01', au: '2026-03-31' });
    expect(r.objectifs).toEqual([
      { indicateur: 'heures_presence', libelle: 'Heures de présence', cible: 10, realise: 4.5, taux: 45 },
      {
        indicateur: 'activites',
        libelle: 'Activités (tournées, permanences, événements…)',
        cible: 4,
        realise: 3,
        taux: 75,
      },
      { indicateur: 'contacts', libelle: 'Contacts', cible: 5, realise: 5, taux: 100 },
      { indicateur: 'personnes', libelle: 'Personnes rencontrées', cible: 0, realise: 5, taux: null },
    ]);
    expect(r.rapport.presence).toMatchObject({ activites: 3, heures: 4.5, heures_mediateurs: 6.5 });
    expect(r.rapport.contacts).toMatchObject({ nombre: 5, personnes: 5 });
    // The place's QPV has its line: par_qpv adds up to the totals.
    expect(r.rapport.par_qpv).toEqual({
      [MALPASSE]: { activites: 2, heures: 2.5, personnes: 2 },
      [FRAIS_VALLON]: { activites: 1, heures: 2, personnes: 3 },
    });
    expect(r.convention.id).toBe(d.convention.id);
  });

  it('clamps the period asked for to the convention, and refuses one wholly outside', async () => {
    const r = (await coord.get(`${url()}/rapport?du=2026-03-11&au=2026-04-30`)).json();
    expect(r.periode).toEqual({ du: '2026-03-11', au: '2026-03-31' });
    // The declared answer keeps the JSON's fields only: the perimeter used inside stays on the server.
    expect(Object.keys(r).sort()).toEqual(['convention', 'objectifs', 'periode', 'rapport']);
    expect(r.rapport.presence).toMatchObject({ activites: 2, heures: 2.5 });
    expect(r.objectifs[0]).toMatchObject({ realise: 2.5, taux: 25 });
    const after = await coord.get(`${url()}/rapport?du=2026-05-01`);
    expect(after.statusCode).toBe(400);
    expect(after.json().error.details).toEqual([expect.objectContaining({ champ: 'du' })]);
    const before = await coord.get(`${url()}/rapport?au=2026-02-01`);
    expect(before.json().error.details).toEqual([expect.objectContaining({ champ: 'au' })]);
    const reversed = await coord.get(`${url()}/rapport?du=2026-03-20&au=2026-03-10`);
    expect(reversed.statusCode).toBe(400);
  });

  it('keeps a reader of one QPV to it: the place of Malpassé counts, Frais Vallon does not', async () => {
    const lecteur = await login(t.app, d.lecteurMalpasse.email);
    const r = (await lecteur.get(`${url()}/rapport`)).json();
    expect(r.rapport.presence).toMatchObject({ activites: 2, heures: 2.5 });
    expect(Object.keys(r.rapport.par_qpv)).toEqual([MALPASSE]);
    expect(r.rapport.par_mediateur).toEqual([]);
  });

  it('reads a convention without QPV nor place on the whole structure', async () => {
    const whole = await direction.post('/api/conventions', {
      ...body(),
      du: '2026-03-01',
      au: '2026-03-31',
      territoireIds: [],
      lieuIds: [],
      objectifs: [{ indicateur: 'heures_presence', cible: 9 }],
    });
    const r = (await coord.get(`/api/conventions/${whole.json().id}/rapport`)).json();
    // The four March activities of the structure: 2 + 1.5 + 1 + 3 hours.
    expect(r.objectifs[0]).toMatchObject({ realise: 7.5, taux: 83.3 });
    expect(Object.keys(r.rapport.par_qpv).sort()).toEqual([MALPASSE, FRAIS_VALLON]);
  });

  it('reads objectives on the other modules’ sections: signalements of the QPV and the place', async () => {
    const signalement = (territoryId: string, observedAt: string, placeId?: string) =>
      buildSignalement(t.db, {
        structureId: d.structureId,
        territoryId,
        placeId: placeId ?? null,
        observedAt: new Date(observedAt),
      });
    await signalement(d.fraisVallon.id, '2026-03-05T10:00:00+01:00');
    await signalement(d.malpasse.id, '2026-03-06T10:00:00+01:00', d.lieu.id);
    await signalement(d.malpasse.id, '2026-03-07T10:00:00+01:00');
    await signalement(d.fraisVallon.id, '2026-04-05T10:00:00+02:00');
    const created = await direction.post('/api/conventions', {
      ...body(),
      du: '2026-03-01',
      au: '2026-03-31',
      objectifs: [
        { indicateur: 'signalements', cible: 4 },
        { indicateur: 'orientations', cible: 2 },
      ],
    });
    const r = (await coord.get(`/api/conventions/${created.json().id}/rapport`)).json();
    expect(r.objectifs).toEqual([
      expect.objectContaining({ indicateur: 'orientations', realise: 0, taux: 0 }),
      expect.objectContaining({ indicateur: 'signalements', realise: 2, taux: 50 }),
    ]);
  });

  it('writes the CSV and XLSX with the objectives table first, and the PDF bilan', async () => {
    const csv = await coord.get(`${url()}/rapport?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(
      'bilan-convention-politique-de-la-ville-mars-2026-2026-03-01-2026-03-31.csv',
    );
    const first = csv.body.split('\r\n').slice(2, 5);
    expect(first).toEqual([
      'Objectifs de la convention : réalisé et cible',
      'Code;Indicateur;Cible;Réalisé;Taux (%)',
      'heures_presence;Heures de présence;10;4,5;45',
    ]);
    expect(csv.body).toContain('personnes;Personnes rencontrées;0;5;\r\n');
    const xlsx = await coord.get(`${url()}/rapport?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Objectifs', 'Synthèse']);
    expect(wb.getWorksheet('Objectifs')!.getRow(2).values).toEqual([
      undefined,
      'heures_presence',
      'Heures de présence',
      10,
      4.5,
      45,
    ]);
    const pdf = await coord.get(`${url()}/rapport?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers 401 without a session, 403 by role, 404 from another structure', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/conventions' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `${url()}/rapport` })).statusCode).toBe(401);
    const med = await login(t.app, d.med1.email);
    expect((await med.get('/api/conventions')).statusCode).toBe(403);
    expect((await med.get(`${url()}/rapport`)).statusCode).toBe(403);
    const partner = await login(t.app, d.partner.email);
    expect((await partner.get(url())).statusCode).toBe(403);
    expect((await partner.get(`${url()}/rapport`)).statusCode).toBe(403);
    expect((await coord.post('/api/conventions', body())).statusCode).toBe(403);
    expect((await coord.patch(url(), body())).statusCode).toBe(403);
    expect((await coord.delete(url())).statusCode).toBe(403);
    const other = await login(t.app, d.otherCoord.email);
    expect((await other.get(url())).statusCode).toBe(404);
    expect((await other.get(`${url()}/rapport`)).statusCode).toBe(404);
    expect((await other.get('/api/conventions')).json()).toMatchObject({ items: [], total: 0 });
  });
});
