/** Pure rules of the signalements: who may do what, which status may follow which. */
import type { Actor } from '../auth/roles';
import { STATUT_LABELS, STATUTS_OUVERTS, type Statut } from './signalement.taxonomies';

/** Mediators and the office capture signalements; partners and readers do not. */
export const canCaptureSignalement = (a: Pick<Actor, 'role'>) =>
  a.role === 'mediateur' || a.role === 'coordinateur' || a.role === 'direction' || a.role === 'admin';
/** Routing rules, manual transmission: the office. */
export const canManageSignalements = (a: Pick<Actor, 'role'>) =>
  a.role === 'coordinateur' || a.role === 'direction' || a.role === 'admin';
/** Staff read every signalement of their territories; partners only those routed to them. */
export const canReadSignalements = (a: Pick<Actor, 'role'>) => a.role !== undefined;
export const canManageOpen311Keys = (a: Pick<Actor, 'role'>) => a.role === 'admin';

export const isOpen = (s: Statut) => STATUTS_OUVERTS.includes(s);

/** The next statuses allowed from each one. Closed statuses are final. */
const NEXT: Record<Statut, readonly Statut[]> = {
  nouveau: ['transmis', 'rejete', 'doublon'],
  transmis: ['pris_en_compte', 'resolu', 'rejete', 'doublon'],
  pris_en_compte: ['resolu', 'rejete', 'doublon'],
  resolu: [],
  rejete: [],
  doublon: [],
};
/** What a partner may say (portal or signed link): taken into account, solved or refused. */
const PARTNER_MAY_SET: readonly Statut[] = ['pris_en_compte', 'resolu', 'rejete'];

export type StatutChanger = 'equipe' | 'partenaire';

/** null when allowed, else the French reason. */
export function statutChangeRefusal(from: Statut, to: Statut, who: StatutChanger): string | null {
  if (!NEXT[from].includes(to))
    return `Un signalement « ${STATUT_LABELS[from]} » ne peut pas passer à « ${STATUT_LABELS[to]} ».`;
  if (who === 'partenaire' && !PARTNER_MAY_SET.includes(to))
    return 'Un partenaire peut indiquer : pris en compte, résolu ou rejeté.';
  if (to === 'transmis') return 'La transmission se fait en choisissant un partenaire.';
  return null;
}

export const nextStatuts = (from: Statut, who: StatutChanger): Statut[] =>
  NEXT[from].filter((to) => statutChangeRefusal(from, to, who) === null);
