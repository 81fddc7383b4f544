/** A titled table of the report: the unit of the CSV, the XLSX sheets, the PDF and the web page. */
export type Cell = string | number;
export interface Tableau {
  /** Stable key (also the XLSX sheet name). */
  feuille: string;
  titre: string;
  colonnes: string[];
  lignes: Cell[][];
}

/** One line per code of a list, in the list's order: code, label, figure (0 where nothing was counted). */
export const tableauParCode = <K extends string>(
  feuille: string,
  titre: string,
  colonnes: [libelle: string, figure: string],
  codes: readonly K[],
  labels: Record<K, string>,
  values: Record<K, number>,
): Tableau => ({
  feuille,
  titre,
  colonnes: ['Code', ...colonnes],
  lignes: codes.map((k) => [k, labels[k], values[k]]),
});
