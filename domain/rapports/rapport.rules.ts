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

/**
 * Who writes the bilan's text sections: coordination, direction and administration. Every
 * staff role reads them with the report (canReadRapport); a partner never does.
 */
export const canWriteRapportTextes = (a: Pick<Actor, 'role'>) =>
  a.role === 'coordinateur' || a.role === 'direction' || a.role === 'admin';
