/** A titled table of the report: the unit of the CSV, the XLSX sheets, the PDF and the web page. */
export type Cell = string | number;
export interface Tableau {
  /** Stable key (also the XLSX sheet name). */
  feuille: string;
  titre: string;
  colonnes: string[];
  lignes: Cell[][];
  /** The code column holds internal ids (partners): exports leave it out, the name says it all. */
  codesInternes?: true;
}

/** French sheet names of the XLSX (31 characters at most, no `[]:*?/\\`); the key when not listed. */
export const ONGLETS: Readonly<Record<string, string>> = {
  Synthese: 'Synthèse',
  Creneaux: 'Créneaux',
  OrientationsPartenaires: 'Orientations par partenaire',
  SituationsTypes: 'Situations par type',
  SituationsOrigines: 'Situations par origine',
  SituationsIssues: 'Situations par issue',
  SignalementsCategories: 'Signalements par catégorie',
  SignalementsPartenaires: 'Signalements par partenaire',
  PlanningTypes: 'Planning par type',
  PlanningCadres: 'Planifié, réalisé par cadre',
  PlanningPersonnes: 'Planifié, réalisé par personne',
  ProjetsStatuts: 'Projets par statut',
  Securite: 'Sécurité des équipes',
  SecuriteLieux: 'Alertes par quartier',
  Actions: 'Actions collectives',
  ActionsTypes: 'Actions par type',
  ActionsQPV: 'Actions par QPV',
  RegistresSources: 'Sources des registres',
  RegistresAutres: 'Autres sources des registres',
};
export const ongletLabel = (feuille: string) => ONGLETS[feuille] ?? feuille;

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
