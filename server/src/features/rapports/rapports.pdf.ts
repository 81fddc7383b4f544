/** The bilan d'activité as PDF: cover, key figures, then every table with the previous year beside. */

import type { Cell, Tableau } from '../../../../domain/rapports/rapport.tables';
import { renderPdf } from '../../lib/pdf';
import { bilanGraphiques } from './rapports.pdf-charts';

export interface BilanPdf {
  structureNom: string;
  /** e.g. « du 01/01/2026 au 31/12/2026 ». */
  periode: string;
  periodePrecedente: string;
  qpv: string[];
  courant: Tableau[];
  precedent: Tableau[];
  edite: string;
  /** A convention's bilan: its title on the cover, its objectives table after the key figures. */
  convention?: { titre: string; objectifs: Tableau };
}

/** A table as it is (no comparison): label then figures, right-aligned. */
function tableSimple(t: Tableau) {
  const header = t.colonnes.slice(1).map((text) => ({ text, bold: true, fillColor: '#e8eef5' }));
  const body = t.lignes.map((l) => [
    String(l[1]),
    ...l.slice(2).map((v) => ({ text: nombre(v), alignment: 'right' })),
  ]);
  return [
    { text: t.titre, fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
    {
      table: { headerRows: 1, widths: ['*', ...t.colonnes.slice(2).map(() => 70)], body: [header, ...body] },
      layout: 'lightHorizontalLines',
    },
  ];
}

const nombre = (c: Cell) =>
  typeof c === 'number' ? c.toLocaleString('fr-FR', { maximumFractionDigits: 2 }).replace(/\s/g, ' ') : c;

/** Label, then each figure of this period beside the same figure one year earlier. */
function comparaison(cur: Tableau, prev: Tableau) {
  const numeric = cur.colonnes.slice(2);
  const header = [cur.colonnes[1]!, ...numeric.flatMap((c) => [`${c} (période)`, `${c} (an passé)`])].map(
    (text) => ({ text, bold: true, fillColor: '#e8eef5' }),
  );
  const body = cur.lignes.map((l, i) => {
    const before = prev.lignes.find((p) => p[0] === l[0]) ?? prev.lignes[i] ?? [];
    return [
      String(l[1]),
      ...l.slice(2).flatMap((v, j) => [
        { text: nombre(v), alignment: 'right' },
        { text: nombre(before[j + 2] ?? 0), alignment: 'right', color: '#555555' },
      ]),
    ];
  });
  return [
    { text: cur.titre, fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
    {
      table: {
        headerRows: 1,
        widths: ['*', ...numeric.flatMap(() => [58, 58])],
        body: [header, ...body],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}

export function bilanPdf(b: BilanPdf): Promise<Buffer> {
  const synthese = b.courant[0]!;
  const chiffres = synthese.lignes.map((l) => ({
    stack: [
      { text: nombre(l[2]!), fontSize: 20, bold: true },
      { text: String(l[1]), fontSize: 9, color: '#444444' },
    ],
    margin: [0, 0, 0, 10],
  }));
  return renderPdf({
    info: { title: `Bilan d’activité — ${b.structureNom}`, creator: 'Trame' },
    pageSize: 'A4',
    pageMargins: [45, 50, 45, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    footer: (page: number, count: number) => ({
      text: `Bilan d’activité — ${b.structureNom} — page ${page} / ${count}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
    }),
    content: [
      { text: b.structureNom, fontSize: 14, margin: [0, 180, 0, 8] },
      { text: 'Bilan d’activité', fontSize: 30, bold: true },
      ...(b.convention ? [{ text: b.convention.titre, fontSize: 14, margin: [0, 8, 0, 0] }] : []),
      { text: `Période ${b.periode}`, fontSize: 14, margin: [0, 12, 0, 4] },
      { text: `Comparée à la période ${b.periodePrecedente}`, color: '#444444' },
      {
        text: b.qpv.length ? `QPV : ${b.qpv.join(', ')}` : 'Tous les quartiers du périmètre',
        margin: [0, 4, 0, 0],
      },
      { text: `Édité le ${b.edite} par Trame`, fontSize: 9, color: '#555555', margin: [0, 200, 0, 0] },
      { text: 'Chiffres clés', fontSize: 18, bold: true, pageBreak: 'before', margin: [0, 0, 0, 12] },
      { columns: chiffres.slice(0, 3), columnGap: 12 },
      { columns: chiffres.slice(3), columnGap: 12 },
      ...(b.convention ? tableSimple(b.convention.objectifs) : []),
      ...bilanGraphiques(b.courant, b.precedent),
      ...comparaison(synthese, b.precedent[0]!),
      ...b.courant.slice(1).flatMap((t, i) => comparaison(t, b.precedent[i + 1]!)),
      {
        text: 'Définitions : chaque chiffre compte les activités dont le début, heure de Paris, tombe dans la période ; les personnes sont la somme des personnes déclarées à chaque contact.',
        fontSize: 8,
        color: '#555555',
        margin: [0, 16, 0, 0],
      },
    ],
  });
}
