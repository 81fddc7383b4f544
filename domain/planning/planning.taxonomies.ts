/** Codes of the planning (TAXONOMIES.md, Planning): stored, never renamed. No zod here (web bundles). */

export const CRENEAU_TYPES = [
  'tournee',
  'permanence',
  'evenement',
  'action_collective',
  'reunion',
  'formation',
  'astreinte',
  'autre',
] as const;
export type CreneauType = (typeof CRENEAU_TYPES)[number];
export const CRENEAU_TYPE_LABELS: Record<CreneauType, string> = {
  tournee: 'Tournée',
  permanence: 'Permanence',
  evenement: 'Événement',
  action_collective: 'Action collective',
  reunion: 'Réunion',
  formation: 'Formation',
  astreinte: 'Astreinte',
  autre: 'Autre',
};

export const ABSENCE_TYPES = ['conge', 'maladie', 'formation', 'recuperation', 'autre'] as const;
export type AbsenceType = (typeof ABSENCE_TYPES)[number];
export const ABSENCE_TYPE_LABELS: Record<AbsenceType, string> = {
  conge: 'Congé',
  maladie: 'Arrêt maladie',
  formation: 'Formation',
  recuperation: 'Récupération',
  autre: 'Autre absence',
};

/** A planned shift stays in the calendar feeds when cancelled (STATUS:CANCELLED). */
export const CRENEAU_STATUTS = ['prevu', 'annule'] as const;
export type CreneauStatut = (typeof CRENEAU_STATUTS)[number];

/** Rest between two shifts of one person (hours), below which the planning warns. */
export const REPOS_MINIMUM_HEURES = 11;
/** Longest shift (hours). */
export const CRENEAU_DUREE_MAX_HEURES = 24;
/** Longest period one planning read covers (days): a month view shows at most six weeks. */
export const PLANNING_PERIODE_MAX_JOURS = 62;
