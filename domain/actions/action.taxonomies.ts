/** Codes of collective actions (TAXONOMIES.md, Actions collectives): stored, never renamed. No zod here (web bundles). */

import { type CodeOf, codeList } from '../code-list';
import type { Registre } from '../main-courante/main-courante.taxonomies';

export const ACTION_TYPE_LIST = codeList({
  reunion_habitants: 'Réunion d’habitants',
  atelier: 'Atelier',
  atelier_numerique: 'Atelier numérique',
  sensibilisation: 'Sensibilisation',
  evenement_festif: 'Événement festif',
  evenement_sportif: 'Événement sportif',
  evenement_culturel: 'Événement culturel',
  concertation: 'Concertation',
  diagnostic_en_marchant: 'Diagnostic en marchant',
  instance_partenariale: 'Instance partenariale (CLSPD, cellule GUSP…)',
  reunion_equipe: 'Réunion d’équipe',
  autre: 'Autre',
});
export const ACTION_TYPES = ACTION_TYPE_LIST.codes;
export type ActionType = CodeOf<typeof ACTION_TYPE_LIST>;
export const ACTION_TYPE_LABELS = ACTION_TYPE_LIST.labels;

/**
 * The registre an action counts in (TAXONOMIES.md, « Registre of an action »): a team meeting
 * and « autre » count as actions, in no registre (null).
 */
export const ACTION_REGISTRE: Readonly<Record<ActionType, Registre | null>> = {
  reunion_habitants: 'concertation',
  concertation: 'concertation',
  instance_partenariale: 'concertation',
  atelier: 'sensibilisation',
  atelier_numerique: 'sensibilisation',
  sensibilisation: 'sensibilisation',
  evenement_festif: 'presence',
  evenement_sportif: 'presence',
  evenement_culturel: 'presence',
  diagnostic_en_marchant: 'veille_technique',
  reunion_equipe: null,
  autre: null,
};

/** A cancelled action stays (`annulee`), out of the lists' default and of the report. */
export const ACTION_STATUT_LIST = codeList({
  prevue: 'Prévue',
  annulee: 'Annulée',
});
export const ACTION_STATUTS = ACTION_STATUT_LIST.codes;
export type ActionStatut = CodeOf<typeof ACTION_STATUT_LIST>;
export const ACTION_STATUT_LABELS = ACTION_STATUT_LIST.labels;

/** The outcome against the objective (issue 14, part 3). */
export const RESULTAT_LIST = codeList({
  atteint: 'Objectif atteint',
  partiel: 'Objectif partiellement atteint',
  non_atteint: 'Objectif non atteint',
});
export const RESULTATS = RESULTAT_LIST.codes;
export type Resultat = CodeOf<typeof RESULTAT_LIST>;
export const RESULTAT_LABELS = RESULTAT_LIST.labels;

/** Longest action (hours): a festival weekend, not a season. */
export const ACTION_DUREE_MAX_HEURES = 72;
/** Preparation hours of one action, at most. */
export const HEURES_PREPARATION_MAX = 500;
/** Lines of one participation count (public × genre gives 18; room for nothing silly). */
export const COMPTES_MAX = 50;
/** Participants of one line, at most. */
export const PARTICIPANTS_LIGNE_MAX = 100_000;

/** What a collective action can be followed by (issue 14, part 3; ADR 037). */
export const SUITE_TYPE_LIST = codeList({
  signalement: 'Signalement',
  demande: 'Demande et orientation',
  situation: 'Situation de médiation',
});
export const SUITE_TYPES = SUITE_TYPE_LIST.codes;
export type SuiteType = (typeof SUITE_TYPES)[number];
export const SUITE_TYPE_LABELS = SUITE_TYPE_LIST.labels;

/** Photos of an action: a few of the event, never a face without consent (issue 14, part 3). */
export const ACTION_PHOTOS_MAX = 6;
export const ACTION_PHOTO_CONSENTEMENT =
  'Aucune personne n’est reconnaissable sur cette photo sans avoir donné son accord.';
