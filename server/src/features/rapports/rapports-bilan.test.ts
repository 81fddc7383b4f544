import { beforeAll, describe, expect, it } from 'vitest';
import type { RapportActivite } from '../../../../domain/rapports/rapport.schema';
import { rapportTableaux } from '../../../../domain/rapports/rapport.tables';
import { ongletLabel } from '../../../../domain/rapports/tableau';
import { hasCommand, readPdf, xlsxSheets } from '../../../test/documents';
import { login } from '../../../test/helpers';
import { useWorld } from '../../../test/world';
import { buildRapportDataset } from '../../factories/rapports.factories';

const URL = '/api/rapports/activite?du=2026-03-01&au=2026-04-30';
/** The coordinator's sections: line breaks, a formula-looking start, characters Helvetica lacks. */
const TEXTES = {
  introduction: 'Une équipe de quatre médiateur·rices.\nDeux quartiers, « au plus près ».',
  partenariats: '=SOMME(A1:A3) partenaires <b>fidèles</b>',
  perspectives: 'Ouvrir une permanence le samedi 😀 à Łódź.\n\nEt recruter.',
};

describe('The bilan keeps the coordinator’s texts (PDF, XLSX, CSV)', () => {
  const { t, d, coord } = useWorld(buildRapportDataset, ['coord']);
  let json: RapportActivite;
  let structureNom: string;
  beforeAll(async () => {
    json = (await coord.get(URL)).json();
    structureNom = (await coord.get('/api/structure')).json().nom;
    const put = await coord.request({
      method: 'PUT',
      url: '/api/rapports/textes',
      payload: { du: '2026-03-01', au: '2026-04-30', sections: TEXTES },
    });
    expect(put.statusCode).toBe(200);
    // Another structure's texts for the same period never reach this bilan.
    const other = await login(t.app, d.otherCoord.email);
    await other.request({
      method: 'PUT',
      url: '/api/rapports/textes',
      payload: { du: '2026-03-01', au: '2026-04-30', sections: { faits_marquants: 'Texte d’ailleurs' } },
    });
  });

  it.skipIf(!hasCommand('pdftoppm'))(
    'PDF: A4 pages, a cover with the contents, each text where it belongs',
    async () => {
      const res = await coord.get(`${URL}&format=pdf`);
      expect(res.statusCode).toBe(200);
      const { images, pages } = await readPdf(res.rawPayload);
      expect(images.length).toBeGreaterThanOrEqual(4);
      // A4 at 40 dpi: 595 × 842 pt → 331 × 468 px, every page.
      for (const img of images) expect(img).toEqual({ width: 331, height: 468 });
      const [cover, ...body] = pages as [string, ...string[]];
      expect(cover).toContain(structureNom);
      expect(cover).toContain('Bilan d’activité');
      expect(cover).toContain('Période du 01/03/2026 au 30/04/2026');
      expect(cover).toContain('même période un an plus tôt, du 01/03/2025 au 30/04/2025');
      expect(cover).toMatch(/Périmètre : tous les quartiers de la structure — .*\(QN01342I\)/);
      // The contents list each part with its page, the introduction first.
      expect(cover).toMatch(/Sommaire\s+Le mot de la coordination\s+2\s+Chiffres clés\s+2\s/);
      expect(cover).toMatch(/Partenariats\s+\d+\s+Perspectives\s+\d+\s/);
      expect(cover).toContain('Édité le');
      expect(body.at(-1)).toContain(`page ${images.length} / ${images.length}`);
      const text = body.join('\n');
      const at = (s: string) => {
        expect(text).toContain(s);
        return text.indexOf(s);
      };
      // The prose as typed (line break kept, markup printed as text, a missing glyph as « ? »),
      // the introduction before the key figures, partnerships after the tables, outlook last.
      const order = [
        at('Une équipe de quatre médiateur·rices.\nDeux quartiers, « au plus près ».'),
        at('Chiffres clés'),
        at('Personnes par registre'),
        at('Par quartier prioritaire (QPV)'),
        at('=SOMME(A1:A3) partenaires <b>fidèles</b>'),
        at('Ouvrir une permanence le samedi ? à ?ódz.'),
        at('Et recruter.'),
      ];
      expect([...order].sort((x, y) => x - y)).toEqual(order);
      // A section never written is left out; another structure's text never appears.
      expect(pages.join('')).not.toContain('Faits marquants de la période');
      expect(pages.join('')).not.toContain('Texte d’ailleurs');
    },
  );

  it.skipIf(!hasCommand('soffice'))('XLSX: a Textes sheet, every section, "=" kept as text', async () => {
    const res = await coord.get(`${URL}&format=xlsx`);
    const sheets = await xlsxSheets(res.rawPayload);
    expect(Object.keys(sheets).sort()).toEqual(
      [...rapportTableaux(json, {}).map((s) => ongletLabel(s.feuille)), 'Textes'].sort(),
    );
    expect(sheets.Textes).toEqual([
      ['Code', 'Section', 'Texte'],
      ['introduction', 'Le mot de la coordination', TEXTES.introduction],
      ['faits_marquants', 'Faits marquants de la période', ''],
      // Neutralised: a spreadsheet shows the text, never runs it.
      ['partenariats', 'Partenariats', `'${TEXTES.partenariats}`],
      ['perspectives', 'Perspectives', TEXTES.perspectives],
    ]);
  });

  it('CSV: the texts last, line breaks inside the quoted cell, the formula neutralised', async () => {
    const res = await coord.get(`${URL}&format=csv`);
    expect(res.body).toContain(
      'Textes du bilan\r\nCode;Section;Texte\r\nintroduction;Le mot de la coordination;"Une équipe de quatre médiateur·rices.\nDeux quartiers, « au plus près »."\r\nfaits_marquants;Faits marquants de la période;\r\n',
    );
    expect(res.body).toContain(`partenariats;Partenariats;'${TEXTES.partenariats}\r\n`);
    expect(res.body.trimEnd().endsWith('Et recruter."')).toBe(true);
  });
});
