import { canReadAccueil, canReadOrientations, canRecordAccueil } from '@domain/accueil/accueil.rules';
import { canReadActions } from '@domain/actions/action.rules';
import { canFollowAlertes } from '@domain/alertes/alerte.rules';
import { canManageStructure, canManageUsers, canReadAuditLog, isStaff, type Role } from '@domain/auth/roles';
import { canReadConventions } from '@domain/conventions/convention.rules';
import { canReadPlanning } from '@domain/planning/planning.rules';
import { canCreateProjet } from '@domain/projets/projet.rules';
import { canReadRapport } from '@domain/rapports/rapport.rules';
import { canCaptureSignalement } from '@domain/signalements/signalement.rules';
import type { ComponentType } from 'react';
import {
  IconAccount,
  IconAlert,
  IconBook,
  IconBuilding,
  IconCompass,
  IconHandshake,
  IconKey,
  IconPlus,
  IconUsers,
} from '../../components/ui/icons';
import {
  IconBell,
  IconCalendar,
  IconCalendarUser,
  IconChart,
  IconClipboard,
  IconEye,
  IconFile,
  IconGroupe,
  IconMegaphone,
  IconPin,
  IconRoute,
  IconSeedling,
  IconShield,
  IconSliders,
  IconSun,
  IconUserCog,
} from '../../components/ui/icons-nav';
import { paths } from '../../lib/paths';

export interface NavItem {
  to: string;
  label: string;
  /** Shorter label for the phone's bottom bar: it must fit a fifth of 360 px. */
  short?: string;
  icon: ComponentType<{ size?: number }>;
  allowed: (actor: { role: Role }) => boolean;
  /** Active only on the exact path (home). */
  end?: boolean;
}

const everyone = () => true;

/**
 * Every page of the menu, each with its own icon. A role sees only what its rules open; the
 * router refuses the rest with the same rules (router.tsx).
 */
export const NAV_ITEMS: NavItem[] = [
  { to: paths.accueil, label: 'Aujourd’hui', icon: IconSun, allowed: everyone, end: true },
  { to: paths.tournee, label: 'Tournée', icon: IconRoute, allowed: ({ role }) => role === 'mediateur' },
  {
    to: paths.maSemaine,
    label: 'Ma semaine',
    short: 'Semaine',
    icon: IconCalendarUser,
    allowed: ({ role }) => role === 'mediateur',
  },
  {
    to: paths.planning,
    label: 'Planning',
    icon: IconCalendar,
    // A mediator reads the planning through « Ma semaine ».
    allowed: (a) => canReadPlanning(a) && a.role !== 'mediateur',
  },
  { to: paths.alertes, label: 'Alertes', icon: IconBell, allowed: canFollowAlertes },
  {
    to: paths.demandeNouvelle,
    label: 'Nouvelle demande',
    short: 'Demande',
    icon: IconPlus,
    allowed: canRecordAccueil,
  },
  {
    to: paths.signalementNouveau,
    label: 'Nouveau signalement',
    // The soft hyphen lets the word break over two lines in the phone's bottom bar.
    short: 'Signale\u00ADment',
    icon: IconMegaphone,
    allowed: canCaptureSignalement,
  },
  { to: paths.situations, label: 'Situations', icon: IconHandshake, allowed: everyone },
  {
    to: paths.signalements,
    label: 'Signalements',
    short: 'Signale\u00ADments',
    icon: IconAlert,
    allowed: everyone,
  },
  {
    to: paths.actions,
    label: 'Actions collectives',
    short: 'Actions',
    icon: IconGroupe,
    allowed: canReadActions,
  },
  { to: paths.rapports, label: 'Rapports', icon: IconChart, allowed: canReadRapport },
  {
    to: paths.orientations,
    label: 'Orientations',
    short: 'Orienta\u00ADtions',
    icon: IconCompass,
    allowed: canReadOrientations,
  },
  {
    to: paths.mainCourante,
    label: 'Main courante',
    short: 'Activités',
    icon: IconClipboard,
    allowed: isStaff,
  },
  {
    to: paths.projets,
    label: 'Projets d’habitants',
    short: 'Projets',
    icon: IconSeedling,
    // The teams who support projects; other staff read them by their address (the router's rule).
    allowed: canCreateProjet,
  },
  {
    to: paths.conventions,
    label: 'Conventions',
    short: 'Conv.',
    icon: IconFile,
    allowed: canReadConventions,
  },
  { to: paths.personnes, label: 'Personnes', icon: IconUsers, allowed: canReadAccueil },
  { to: paths.annuaire, label: 'Annuaire', icon: IconBook, allowed: canReadAccueil },
  { to: paths.territoires, label: 'Territoires', icon: IconPin, allowed: canManageStructure },
  { to: paths.partenaires, label: 'Partenaires', icon: IconBuilding, allowed: canManageStructure },
  {
    to: paths.utilisateurs,
    label: 'Utilisateurs',
    short: 'Comptes',
    icon: IconUserCog,
    allowed: canManageUsers,
  },
  { to: paths.structure, label: 'Structure', icon: IconSliders, allowed: canManageStructure },
  {
    to: paths.confidentialite,
    label: 'Confidentialité',
    short: 'RGPD',
    icon: IconShield,
    allowed: canManageStructure,
  },
  // Every account may hold its own tokens (ADR 016).
  { to: paths.jetons, label: 'Jetons d’API', short: 'Jetons', icon: IconKey, allowed: everyone },
  { to: paths.journal, label: 'Journal d’audit', short: 'Journal', icon: IconEye, allowed: canReadAuditLog },
  { to: paths.monCompte, label: 'Mon compte', short: 'Compte', icon: IconAccount, allowed: everyone },
];

/** The four most frequent tasks of a role, in its bottom bar; other roles keep the menu's order. */
const BAR: Partial<Record<Role, string[]>> = {
  mediateur: [paths.accueil, paths.tournee, paths.demandeNouvelle, paths.signalementNouveau],
  coordinateur: [paths.accueil, paths.situations, paths.signalements, paths.rapports],
};
export const BAR_SIZE = 4;

export const navItemsFor = (role: Role) => NAV_ITEMS.filter((item) => item.allowed({ role }));

/** The bottom bar's entries first, then the rest (under « Plus »). */
export function barItemsFor(role: Role): { bar: NavItem[]; more: NavItem[] } {
  const items = navItemsFor(role);
  const wanted = BAR[role];
  const bar = wanted
    ? wanted.flatMap((to) => items.filter((item) => item.to === to))
    : items.slice(0, BAR_SIZE);
  return { bar, more: items.filter((item) => !bar.includes(item)) };
}

const matches = (item: NavItem, pathname: string) =>
  item.end ? pathname === item.to : pathname === item.to || pathname.startsWith(`${item.to}/`);

/** The entry of the current page: the most precise match (« Nouveau signalement » over « Signalements »). */
export const isActive = (item: NavItem, pathname: string) =>
  matches(item, pathname) &&
  !NAV_ITEMS.some((other) => other.to.length > item.to.length && matches(other, pathname));
