import type { Role } from '../../../../domain/auth/roles';
import type { UserView } from '../../../../domain/utilisateurs/utilisateur.schema';
import type { users } from '../../db/schema';

type UserRow = typeof users.$inferSelect;

/** The fields of a user the API exposes; never the password hash. */
export const presentUser = (u: UserRow, territoireIds: string[]): UserView => ({
  id: u.id,
  email: u.email,
  prenom: u.prenom,
  nom: u.nom,
  role: u.role as Role,
  partenaireId: u.partnerId,
  allTerritoires: u.allTerritories,
  territoireIds: u.allTerritories ? [] : territoireIds,
  isActive: u.isActive,
  hasPassword: u.passwordHash !== null,
  heuresHebdo: u.heuresHebdo,
});
