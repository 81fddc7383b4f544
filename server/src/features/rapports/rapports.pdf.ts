/**
 * The bilan d'activité as PDF: a cover with the contents, the coordinator's text sections where
 * they belong, the key figures (tiles, a convention's objectives, charts), then the report's
 * tables by part, each with the same period one year earlier beside it.
 */

import type { Tableau } from '../../../../domain/rapports/rapport.tables';
import {
  type RapportTextes,
  TEXTE_SECTION_INFO,
  type TexteSection,
} from '../../../../domain/rapports/rapport-textes.schema';
import { renderPdf } from '../../lib/pdf';
import {
  COULEUR,
  chapeau,
  comparaison,
  tableSimple,
  texteRedige,
  titreJamaisSeul,
  titrePartie,
  tuilesChiffres,
  winAnsi,
} from './rapports.pdf-blocks';
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
  /** The coordinator's sections for this period (rapport_textes); a section not written is left out. */
  textes?: RapportTextes;
  /** A convention's bilan: its title on the cover, its objectives table after the key figures. */
  convention?: { titre: string; objectifs: Tableau };
}

type Node = Record<string, unknown>;

/** The parts of the bilan and the report tables (by sheet name) they hold, in this order. */
const PARTIES: Array<{ titre: string; feuilles: string[] }> = [
  { titre: 'Présence sur le terrain', feuilles: ['Cadres', 'Creneaux'] },
  { titre: 'Personnes rencontrées', feuilles: ['Registres', 'Natures', 'Publics', 'Genres'] },
  { titre: 'Quartiers prioritaires', feuilles: ['QPV'] },
  {
    titre: 'Accueil et orientations',
    feuilles: ['Demandes', 'Motifs', 'Orientations', 'OrientationsPartenaires'],
  },
  {
    titre: 'Situations et médiations',
    feuilles: ['Situations', 'SituationsTypes', 'SituationsOrigines', 'SituationsIssues'],
  },
  { titre: 'Signalements', feuilles: ['Signalements', 'SignalementsCategories', 'SignalementsPartenaires'] },
  {
    titre: 'Actions collectives et registres',
    feuilles: ['Actions', 'ActionsTypes', 'ActionsQPV', 'RegistresSources', 'RegistresAutres'],
  },
];
/** A table no part names (a module added later) is still printed, in this last part. */
const AUTRES = 'Autres indicateurs';
const SYNTHESE = 'Synthese';

/** Every text of the document as Helvetica prints it (names, labels, prose). */
function pourPdf(b: BilanPdf): BilanPdf {
  const tableau = (t: Tableau): Tableau => ({
    ...t,
    titre: winAnsi(t.titre),
    colonnes: t.colonnes.map(winAnsi),
    lignes: t.lignes.map((l) => l.map((c) => (typeof c === 'string' ? winAnsi(c) : c))),
  });
  const textes = Object.fromEntries(Object.entries(b.textes ?? {}).map(([k, v]) => [k, winAnsi(v)]));
  return {
    ...b,
    structureNom: winAnsi(b.structureNom),
    courant: b.courant.map(tableau),
    precedent: b.precedent.map(tableau),
    textes,
    convention: b.convention && {
      titre: winAnsi(b.convention.titre),
      objectifs: tableau(b.convention.objectifs),
    },
  };
}

/** The QPV the bilan covers, by name, from its QPV table (a long list is cut short). */
function perimetre(b: BilanPdf): string {
  const noms = (b.courant.find((t) => t.feuille === 'QPV')?.lignes ?? []).map((l) => `${l[1]} (${l[0]})`);
  const liste =
    noms.length > 8 ? `${noms.slice(0, 8).join(', ')} et ${noms.length - 8} autres` : noms.join(', ');
  if (b.qpv.length) return `Périmètre : ${liste || b.qpv.join(', ')}`;
  return noms.length
    ? `Périmètre : tous les quartiers de la structure — ${liste}`
    : 'Périmètre : toute la structure';
}

