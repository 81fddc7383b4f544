/**
 * The bilan's bar charts as SVG for pdfmake (drawn by its bundled SVG-to-PDFKit, in the document's
 * Helvetica): the same chart models as the web page, two charts a row.
 */
import {
  formatNombre,
  type Graphique,
  graphiquesDeTableaux,
  part,
} from '../../../../domain/rapports/rapport.charts';
import type { Tableau } from '../../../../domain/rapports/rapport.tables';
import { COULEUR, winAnsi } from './rapports.pdf-blocks';

/** Width of one chart: half the A4 text width (595 − 2 × 45 pt margins) less the gap. */
const W = 240;
const GAP = 25;
const BAR_AREA = W * 0.8;
const ROW = 34;
const TOP = 20;
const COLORS = ['#1864ab', '#adb5bd'] as const;

/** XML-escaped, and printable by the built-in Helvetica (WinAnsi). */
const esc = (s: string) =>
  winAnsi(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const text = (x: number, y: number, size: number, body: string, extra = '') =>
  `<text x="${x}" y="${y}" font-family="Helvetica" font-size="${size}"${extra}>${esc(body)}</text>`;

/** One chart: legend, then per bar its label above two horizontal bars (this period, last year). */
export function graphiqueSvg(g: Graphique): string {
  const legend = g.series
    .map(
      (s, i) =>
        `<rect x="${i * 75}" y="1" width="8" height="8" fill="${COLORS[i]}"/>${text(i * 75 + 11, 8.5, 7.5, s)}`,
    )
    .join('');
  const rows = g.barres.map((b, i) => {
    const y = TOP + i * ROW;
    const bars = b.valeurs.map((v, j) => {
      const w = Math.max(part(v, g.max) * BAR_AREA, v > 0 ? 1 : 0);
      const by = y + 11 + j * 9;
      return `<rect x="0" y="${by}" width="${w.toFixed(1)}" height="7" fill="${COLORS[j]}"/>${text(
        w + 3,
        by + 6.3,
        7,
        formatNombre(v),
        j === 1 ? ' fill="#555555"' : '',
      )}`;
    });
    return `${text(0, y + 8, 8, cut(b.label, 55))}${bars.join('')}`;
  });
  const empty = g.barres.length === 0 ? text(0, TOP + 10, 8, 'Aucune donnée sur les deux périodes.') : '';
  const h = TOP + Math.max(1, g.barres.length) * ROW;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}">${legend}${rows.join('')}${empty}</svg>`;
}

/** pdfmake nodes of the charts section: a title, then the charts two by two. */
export function bilanGraphiques(courant: Tableau[], precedent: Tableau[]): Record<string, unknown>[] {
  const graphiques = graphiquesDeTableaux(courant, precedent);
  const rows: Graphique[][] = [];
  for (let i = 0; i < graphiques.length; i += 2) rows.push(graphiques.slice(i, i + 2));
  return [
    {
      text: 'Graphiques',
      headlineLevel: 2,
      fontSize: 13,
      bold: true,
      color: COULEUR.titre,
      margin: [0, 14, 0, 2],
    },
    {
      text: 'Chaque barre foncée donne la période, la barre claire la même période un an plus tôt.',
      headlineLevel: 3,
      fontSize: 8,
      color: COULEUR.gris,
      margin: [0, 0, 0, 8],
    },
    ...rows.map((pair) => ({
      columns: pair.map((g) => ({
        width: W,
        stack: [
          { text: winAnsi(g.titre), bold: true, margin: [0, 0, 0, 4] },
          { svg: graphiqueSvg(g), width: W },
        ],
      })),
      columnGap: GAP,
      margin: [0, 0, 0, 12],
      unbreakable: true,
    })),
  ];
}
