import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RapportActivite } from '../../../../domain/rapports/rapport.schema';
import { hasCommand, readPdf, xlsxSheets } from '../../../test/documents';
import { createTestApp, login, type Session, type TestApp } from '../../../test/helpers';
import { territories } from '../../db/schema';
import { buildRapportDataset } from '../../factories/rapports.factories';
import { buildSectionsDataset } from '../../factories/rapports-sections.factories';

const URL = '/api/rapports/activite?du=2026-03-01&au=2026-04-30';
const INJECTION = '=HYPERLINK("http://evil.example","clic")';

describe('Rapport documents (CSV, XLSX, PDF)', () => {
  let t: TestApp;
  let coord: Session;
  let json: RapportActivite;
  beforeAll(async () => {
    t = await createTestApp();
    const d = await buildRapportDataset(t.db);
    await buildSectionsDataset(t.db, d);
    // A QPV name that a spreadsheet would run as a formula.
    await t.db.update(territories).set({ nom: INJECTION }).where(eq(territories.id, d.fraisVallon.id));
    coord = await login(t.app, d.coord.email);
    json = (await coord.get(URL)).json();
  });
  afterAll(() => t.close());

  it('CSV: every table under its title, same figures as the JSON, formula neutralised', async () => {
    const res = await coord.get(`${URL}&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('bilan-2026-03-01-2026-04-30.csv');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    expect(res.body).toContain('Personnes par registre\r\nCode;Registre;Personnes\r\n');
    expect(res.body).toContain(
      `presence;Présence active de proximité;${json.contacts.par_registre.presence}\r\n`,
    );
    expect(res.body).toContain('heures_mediateurs;Heures × médiateurs présents;16.5\r\n');
    expect(res.body).toContain(`QN01344M;"'${INJECTION.replaceAll('"', '""')}";2;5.5;5\r\n`);
  });

  it.skipIf(!hasCommand('soffice'))(
    'XLSX: one sheet per table; LibreOffice reads the same figures as the JSON',
    async () => {
      const res = await coord.get(`${URL}&format=xlsx`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const sheets = await xlsxSheets(res.rawPayload);
      expect(Object.keys(sheets).sort()).toEqual(
        [
          'Cadres',
          'Creneaux',
          'Genres',
          'Natures',
          'Publics',
          'QPV',
          'Registres',
          'Synthese',
          'Textes',
          'Demandes',
          'Motifs',
          'Orientations',
          'OrientationsPartenaires',
          'Situations',
          'SituationsTypes',
          'SituationsOrigines',
          'SituationsIssues',
          'Signalements',
          'SignalementsCategories',
          'SignalementsPartenaires',
        ].sort(),
      );
      const byCode = (sheet: string, col = 2) =>
        Object.fromEntries(sheets[sheet]!.slice(1).map((r) => [r[0], Number(r[col])]));
      expect(byCode('Synthese')).toEqual({
        activites: json.presence.activites,
        heures: json.presence.heures,
        heures_mediateurs: json.presence.heures_mediateurs,
        contacts: json.contacts.nombre,
        personnes: json.contacts.personnes,
      });
      expect(byCode('Registres')).toEqual(json.contacts.par_registre);
      expect(byCode('Natures')).toEqual(json.contacts.par_nature);
      expect(byCode('Publics')).toEqual(json.contacts.par_public);
      expect(byCode('Genres')).toEqual(json.contacts.par_genre);
      expect(byCode('Creneaux')).toEqual(json.presence.par_creneau);
      expect(byCode('Cadres', 2)).toEqual(
        Object.fromEntries(Object.entries(json.presence.par_cadre).map(([k, v]) => [k, v.activites])),
      );
      expect(byCode('Cadres', 3)).toEqual(
        Object.fromEntries(Object.entries(json.presence.par_cadre).map(([k, v]) => [k, v.heures])),
      );
      const qpv = Object.fromEntries(
        sheets.QPV!.slice(1).map((r) => [r[0], { activites: +r[2]!, heures: +r[3]!, personnes: +r[4]! }]),
      );
      expect(qpv).toEqual(json.par_qpv);
      const g = json.signalements;
      expect(byCode('Signalements')).toEqual({
        signalements: g.nombre,
        ...g.par_statut,
        delai_median_prise_en_compte_heures: g.delai_median_prise_en_compte_heures,
        delai_median_resolution_heures: g.delai_median_resolution_heures,
      });
      expect(byCode('SignalementsCategories')).toEqual(g.par_categorie);
      // A partner line per row; a median over nothing is an empty cell.
      expect(sheets.SignalementsPartenaires!.slice(1).map((r) => r.slice(1))).toEqual(
        g.par_partenaire.map((l) => [
          l.nom,
          String(l.nombre),
          String(l.delai_median_prise_en_compte_heures ?? ''),
          String(l.delai_median_resolution_heures ?? ''),
        ]),
      );
      expect(byCode('OrientationsPartenaires', 2)).toEqual(
        Object.fromEntries(
          json.orientations.par_partenaire.map((l) => [l.id ?? 'sans_partenaire', l.nombre]),
        ),
      );
      // The formula-looking name is text, kept with its neutralising quote, never evaluated.
      expect(sheets.QPV!.find((r) => r[0] === 'QN01344M')![1]).toBe(`'${INJECTION}`);
    },
  );

  it.skipIf(!hasCommand('pdftoppm'))(
    'PDF: the bilan renders to pages (cover, key figures, tables)',
    async () => {
      const res = await coord.get(`${URL}&format=pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const { images, pages } = await readPdf(res.rawPayload, 40, true);
      expect(images.length).toBeGreaterThanOrEqual(3);
      const text = pages.join('\n');
      expect(text).toContain('Bilan d’activité');
      expect(text).toContain('du 01/03/2026 au 30/04/2026');
      expect(text).toContain('du 01/03/2025 au 30/04/2025');
      expect(text).toContain('Personnes par registre');
      expect(text).toContain('Par quartier prioritaire (QPV)');
      expect(text).not.toMatch(/\bnull\b|NaN|undefined/);
      // Rows match last year's by code: a partner new this year never shows another's figures
      // (last year: « Ancien partenaire » then « Association Alpha », 1 orientation, 1 aboutie, 100 %).
      const partenaires = text.slice(text.indexOf('Orientations par partenaire'));
      const habitat = partenaires.split('\n').find((l) => l.trim().startsWith('Bailleur'))!;
      const figures = habitat.split(/\s+/).filter((x) => /^\d+(,\d+)?$/.test(x));
      expect(figures[0]).toBe('2');
      expect(figures).not.toContain('1');
      expect(figures).not.toContain('100');
    },
  );
});
