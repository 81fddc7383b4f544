/**
 * Who may do what with conventions (ADR 012). A convention is the direction's commitment to a
 * funder: administration and direction sign and edit it; coordination reads it and its report
 * to steer the team towards the objectives; the read-only role, kept for oversight (board,
 * auditors), reads them too, with team totals only. Mediators do not: the agreements, their
 * references and targets are a management matter, and their own figures are in the reports.
 * Partners never see a convention, not even one they fund.
 */
import type { Actor } from '../auth/roles';

export const canManageConventions = (a: Pick<Actor, 'role'>) => a.role === 'admin' || a.role === 'direction';

export const canReadConventions = (a: Pick<Actor, 'role'>) =>
  a.role === 'admin' || a.role === 'direction' || a.role === 'coordinateur' || a.role === 'lecteur';
