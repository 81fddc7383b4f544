import { type Actor, canManageStructure, isStaff } from '../auth/roles';

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
export const canReadOrientations = (a: Pick<Actor, 'role' | 'partnerId'>) =>
  isStaff(a) || canAnswerOrientation(a);
export const canSetAccueilParametres = (a: Pick<Actor, 'role'>) => canManageStructure(a);
