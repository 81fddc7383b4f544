/** Codes of the lone-worker alerts (TAXONOMIES.md, Alertes): stored, never renamed. No zod here. */

export const ALERTE_NIVEAUX = ['assistance', 'danger'] as const;
export type AlerteNiveau = (typeof ALERTE_NIVEAUX)[number];
export const ALERTE_NIVEAU_LABELS: Record<AlerteNiveau, string> = {
  assistance: 'Besoin d’un·e collègue',
  danger: 'Danger : appel à l’aide',
};

export const ALERTE_STATUTS = ['active', 'prise_en_charge', 'close'] as const;
export type AlerteStatut = (typeof ALERTE_STATUTS)[number];
export const ALERTE_STATUT_LABELS: Record<AlerteStatut, string> = {
  active: 'En attente',
  prise_en_charge: 'Prise en charge',
  close: 'Close',
};

export const FAITS_MARQUANTS = [
  'agression_verbale',
  'agression_physique',
  'menace',
  'vol',
  'malaise',
  'fausse_alerte',
  'autre',
] as const;
export type FaitMarquant = (typeof FAITS_MARQUANTS)[number];
export const FAIT_MARQUANT_LABELS: Record<FaitMarquant, string> = {
  agression_verbale: 'Agression verbale',
  agression_physique: 'Agression physique',
  menace: 'Menace',
  vol: 'Vol',
  malaise: 'Malaise',
  fausse_alerte: 'Fausse alerte',
  autre: 'Autre',
};

/** An alert nobody takes in charge within this delay is said again to everyone. */
export const ALERTE_RELANCE_MS = 2 * 60_000;
