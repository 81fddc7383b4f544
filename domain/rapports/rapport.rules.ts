/** Who reads the reports: every staff role (a mediator sees the team totals); never a partner. */
import { type Actor, isStaff } from '../auth/roles';

export const canReadRapport = (a: Pick<Actor, 'role'>) => isStaff(a);

export type MediateursVisibles = 'tous' | 'aucun' | { seul: string };

/**
 * Per-mediator lines of the report: coordination, direction and administration see every
 * mediator; a mediator sees only their own line (and the team totals); a reader sees none.
 */
export function mediateursVisibles(a: Pick<Actor, 'role' | 'userId'>): MediateursVisibles {
  if (a.role === 'coordinateur' || a.role === 'direction' || a.role === 'admin') return 'tous';
  return a.role === 'mediateur' ? { seul: a.userId } : 'aucun';
}
