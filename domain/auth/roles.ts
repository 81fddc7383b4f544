/** Roles of Trame users, and the pure permission rules shared by server and web. */
import { type CodeOf, codeList } from '../code-list';

export const ROLE_LIST = codeList({
  mediateur: 'Médiateur·rice',
  coordinateur: 'Coordinateur·rice',
  direction: 'Direction',
  admin: 'Administrateur·rice',
  partenaire: 'Partenaire',
  lecteur: 'Lecteur·rice',
});
export const ROLES = ROLE_LIST.codes;
export type Role = CodeOf<typeof ROLE_LIST>;
export const ROLE_LABELS = ROLE_LIST.labels;

/** What the permission rules need to know of a user. */
export interface Actor {
  userId: string;
  structureId: string;
  role: Role;
  partnerId: string | null;
  /** null means every territory of the structure. */
  territoryIds: string[] | null;
}

const STAFF: readonly Role[] = ['mediateur', 'coordinateur', 'direction', 'admin', 'lecteur'];

export const isStaff = (a: Pick<Actor, 'role'>) => STAFF.includes(a.role);
export const canAdministrate = (a: Pick<Actor, 'role'>) => a.role === 'admin';
/** Structure settings: territories, sectors, places, partners. */
export const canManageStructure = (a: Pick<Actor, 'role'>) =>
  a.role === 'admin' || a.role === 'direction' || a.role === 'coordinateur';
export const canManageUsers = (a: Pick<Actor, 'role'>) => a.role === 'admin';
export const canReadAuditLog = (a: Pick<Actor, 'role'>) => a.role === 'admin' || a.role === 'direction';
export const canReadUsers = (a: Pick<Actor, 'role'>) =>
  a.role === 'admin' || a.role === 'direction' || a.role === 'coordinateur';
/**
 * Every account may hold personal API tokens, created by itself for itself (ADR 016);
 * admins also see and revoke every token of the structure.
 */
export const canManageApiTokens = (a: Pick<Actor, 'role'>) => a.role === 'admin';

/** Whether the actor works on this territory (null territoryIds = all of them). */
export const coversTerritory = (a: Pick<Actor, 'territoryIds'>, territoryId: string) =>
  a.territoryIds === null || a.territoryIds.includes(territoryId);
