import { type Actor, canManageStructure, isStaff } from '../auth/roles';
import type { OrientationStatut } from './accueil.taxonomies';

/** Record requests and persons: field roles, not readers nor partners. */
export const canRecordAccueil = (a: Pick<Actor, 'role'>) =>
  a.role === 'mediateur' || a.role === 'coordinateur' || a.role === 'direction' || a.role === 'admin';
export const canReadAccueil = (a: Pick<Actor, 'role'>) => isStaff(a);
/** Merge duplicate person files: coordination. */
export const canMergePersonnes = (a: Pick<Actor, 'role'>) => canManageStructure(a);
/** Partners answer orientations addressed to their organisation. */
export const canAnswerOrientation = (a: Pick<Actor, 'role' | 'partnerId'>) =>
  a.role === 'partenaire' && a.partnerId !== null;
/** The orientation list: staff see their territories, partners what is addressed to them. */
export const canReadOrientations = (a: Pick<Actor, 'role'>) => isStaff(a) || a.role === 'partenaire';
export const canSetAccueilParametres = (a: Pick<Actor, 'role'>) => canManageStructure(a);

/**
 * The orientation lifecycle of TAXONOMIES.md: from an open status (`proposee`,
 * `prise_de_contact`) to the next ones; closed statuses never change again.
 */
export const ORIENTATION_TRANSITIONS: Record<OrientationStatut, readonly OrientationStatut[]> = {
  proposee: ['prise_de_contact', 'aboutie', 'sans_suite', 'refusee', 'expiree'],
  prise_de_contact: ['aboutie', 'sans_suite', 'refusee', 'expiree'],
  aboutie: [],
  sans_suite: [],
  refusee: [],
  expiree: [],
};
/** The statuses from which `to` can be reached. */
export const statutsVers = (to: OrientationStatut): OrientationStatut[] =>
  (Object.keys(ORIENTATION_TRANSITIONS) as OrientationStatut[]).filter((from) =>
    ORIENTATION_TRANSITIONS[from].includes(to),
  );

/** A person's rights of access and erasure (GDPR art. 15 and 17): coordination and direction. */
export const canExerciseRights = (a: Pick<Actor, 'role'>) =>
  a.role === 'coordinateur' || a.role === 'direction';
