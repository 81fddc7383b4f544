/**
 * Building blocks of the bilan PDF (rapports.pdf.ts): headings kept with what follows, key
 * figure tiles, tables beside the previous year, the coordinator's prose, and the WinAnsi
 * guard for pdfmake's built-in Helvetica (ADR 005).
 */
import type { Cell, Tableau } from '../../../../domain/rapports/rapport.tables';

type Node = Record<string, unknown>;

export const COULEUR = { titre: '#1c3d5a', gris: '#555555', fond: '#e8eef5', filet: '#9fb3c8' } as const;
/** A4 width less the 45 pt margins. */
const LARGEUR = 595 - 2 * 45;

// WinAnsi (cp1252): printable ASCII, Latin-1, and these 27 characters of 0x80–0x9F.
const CP1252 = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SUBSTITUTS: Record<string, string> = {
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\u2011': '-',
  '\u2212': '-',
};
const inWinAnsi = (c: string) => {
  const n = c.codePointAt(0)!;
  return n === 9 || n === 10 || (n >= 0x20 && n <= 0x7e) || (n >= 0xa0 && n <= 0xff) || CP1252.has(c);
};

/**
 * The text as Helvetica can print it: a letter outside WinAnsi loses its accent (ł stays ?,
 * ĉ becomes c), any other character (emoji, other scripts) becomes « ? » rather than garbage.
 */
export function winAnsi(s: string): string {
  let out = '';
  for (const c of s.normalize('NFC')) {
    if (inWinAnsi(c)) out += c;
    else if (SUBSTITUTS[c]) out += SUBSTITUTS[c];
    else {
      const bare = c.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare && [...bare].every(inWinAnsi) ? bare : '?';
    }
  }
  return out;
}

/** A figure in French (12 345,5), or the cell as it is. */
export const nombre = (c: Cell | undefined) =>
  typeof c === 'number'
    ? c.toLocaleString('fr-FR', { maximumFractionDigits: 2 }).replace(/\s/g, '\u00a0')
    : (c ?? '');

/** Part title (level 1, listed in the contents); the first part opens the page after the cover. */
export const titrePartie = (text: string, first = false): Node => ({
  text,
  tocItem: true,
  headlineLevel: 1,
  fontSize: 17,
  bold: true,
  color: COULEUR.titre,
  margin: [0, first ? 0 : 20, 0, 6],
  ...(first ? { pageBreak: 'before' } : {}),
});

/** A line under a part title (kept with it, as a heading). */
export const chapeau = (text: string): Node => ({
  text,
  headlineLevel: 3,
  fontSize: 9,
  color: COULEUR.gris,
  margin: [0, 0, 0, 8],
});

const sousTitre = (text: string): Node => ({
  text,
  headlineLevel: 2,
  fontSize: 12,
  bold: true,
  margin: [0, 12, 0, 5],
});

type NodeInfo = {
  headlineLevel?: number;
  table?: unknown;
  columns?: unknown;
  stack?: boolean;
  startPosition?: { top: number; verticalRatio?: number };
};
/** A heading starting in the last part of a page moves on: a table's title rows and first lines need that room. */
const FIN_DE_PAGE = 0.82;
/**
 * pdfmake hook: a heading moves to the next page when what follows it on its page is nothing,
 * or only a table's header rows (several cells at one height: pdfmake still lists them on this
 * page after moving them on with the table's first row), or when it starts in the last part of
 * the page (a table whose header spans several rows escapes the first test). A title never ends
 * a page alone.
 */
export function titreJamaisSeul(node: NodeInfo, nodes: { getFollowingNodesOnPage(): NodeInfo[] }): boolean {
  if (!node.headlineLevel) return false;
  if (node.headlineLevel < 3 && (node.startPosition?.verticalRatio ?? 0) > FIN_DE_PAGE) return true;
  const prints = nodes
    .getFollowingNodesOnPage()
    .filter((n) => !n.headlineLevel && !n.table && !n.columns && !n.stack);
  if (prints.length === 0) return true;
  return prints.length > 1 && new Set(prints.map((n) => Math.round(n.startPosition?.top ?? 0))).size === 1;
}

const vide = (t: Tableau) => t.lignes.length === 0;
const aucuneDonnee = (): Node => ({
  text: 'Aucune donnée sur la période.',
  italics: true,
  color: COULEUR.gris,
});

