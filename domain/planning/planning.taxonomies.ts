/** Codes of the planning (TAXONOMIES.md, Planning): stored, never renamed. No zod here (web bundles). */

import { type CodeOf, codeList } from '../code-list';

export const CRENEAU_TYPE_LIST = codeList({
  tournee: 'Tournée',
  permanence: 'Permanence',
  evenement: 'Événement',
  action_collective: 'Action collective',
  reunion: 'Réunion',
  formation: 'Formation',
  astreinte: 'Astreinte',
  autre: 'Autre',
});
export const CRENEAU_TYPES = CRENEAU_TYPE_LIST.codes;
export type CreneauType = CodeOf<typeof CRENEAU_TYPE_LIST>;
export const CRENEAU_TYPE_LABELS = CRENEAU_TYPE_LIST.labels;

export const ABSENCE_TYPE_LIST = codeList({
  conge: 'Congé',
  maladie: 'Arrêt maladie',
  formation: 'Formation',
  recuperation: 'Récupération',
  autre: 'Autre absence',
});
export const ABSENCE_TYPES = ABSENCE_TYPE_LIST.codes;
export type AbsenceType = CodeOf<typeof ABSENCE_TYPE_LIST>;
export const ABSENCE_TYPE_LABELS = ABSENCE_TYPE_LIST.labels;

/** A planned shift stays in the calendar feeds when cancelled (STATUS:CANCELLED). */
export const CRENEAU_STATUTS = ['prevu', 'annule'] as const;
export type CreneauStatut = (typeof CRENEAU_STATUTS)[number];

/** Rest between two shifts of one person (hours), below which the planning warns. */
export const REPOS_MINIMUM_HEURES = 11;
/** Longest shift (hours). */
export const CRENEAU_DUREE_MAX_HEURES = 24;
/** Longest period one planning read covers (days): a month view shows at most six weeks. */
export const PLANNING_PERIODE_MAX_JOURS = 62;
