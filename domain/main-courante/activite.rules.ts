/** Pure permission rules of the main courante, shared by server (enforces) and web (hides buttons). */
import type { Actor, Role } from '../auth/roles';
import { AppError } from '../errors';

const LOGGERS: readonly Role[] = ['mediateur', 'coordinateur', 'direction', 'admin'];
const REVIEWERS: readonly Role[] = ['coordinateur', 'direction', 'admin'];
const PRESENT: readonly Role[] = ['mediateur', 'coordinateur'];

/** Who may log an activity (and live-capture contacts in it). */
export const canLogActivite = (a: Pick<Actor, 'role'>) => LOGGERS.includes(a.role);
/** Who may review (validate or send back) an activity. */
export const canReviewActivite = (a: Pick<Actor, 'role'>) => REVIEWERS.includes(a.role);
/** Only a coordinator lifts the lock of a validated activity; the unlock is logged. */
export const canUnlockActivite = (a: Pick<Actor, 'role'>) => a.role === 'coordinateur';
/** Who may import a main courante from CSV and treat observations. */
export const canImportMainCourante = canReviewActivite;
export const canTreatObservation = canReviewActivite;
/** Which accounts can be listed as present on an activity. */
export const canBePresent = (role: string) => (PRESENT as readonly string[]).includes(role);

export interface ActiviteAccess {
  createdBy: string;
  mediateurIds: readonly string[];
  verrouillee: boolean;
}

/** Why the actor may not edit the activity, or null when they may. */
export function activiteEditBlock(
  actor: Pick<Actor, 'role' | 'userId'>,
  activite: ActiviteAccess,
): 'interdit' | 'verrouillee' | null {
  const involved = activite.createdBy === actor.userId || activite.mediateurIds.includes(actor.userId);
  if (!(canReviewActivite(actor) || (canLogActivite(actor) && involved))) return 'interdit';
  if (activite.verrouillee) return 'verrouillee';
  return null;
}

/** The author, a mediator present, or a coordinator/direction/admin; never while locked. */
export const canEditActivite = (actor: Pick<Actor, 'role' | 'userId'>, activite: ActiviteAccess) =>
  activiteEditBlock(actor, activite) === null;

/** 423 Locked: a validated activity stays as reviewed until a coordinator unlocks it. */
export const activiteVerrouillee = () =>
  new AppError(
    'verrouillee',
    423,
    'Cette activité a été validée et est verrouillée : demandez à un·e coordinateur·rice de la déverrouiller pour la modifier.',
  );
