/** Who reads the reports: every staff role (a mediator sees the team totals); never a partner. */
import { type Actor, isStaff } from '../auth/roles';

export const canReadRapport = (a: Pick<Actor, 'role'>) => isStaff(a);
