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

/** What this author may never set, whatever the current status: null, or the French reason. */
function authorRefusal(to: Statut, who: StatutChanger): string | null {
  if (who === 'partenaire' && !PARTNER_MAY_SET.includes(to))
    return 'Un partenaire peut indiquer : pris en compte, résolu ou rejeté.';
  if (to === 'transmis') return 'La transmission se fait en choisissant un partenaire.';
  return null;
}

/** null when allowed, else the French reason. */
export function statutChangeRefusal(from: Statut, to: Statut, who: StatutChanger): string | null {
  if (!NEXT[from].includes(to))
    return `Un signalement « ${STATUT_LABELS[from]} » ne peut pas passer à « ${STATUT_LABELS[to]} ».`;
  return authorRefusal(to, who);
}

/**
 * A change that reaches a closed signalement (queued offline, sent after the partner closed it):
 * what the server validated wins, and the change is kept as a comment of the history (ADR 031).
 * null while the signalement is open, or for a status this author may never set: the usual rules apply.
 */
export function changementApresCloture(
  from: Statut,
  to: Statut,
  who: StatutChanger,
  commentaire: string | null | undefined,
): string | null {
  if (isOpen(from) || authorRefusal(to, who)) return null;
  const note = `Passage à « ${STATUT_LABELS[to]} » demandé après la clôture : le signalement reste « ${STATUT_LABELS[from]} ».`;
  return commentaire ? `${note} ${commentaire}` : note;
}

export const nextStatuts = (from: Statut, who: StatutChanger): Statut[] =>
  NEXT[from].filter((to) => statutChangeRefusal(from, to, who) === null);
