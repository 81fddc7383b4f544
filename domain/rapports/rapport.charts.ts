/**
 * The report's bar charts, this period beside the same period a year earlier: one model drawn by
 * the web page (React SVG) and by the bilan PDF (SVG string). Built from the report tables, so a
 * chart always shows the figures and labels of its table.
 */
import type { RapportActivite } from './rapport.schema';
import { rapportTableaux, type Tableau } from './rapport.tables';

/** Names of the two series, in drawing order: this period, then last year. */
export const SERIES = ['Période', 'An passé'] as const;

export interface Barre {
  code: string;
  label: string;
  /** [this period, last year]. */
  valeurs: [number, number];
}

export interface Graphique {
  /** Stable key (`g-registres`…). */
  id: string;
  titre: string;
  /** What the bars count, lower case, plural: « personnes », « heures ». */
  unite: string;
  series: typeof SERIES;
  /** Bars zero in both series are left out (their table row still shows the 0). */
  barres: Barre[];
  /** Axis end: a round number ≥ every value (1 when every value is 0). */
  max: number;
}

/** Which table and column each chart draws. */
const DEFINITIONS = [
  { feuille: 'Registres', colonne: 'Personnes', titre: 'Personnes par registre', unite: 'personnes' },
  { feuille: 'Creneaux', colonne: 'Heures', titre: 'Heures de présence par créneau', unite: 'heures' },
  { feuille: 'Cadres', colonne: 'Heures', titre: 'Heures de présence par cadre', unite: 'heures' },
  { feuille: 'QPV', colonne: 'Personnes', titre: 'Personnes par QPV', unite: 'personnes' },
] as const;

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ that is ≥ v. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * p >= v - 1e-9) ?? 10;
  return Number((step * p).toPrecision(12));
}

/** Share of the axis a value fills, in [0, 1]. */
export const part = (value: number, max: number) => (max > 0 ? Math.min(1, Math.max(0, value / max)) : 0);

/** Charts from the report tables of this period and of last year (rows matched by code). */
export function graphiquesDeTableaux(courant: Tableau[], precedent: Tableau[]): Graphique[] {
  return DEFINITIONS.flatMap((d) => {
    const cur = courant.find((t) => t.feuille === d.feuille);
    const col = cur?.colonnes.indexOf(d.colonne) ?? -1;
    if (!cur || col < 0) return [];
    const prev = precedent.find((t) => t.feuille === d.feuille);
    const barres: Barre[] = cur.lignes
      .map((l) => {
        const before = prev?.lignes.find((p) => p[0] === l[0]);
        return {
          code: String(l[0]),
          label: String(l[1]),
          valeurs: [Number(l[col] ?? 0), Number(before?.[col] ?? 0)] as [number, number],
        };
      })
      .filter((b) => b.valeurs[0] !== 0 || b.valeurs[1] !== 0);
    return [
      {
        id: `g-${d.feuille.toLowerCase()}`,
        titre: d.titre,
        unite: d.unite,
        series: SERIES,
        barres,
        max: niceMax(Math.max(0, ...barres.flatMap((b) => b.valeurs))),
      },
    ];
  });
}

/** Charts of a report beside the report of the same period one year earlier. */
export const rapportGraphiques = (
  courant: RapportActivite,
  precedent: RapportActivite,
  qpvNoms: Record<string, string>,
): Graphique[] =>
  graphiquesDeTableaux(rapportTableaux(courant, qpvNoms), rapportTableaux(precedent, qpvNoms));

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
/** French number with plain spaces (PDF standard fonts lack the narrow no-break space). */
export const formatNombre = (n: number) => nombre.format(n).replace(/\s/g, ' ');

/** The text a screen reader gets for the whole chart (every figure of it). */
export function graphiqueDescription(g: Graphique): string {
  if (g.barres.length === 0) return `${g.titre} : aucune donnée sur les deux périodes.`;
  const items = g.barres.map(
    (b) =>
      `${b.label} ${formatNombre(b.valeurs[0])} (${g.series[1].toLowerCase()} ${formatNombre(b.valeurs[1])})`,
  );
  return `${g.titre}, en ${g.unite}, ${g.series[0].toLowerCase()} et ${g.series[1].toLowerCase()} : ${items.join(' ; ')}.`;
}
