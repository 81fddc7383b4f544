import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RapportActivite } from '../../../../domain/rapports/rapport.schema';
import { csvCellsFr, hasCommand, readPdf, xlsxSheets } from '../../../test/documents';
import { login, type Session } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { territories } from '../../db/schema';
import { buildRapportDataset } from '../../factories/rapports.factories';
import { buildSectionsDataset } from '../../factories/rapports-sections.factories';

const URL = '/api/rapports/activite?du=2026-03-01&au=2026-04-30';
const INJECTION = '=HYPERLINK("http://evil.example","clic")';

describe('Rapport documents (CSV, XLSX, PDF)', () => {
  const { t, d } = useWorld(buildRapportDataset);
  let coord: Session;
  let json: RapportActivite;
  let avant: RapportActivite;
  beforeAll(async () => {
    await buildSectionsDataset(t.db, d);
    // A QPV name that a spreadsheet would run as a formula.
    await t.db.update(territories).set({ nom: INJECTION }).where(eq(territories.id, d.fraisVallon.id));
    coord = await login(t.app, d.coord.email);
    json = (await coord.get(URL)).json();
    avant = (await coord.get(URL.replaceAll('2026-', '2025-'))).json();
  });

  it('CSV: every table under its title, same figures as the JSON, formula neutralised', async () => {
    const res = await coord.get(`${URL}&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('bilan-2026-03-01-2026-04-30.csv');
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const AP = '(année précédente)';
    expect(res.body).toContain(`Personnes par registre\r\nCode;Registre;Personnes;Personnes ${AP}\r\n`);
    expect(res.body).toContain(
      `presence;Présence active de proximité;${json.contacts.par_registre.presence};${avant.contacts.par_registre.presence}\r\n`,
    );
    // Decimal comma, last year's figure beside this year's.
    expect(res.body).toContain(
      `heures_mediateurs;Heures × médiateurs présents;16,5;${String(avant.presence.heures_mediateurs).replace('.', ',')}\r\n`,
    );
    expect(res.body).toMatch(/QN01344M;"'=HYPERLINK\(""http:\/\/evil.example"",""clic""\)";2;\d*;5,5;/);
    // Partners by name, never by their internal id.
    expect(res.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    expect(res.body).toContain(`Partenaire;Orientations;Orientations ${AP};Abouties`);
  });

  it.skipIf(!hasCommand('soffice'))(
    'CSV: French LibreOffice reads every figure back as a number (decimal comma, BOM, ;)',
    async () => {
      const res = await coord.get(`${URL}&format=csv`);
      const rows = await csvCellsFr(res.rawPayload);
      const row = (code: string) => rows.find((r) => r[0] === code)!;
      expect(rows[0]![0]).toContain('Bilan d’activité'); // UTF-8 read as such (BOM)
      expect(row('heures_mediateurs')).toEqual([
        'heures_mediateurs',
        'Heures × médiateurs présents',
        16.5,
        avant.presence.heures_mediateurs,
      ]);
      expect(row('QN01344M')!.slice(2)).toEqual([
        2,
        expect.any(Number),
        5.5,
        expect.any(Number),
        5,
        expect.any(Number),
      ]);
      expect(row('presence')![2]).toBe(json.contacts.par_registre.presence);
      const numeric = rows.filter((r) => r.length > 2 && typeof r[2] === 'number');
      expect(numeric.length).toBeGreaterThan(60);
    },
  );

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
          'Créneaux',
          'Genres',
          'Natures',
          'Publics',
          'QPV',
          'Registres',
          'Synthèse',
          'Textes',
          'Demandes',
          'Motifs',
          'Orientations',
          'Orientations par partenaire',
          'Situations',
          'Situations par type',
          'Situations par origine',
          'Situations par issue',
          'Signalements',
          'Signalements par catégorie',
          'Signalements par partenaire',
          'Planning par type',
          'Planifié, réalisé par cadre',
          'Planifié, réalisé par personne',
          'Projets',
          'Projets par statut',
          'Sécurité des équipes',
          'Alertes par quartier',
          'Actions collectives',
          'Actions par type',
          'Actions par QPV',
          'Sources des registres',
          'Autres sources des registres',
        ].sort(),
      );
      const byCode = (sheet: string, col = 2) =>
        Object.fromEntries(sheets[sheet]!.slice(1).map((r) => [r[0], Number(r[col])]));
      expect(byCode('Synthèse')).toEqual({
        activites: json.presence.activites,
        heures: json.presence.heures,
        heures_mediateurs: json.presence.heures_mediateurs,
        contacts: json.contacts.nombre,
        personnes: json.contacts.personnes,
      });
      expect(byCode('Registres')).toEqual(json.contacts.par_registre);
      expect(byCode('Planifié, réalisé par cadre', 4)).toEqual(
        Object.fromEntries(Object.entries(json.planning.par_cadre).map(([k, v]) => [k, v.realisees])),
      );
      expect(byCode('Sécurité des équipes').alertes).toBe(json.securite?.total);
      expect(byCode('Natures')).toEqual(json.contacts.par_nature);
      expect(byCode('Actions collectives')).toEqual({
        nombre: json.actions.nombre,
        heures: json.actions.heures,
        heures_preparation: json.actions.heures_preparation,
        participants: json.actions.participants,
      });
      expect(byCode('Sources des registres', 2)).toEqual(
        Object.fromEntries(Object.entries(json.registres).map(([k, v]) => [k, v.contacts])),
      );
      expect(byCode('Autres sources des registres')).toEqual({
        signalements: json.registres.veille_technique.signalements,
        diagnostics: json.registres.veille_technique.diagnostics,
        projets: json.registres.projet.projets,
      });
      expect(byCode('Publics')).toEqual(json.contacts.par_public);
      expect(byCode('Genres')).toEqual(json.contacts.par_genre);
      expect(byCode('Créneaux')).toEqual(json.presence.par_creneau);
      expect(byCode('Créneaux', 3)).toEqual(avant.presence.par_creneau);
      expect(sheets.Synthèse![0]).toEqual(['Code', 'Indicateur', 'Valeur', 'Valeur (année précédente)']);
      expect(byCode('Cadres', 2)).toEqual(
        Object.fromEntries(Object.entries(json.presence.par_cadre).map(([k, v]) => [k, v.activites])),
      );
      expect(byCode('Cadres', 4)).toEqual(
        Object.fromEntries(Object.entries(json.presence.par_cadre).map(([k, v]) => [k, v.heures])),
      );
      const qpv = Object.fromEntries(
        sheets.QPV!.slice(1).map((r) => [r[0], { activites: +r[2]!, heures: +r[4]!, personnes: +r[6]! }]),
      );
      expect(qpv).toEqual(json.par_qpv);
      const g = json.signalements;
      expect(byCode('Signalements')).toEqual({
        signalements: g.nombre,
        ...g.par_statut,
        delai_median_prise_en_compte_heures: g.delai_median_prise_en_compte_heures,
        delai_median_resolution_heures: g.delai_median_resolution_heures,
      });
      expect(byCode('Signalements par catégorie')).toEqual(g.par_categorie);
      // A partner line per row, named (no id); a median over nothing is an empty cell.
      expect(sheets['Signalements par partenaire']![0]![0]).toBe('Partenaire');
      expect(sheets['Signalements par partenaire']!.slice(1).map((r) => [r[0], r[1], r[3], r[5]])).toEqual(
        g.par_partenaire.map((l) => [
          l.nom,
          String(l.nombre),
          String(l.delai_median_prise_en_compte_heures ?? ''),
          String(l.delai_median_resolution_heures ?? ''),
        ]),
      );
      expect(byCode('Orientations par partenaire', 1)).toEqual(
        Object.fromEntries(json.orientations.par_partenaire.map((l) => [l.nom, l.nombre])),
      );
      const ids = JSON.stringify(sheets);
      expect(ids).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
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