/** Thin rules between lines, a stronger one under the header; no rule around the title row. */
const LIGNES = {
  hLineWidth: (i: number, n: { table: { headerRows: number; body: unknown[] } }) =>
    i <= 1 ? 0 : i === n.table.headerRows ? 1.2 : 0.5,
  hLineColor: (i: number, n: { table: { headerRows: number } }) =>
    i === n.table.headerRows ? COULEUR.titre : '#c8d1da',
  vLineWidth: () => 0,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * A table whose title is its first header row: the title never ends a page apart from its
 * table (pdfmake keeps header rows with the first line) and comes back on each page it spans.
 */
function tableTitree(
  titre: string,
  widths: Array<string | number>,
  header: Node[][],
  body: unknown[][],
): Node {
  const title = [
    { text: titre, colSpan: widths.length, bold: true, fontSize: 12, margin: [-4, 8, 0, 3] },
    ...widths.slice(1).map(() => ({})),
  ];
  return {
    table: {
      headerRows: header.length + 1,
      keepWithHeaderRows: Math.min(3, body.length),
      dontBreakRows: true,
      widths,
      body: [title, ...header, ...body],
    },
    layout: LIGNES,
  };
}

const th = (text: string, extra: Node = {}): Node => ({
  text,
  bold: true,
  fillColor: COULEUR.fond,
  ...extra,
});

/** A table as it is (no comparison): label then figures, right-aligned. */
export function tableSimple(t: Tableau): Node[] {
  if (vide(t)) return [sousTitre(t.titre), aucuneDonnee()];
  const header = t.colonnes.slice(1).map((text, i) => th(text, i ? { alignment: 'right' } : {}));
  const body = t.lignes.map((l) => [
    String(l[1]),
    ...l.slice(2).map((v) => ({ text: nombre(v), alignment: 'right' })),
  ]);
  return [tableTitree(t.titre, ['*', ...t.colonnes.slice(2).map(() => 70)], [header], body)];
}

/**
 * Label, then each figure of this period beside the same figure one year earlier (lines
 * matched by code; a code absent last year shows —). Two header rows: figure, then period.
 */
export function comparaison(cur: Tableau, prev: Tableau | undefined): Node[] {
  if (vide(cur)) return [sousTitre(cur.titre), aucuneDonnee()];
  const numeric = cur.colonnes.slice(2);
  const w = Math.min(62, Math.floor((LARGEUR - 150) / (2 * numeric.length)));
  const header1 = [
    th(cur.colonnes[1]!, { rowSpan: 2 }),
    ...numeric.flatMap((c) => [th(c, { colSpan: 2, alignment: 'center' }), {}]),
  ];
  const header2 = [
    {},
    ...numeric.flatMap(() => [
      th('Période', { alignment: 'right', fontSize: 8 }),
      th('An passé', { alignment: 'right', fontSize: 8, color: COULEUR.gris }),
    ]),
  ];
  const body = cur.lignes.map((l) => {
    const before = prev?.lignes.find((p) => p[0] === l[0]);
    return [
      String(l[1]),
      ...l.slice(2).flatMap((v, j) => [
        { text: nombre(v), alignment: 'right', bold: true },
        // A line absent last year (a partner, a mediator) has no figure there, not a 0.
        { text: before ? nombre(before[j + 2]) : '—', alignment: 'right', color: COULEUR.gris },
      ]),
    ];
  });
  const table = tableTitree(cur.titre, ['*', ...numeric.flatMap(() => [w, w])], [header1, header2], body);
  return [{ ...table, fontSize: numeric.length > 3 ? 8 : 9.5 }];
}

/** The key figures as tiles, three a row: this period large, last year's figure under it. */
export function tuilesChiffres(synthese: Tableau, prev: Tableau | undefined): Node[] {
  const tuiles = synthese.lignes.map((l) => {
    const before = prev?.lignes.find((p) => p[0] === l[0]);
    return {
      stack: [
        { text: nombre(l[2]), fontSize: 22, bold: true, color: COULEUR.titre },
        { text: String(l[1]), fontSize: 9 },
        { text: `an passé : ${nombre(before?.[2] ?? 0)}`, fontSize: 8, color: COULEUR.gris },
      ],
      margin: [0, 0, 0, 12],
    };
  });
  const rows: Node[] = [];
  for (let i = 0; i < tuiles.length; i += 3) {
    const row = tuiles.slice(i, i + 3);
    while (row.length < 3) row.push({ stack: [], margin: [0, 0, 0, 0] });
    rows.push({ columns: row, columnGap: 12 });
  }
  return rows;
}

/**
 * A section the coordinator wrote: its title in the contents, then the prose as typed —
 * a blank line starts a paragraph, a line break stays a line break, nothing is interpreted.
 */
export function texteRedige(titre: string, contenu: string, first = false): Node[] {
  const paragraphes = contenu
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return [
    titrePartie(titre, first),
    ...paragraphes.map((text) => ({ text, margin: [0, 0, 0, 7], lineHeight: 1.3, alignment: 'left' })),
  ];
}
