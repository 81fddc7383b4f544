import { canReadAccueil, canReadOrientations, canRecordAccueil } from '@domain/accueil/accueil.rules';
import { canManageStructure, canManageUsers, canReadAuditLog, isStaff, type Role } from '@domain/auth/roles';
import { canReadConventions } from '@domain/conventions/convention.rules';
import { canReadRapport } from '@domain/rapports/rapport.rules';
import type { ComponentType } from 'react';
import {
  IconAccount,
  IconAlert,
  IconBook,
  IconBuilding,
  IconCompass,
  IconHandshake,
  IconHome,
  IconKey,
  IconList,
  IconMap,
  IconPlus,
  IconUsers,
} from '../../components/ui/icons';
import { paths } from '../../lib/paths';

export interface NavItem {
  to: string;
  label: string;
  /** Shorter label for the phone's bottom bar. */
  short?: string;
  icon: ComponentType<{ size?: number }>;
  allowed: (actor: { role: Role }) => boolean;
  /** Active only on the exact path (home). */
  end?: boolean;
}

const everyone = () => true;

/** In order of daily use: the bottom bar keeps the first ones. */
export const NAV_ITEMS: NavItem[] = [
  // The mediators' street screen comes first on their phone.
  { to: paths.tournee, label: 'Tournée', icon: IconMap, allowed: ({ role }) => role === 'mediateur' },
  { to: paths.accueil, label: 'Accueil', icon: IconHome, allowed: everyone, end: true },
  {
    to: paths.demandeNouvelle,
    label: 'Nouvelle demande',
    short: 'Demande',
    icon: IconPlus,
    allowed: canRecordAccueil,
  },
  { to: paths.orientations, label: 'Orientations', icon: IconCompass, allowed: canReadOrientations },
  { to: paths.mainCourante, label: 'Main courante', short: 'Activités', icon: IconList, allowed: isStaff },
  { to: paths.rapports, label: 'Rapports', icon: IconList, allowed: canReadRapport },
  {
    to: paths.conventions,
    label: 'Conventions',
    short: 'Conv.',
    icon: IconBook,
    allowed: canReadConventions,
  },
  { to: paths.situations, label: 'Situations', icon: IconHandshake, allowed: everyone },
  { to: paths.signalements, label: 'Signalements', short: 'Signal.', icon: IconAlert, allowed: everyone },
  { to: paths.personnes, label: 'Personnes', icon: IconUsers, allowed: canReadAccueil },
  { to: paths.annuaire, label: 'Annuaire', icon: IconBook, allowed: canReadAccueil },
  { to: paths.territoires, label: 'Territoires', icon: IconMap, allowed: canManageStructure },
  { to: paths.partenaires, label: 'Partenaires', icon: IconHandshake, allowed: canManageStructure },
  {
    to: paths.utilisateurs,
    label: 'Utilisateurs',
    short: 'Comptes',
    icon: IconUsers,
    allowed: canManageUsers,
  },
  { to: paths.structure, label: 'Structure', icon: IconBuilding, allowed: canManageStructure },
  // Every account may hold its own tokens (ADR 016).
  { to: paths.jetons, label: 'Jetons d’API', short: 'Jetons', icon: IconKey, allowed: everyone },
  { to: paths.journal, label: 'Journal d’audit', short: 'Journal', icon: IconList, allowed: canReadAuditLog },
  { to: paths.monCompte, label: 'Mon compte', short: 'Compte', icon: IconAccount, allowed: everyone },
];

export const navItemsFor = (role: Role) => NAV_ITEMS.filter((item) => item.allowed({ role }));

export const isActive = (item: NavItem, pathname: string) =>
  item.end ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);