function couverture(b: BilanPdf): Node[] {
  return [
    { text: b.structureNom, fontSize: 15, color: COULEUR.gris, margin: [0, 90, 0, 6] },
    { text: 'Bilan d’activité', fontSize: 32, bold: true, color: COULEUR.titre },
    ...(b.convention ? [{ text: b.convention.titre, fontSize: 14, bold: true, margin: [0, 8, 0, 0] }] : []),
    { text: `Période ${b.periode}`, fontSize: 14, margin: [0, 16, 0, 4] },
    { text: `Comparée à la même période un an plus tôt, ${b.periodePrecedente}`, color: COULEUR.gris },
    { text: perimetre(b), margin: [0, 4, 0, 0] },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 505, y2: 0, lineWidth: 1, lineColor: COULEUR.filet }],
      margin: [0, 28, 0, 14],
    },
    {
      toc: {
        title: { text: 'Sommaire', fontSize: 13, bold: true, color: COULEUR.titre, margin: [0, 0, 0, 8] },
        textMargin: [0, 2, 0, 2],
        numberStyle: { color: COULEUR.gris },
      },
    },
    {
      text: `Édité le ${b.edite} par Trame`,
      fontSize: 9,
      color: COULEUR.gris,
      absolutePosition: { x: 45, y: 780 },
    },
  ];
}

/** The report tables part by part, each beside last year's; parts without a table are left out. */
function parties(b: BilanPdf): Node[] {
  const avant = (t: Tableau) => b.precedent.find((p) => p.feuille === t.feuille);
  const connues = new Set(PARTIES.flatMap((p) => p.feuilles));
  const groupes = [
    ...PARTIES.map((p) => ({
      titre: p.titre,
      tableaux: b.courant.filter((t) => p.feuilles.includes(t.feuille)),
    })),
    { titre: AUTRES, tableaux: b.courant.filter((t) => t.feuille !== SYNTHESE && !connues.has(t.feuille)) },
  ];
  return groupes
    .filter((g) => g.tableaux.length > 0)
    .flatMap((g) => [titrePartie(g.titre), ...g.tableaux.flatMap((t) => comparaison(t, avant(t)))]);
}

export function bilanPdf(input: BilanPdf): Promise<Buffer> {
  const b = pourPdf(input);
  const textes = b.textes ?? {};
  const texte = (s: TexteSection, first = false) => {
    const contenu = textes[s];
    return contenu ? texteRedige(TEXTE_SECTION_INFO[s].label, contenu, first) : [];
  };
  const synthese = b.courant.find((t) => t.feuille === SYNTHESE)!;
  return renderPdf({
    info: { title: `Bilan d’activité — ${b.structureNom}`, creator: 'Trame' },
    pageSize: 'A4',
    pageMargins: [45, 50, 45, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    pageBreakBefore: titreJamaisSeul,
    footer: (page: number, count: number) =>
      page === 1
        ? null
        : {
            text: `Bilan d’activité — ${b.structureNom} — ${b.periode} — page ${page} / ${count}`,
            alignment: 'center',
            fontSize: 8,
            color: COULEUR.gris,
          },
    content: [
      ...couverture(b),
      ...texte('introduction', true),
      titrePartie('Chiffres clés', !textes.introduction),
      chapeau(`Période ${b.periode}. En gris, la même période un an plus tôt (${b.periodePrecedente}).`),
      ...tuilesChiffres(
        synthese,
        b.precedent.find((t) => t.feuille === SYNTHESE),
      ),
      ...(b.convention ? tableSimple(b.convention.objectifs) : []),
      ...bilanGraphiques(b.courant, b.precedent),
      ...texte('faits_marquants'),
      ...parties(b),
      {
        text: 'Définitions : chaque chiffre compte les activités dont le début, heure de Paris, tombe dans la période ; les personnes sont la somme des personnes déclarées à chaque contact. Le détail de chaque chiffre est dans la documentation de Trame (rapports).',
        fontSize: 8,
        color: COULEUR.gris,
        margin: [0, 16, 0, 0],
      },
      ...texte('partenariats'),
      ...texte('perspectives'),
    ],
  });
}
