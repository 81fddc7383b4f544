/**
 * Counting at the door (issue 14, part 2): the tally lives in this phone's localStorage, so a
 * reload (offline too) keeps it, and each change is sent whole through the outbox
 * (`put-participation.ts`): the server replaces the counts, the last request wins.
 */
import type { Compte } from '@domain/actions/action.schema';
import { PARTICIPANTS_LIGNE_MAX } from '@domain/actions/action.taxonomies';
import { GENRES, type Genre, PUBLICS, type Public } from '@domain/main-courante/main-courante.taxonomies';
import { useSyncExternalStore } from 'react';

/** Count per `public/genre` pair. */
export type Tally = Record<string, number>;

export interface Comptage {
  actionId: string;
  userId: string;
  /** The action's title, for a page reloaded without network. */
  titre: string;
  comptes: Tally;
  /** false while the latest tally is not yet handed to the outbox. */
  envoye: boolean;
}

export const cle = (p: Public, g: Genre) => `${p}/${g}`;

/** The tally after a tap: never below 0 nor above a line's maximum. */
export function compter(comptes: Tally, p: Public, g: Genre, delta: number): Tally {
  const k = cle(p, g);
  const n = Math.min(PARTICIPANTS_LIGNE_MAX, Math.max(0, (comptes[k] ?? 0) + delta));
  return { ...comptes, [k]: n };
}

export const totalDe = (comptes: Tally) => Object.values(comptes).reduce((s, n) => s + n, 0);

/** The lines of `PUT …/participation`, in the taxonomies' order, those at 0 left out. */
export const versLignes = (comptes: Tally): Compte[] =>
  PUBLICS.flatMap((p) =>
    GENRES.flatMap((g) => {
      const nombre = comptes[cle(p, g)] ?? 0;
      return nombre > 0 ? [{ public: p, genre: g, nombre }] : [];
    }),
  );

export const depuisLignes = (lignes: readonly Compte[]): Tally =>
  Object.fromEntries(lignes.map((l) => [cle(l.public, l.genre), l.nombre]));

const key = (userId: string, actionId: string) => `trame.comptage:${userId}:${actionId}`;
const listeners = new Set<() => void>();
const cache = new Map<string, Comptage | null>();

export function lireComptage(userId: string, actionId: string): Comptage | null {
  const k = key(userId, actionId);
  if (!cache.has(k)) {
    try {
      cache.set(k, JSON.parse(localStorage.getItem(k) ?? 'null') as Comptage | null);
    } catch {
      cache.set(k, null);
    }
  }
  return cache.get(k) ?? null;
}

export function ecrireComptage(c: Comptage) {
  const k = key(c.userId, c.actionId);
  cache.set(k, c);
  try {
    localStorage.setItem(k, JSON.stringify(c));
  } catch {
    // Storage refused (private mode, full): the tally still lives in memory and is sent.
  }
  for (const l of listeners) l();
}

/**
 * Adds a tap to the stored tally, not to the copy a component rendered with: two taps closer
 * together than a render both count.
 */
export function taper(base: Comptage, p: Public, g: Genre, delta: number): Comptage {
  const current = lireComptage(base.userId, base.actionId) ?? base;
  const next = { ...current, comptes: compter(current.comptes, p, g, delta), envoye: false };
  ecrireComptage(next);
  return next;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The tally of this action kept on this phone for this user, or null. */
export const useComptage = (userId: string, actionId: string) =>
  useSyncExternalStore(subscribe, () => lireComptage(userId, actionId));
