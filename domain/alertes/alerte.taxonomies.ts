/** Codes of the lone-worker alerts (TAXONOMIES.md, Alertes): stored, never renamed. No zod here. */

import { type CodeOf, codeList } from '../code-list';

export const ALERTE_NIVEAU_LIST = codeList({
  assistance: 'Besoin d’un·e collègue',
  danger: 'Danger : appel à l’aide',
});
export const ALERTE_NIVEAUX = ALERTE_NIVEAU_LIST.codes;
export type AlerteNiveau = CodeOf<typeof ALERTE_NIVEAU_LIST>;
export const ALERTE_NIVEAU_LABELS = ALERTE_NIVEAU_LIST.labels;

export const ALERTE_STATUT_LIST = codeList({
  active: 'En attente',
  prise_en_charge: 'Prise en charge',
  close: 'Close',
});
export const ALERTE_STATUTS = ALERTE_STATUT_LIST.codes;
export type AlerteStatut = CodeOf<typeof ALERTE_STATUT_LIST>;
export const ALERTE_STATUT_LABELS = ALERTE_STATUT_LIST.labels;

export const FAIT_MARQUANT_LIST = codeList({
  agression_verbale: 'Agression verbale',
  agression_physique: 'Agression physique',
  menace: 'Menace',
  vol: 'Vol',
  malaise: 'Malaise',
  fausse_alerte: 'Fausse alerte',
  autre: 'Autre',
});
export const FAITS_MARQUANTS = FAIT_MARQUANT_LIST.codes;
export type FaitMarquant = CodeOf<typeof FAIT_MARQUANT_LIST>;
export const FAIT_MARQUANT_LABELS = FAIT_MARQUANT_LIST.labels;

/** An alert nobody takes in charge within this delay is said again to everyone. */
export const ALERTE_RELANCE_MS = 2 * 60_000;
