/**
 * Who may read and write collective actions (issue 14): pure rules shared by the server (which
 * enforces) and the web (which hides buttons).
 */
import type { Actor } from '../auth/roles';

/** Staff read the actions of their territories; a partner reads none. */
export const canReadActions = (a: Pick<Actor, 'role'>) =>
  a.role === 'mediateur' ||
  a.role === 'coordinateur' ||
  a.role === 'direction' ||
  a.role === 'admin' ||
  a.role === 'lecteur';

/** Mediators write the actions they run; coordination and direction write them all. */
export const canWriteActions = (a: Pick<Actor, 'role'>) =>
  a.role === 'mediateur' || a.role === 'coordinateur' || a.role === 'direction';

/** Coordination and direction manage every action of their territories. */
export const canManageAllActions = (a: Pick<Actor, 'role'>) =>
  a.role === 'coordinateur' || a.role === 'direction';

/**
 * Why the actor may not write an action run by `mediateurIds`, or null: a mediator writes only
 * the actions they run (and may not take themselves off one).
 */
export function actionWriteProblem(
  actor: Pick<Actor, 'role' | 'userId'>,
  mediateurIds: readonly string[],
): string | null {
  if (canManageAllActions(actor)) return null;
  if (!canWriteActions(actor))
    return 'Seules l’équipe de médiation et la coordination saisissent les actions.';
  if (!mediateurIds.includes(actor.userId)) {
    return 'Vous ne saisissez que les actions que vous animez : ajoutez-vous aux médiateur·rices.';
  }
  return null;
}
