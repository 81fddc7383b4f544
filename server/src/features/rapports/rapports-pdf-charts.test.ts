import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Graphique } from '../../../../domain/rapports/rapport.charts';
import type { Tableau } from '../../../../domain/rapports/rapport.tables';
import { renderPdf } from '../../lib/pdf';
import { bilanGraphiques, graphiqueSvg } from './rapports.pdf-charts';

const has = (cmd: string) => {
  try {
    execFileSync('which', [cmd]);
    return true;
  } catch {
    return false;
  }
};

const g: Graphique = {
  id: 'g-qpv',
  titre: 'Personnes par QPV',
  unite: 'personnes',
  series: ['Période', 'An passé'],
  barres: [{ code: 'QN1', label: 'Cité <Les Lauriers> & Co', valeurs: [1500, 750] }],
  max: 2000,
};

const tableaux = (registre: number): Tableau[] => [
  { feuille: 'Synthese', titre: 'Chiffres clés', colonnes: ['Code', 'Indicateur', 'Valeur'], lignes: [] },
  {
    feuille: 'Registres',
    titre: 'Personnes par registre',
    colonnes: ['Code', 'Registre', 'Personnes'],
    lignes: [['presence', 'Présence active de proximité', registre]],
  },
];

describe('bilan charts (PDF)', () => {
  it('draws bars proportional to the axis, values beside, labels escaped', () => {
    const svg = graphiqueSvg(g);
    // 1500 / 2000 of the 192 pt bar area, 750 / 2000 for last year.
    expect(svg).toContain('width="144.0" height="7" fill="#1864ab"');
    expect(svg).toContain('width="72.0" height="7" fill="#adb5bd"');
    expect(svg).toContain('>1 500</text>');
    expect(svg).toContain('Cité &lt;Les Lauriers&gt; &amp; Co');
    expect(graphiqueSvg({ ...g, barres: [] })).toContain('Aucune donnée sur les deux périodes.');
    // Helvetica prints WinAnsi only: other characters are degraded, never garbled.
    const emoji = graphiqueSvg({ ...g, barres: [{ ...g.barres[0]!, label: 'Cité 😀 Łódź' }] });
    expect(emoji).toContain('>Cité ? ?ódz</text>');
  });

  it('lays the charts out two by two under a section title', () => {
    const nodes = bilanGraphiques(tableaux(12), tableaux(8));
    expect(nodes[0]).toMatchObject({ text: 'Graphiques' });
    expect(nodes).toHaveLength(3);
  });

  it.skipIf(!has('pdftotext'))('renders through pdfmake in Helvetica, text kept', async () => {
    const pdf = await renderPdf({
      defaultStyle: { font: 'Helvetica' },
      content: bilanGraphiques(tableaux(12), tableaux(8)),
    });
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();
    expect(text).toContain('Graphiques');
    expect(text).toMatch(/Période\s+An passé/);
    expect(text).toMatch(/Présence active de proximité\s+12\s+8/);
  });
});
