/**
 * The tournée in progress on this phone: kept in localStorage so a reload (even offline) finds
 * it, and counted locally so the figures update live without the network. Writes go to the outbox.
 */
import type { ActiviteView } from '@domain/main-courante/activite.views';
import {
  type Cadre,
  GENRE_DEFAUT,
  type Genre,
  type Nature,
  type ObservationKind,
  PUBLIC_DEFAUT,
  type Public,
} from '@domain/main-courante/main-courante.taxonomies';
import { useSyncExternalStore } from 'react';
import { enqueue } from '../../../lib/outbox';

export interface LocalContact {
  id: string;
  nature: Nature;
  nbPersonnes: number;
  public: Public;
  genre: Genre;
  heure: string;
}

export interface Reglage {
  nbPersonnes: number;
  public: Public;
  genre: Genre;
}

export interface LocalTournee {
  id: string;
  userId: string;
  cadre: Cadre;
  debut: string;
  territoireId: string;
  secteurId: string | null;
  lieuId: string | null;
  mediateurIds: string[];
  /** The planned shift it logs, when started from the planning. */
  creneauId?: string | null;
  contacts: LocalContact[];
  observations: Array<{ id: string; kind: ObservationKind; note: string; heure: string }>;
  reglage: Reglage;
}

const KEY = 'trame.tournee';
const listeners = new Set<() => void>();
let cached: LocalTournee | null | undefined;

function read(): LocalTournee | null {
  if (cached !== undefined) return cached;
  try {
    cached = JSON.parse(localStorage.getItem(KEY) ?? 'null') as LocalTournee | null;
  } catch {
    cached = null;
  }
  return cached;
}

function write(next: LocalTournee | null) {
  cached = next;
  if (next) localStorage.setItem(KEY, JSON.stringify(next));
  else localStorage.removeItem(KEY);
  for (const l of listeners) l();
}

/**
 * Changes the stored tournée, not the copy a component rendered with: two taps closer together
 * than a render (a fast thumb, a slow phone) each add their contact, none overwrites the other.
 */
function update(t: LocalTournee, change: (current: LocalTournee) => LocalTournee) {
  const current = read();
  write(change(current && current.id === t.id ? current : t));
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The tournée in progress for this user on this phone, or null. */
export function useLocalTournee(userId: string): LocalTournee | null {
  const t = useSyncExternalStore(subscribe, read);
  return t && t.userId === userId ? t : null;
}

const base = (id: string) => `/api/activites/${encodeURIComponent(id)}`;

type Start = Omit<LocalTournee, 'id' | 'debut' | 'contacts' | 'observations' | 'reglage'>;

/** A new tournée logs nobody's age or genre until the mediator sets them: « inconnu », « non précisé ». */
export const REGLAGE_DEPART: Reglage = { nbPersonnes: 1, public: PUBLIC_DEFAUT, genre: GENRE_DEFAUT };

/** Within one tournée the last public and genre used go on; one person a tap. */
export const reglageRepris = (contacts: ReadonlyArray<Pick<LocalContact, 'public' | 'genre'>>): Reglage => {
  const last = contacts.at(-1);
  return last ? { nbPersonnes: 1, public: last.public, genre: last.genre } : REGLAGE_DEPART;
};

export function demarrer(input: Start): LocalTournee {
  const t: LocalTournee = {
    ...input,
    reglage: REGLAGE_DEPART,
    id: crypto.randomUUID(),
    debut: new Date().toISOString(),
    contacts: [],
    observations: [],
  };
  write(t);
  void enqueue({
    userId: t.userId,
    method: 'POST',
    path: '/api/activites',
    label: 'Démarrage de la tournée',
    anonyme: true,
    body: {
      id: t.id,
      cadre: t.cadre,
      debut: t.debut,
      territoireId: t.territoireId,
      secteurId: t.secteurId,
      lieuId: t.lieuId,
      mediateurIds: t.mediateurIds,
      ...(t.creneauId ? { creneauId: t.creneauId } : {}),
    },
  });
  return t;
}

/**
 * Resumes a tournée started elsewhere (or before this phone's storage was cleared): the settings
 * are those of its own last contact, never another tournée's.
 */
export function reprendre(userId: string, a: ActiviteView) {
  const contacts = a.contacts.filter((c) => !c.supprime);
  write({
    id: a.id,
    userId,
    cadre: a.cadre,
    debut: a.debut,
    territoireId: a.territoire.id,
    secteurId: a.secteur?.id ?? null,
    lieuId: a.lieu?.id ?? null,
    mediateurIds: a.mediateurs.map((m) => m.id),
    contacts: contacts.map((c) => ({ ...c, heure: c.heure ?? a.debut })),
    observations: a.observations
      .filter((o) => !o.supprimee)
      .map((o) => ({ id: o.id, kind: o.kind, note: o.note, heure: o.heure ?? o.createdAt })),
    reglage: reglageRepris(contacts),
  });
}

export function noterContact(t: LocalTournee, nature: Nature): LocalContact {
  const c: LocalContact = { id: crypto.randomUUID(), nature, ...t.reglage, heure: new Date().toISOString() };
  update(t, (cur) => ({ ...cur, contacts: [...cur.contacts, c] }));
  void enqueue({
    method: 'POST',
    userId: t.userId,
    path: `${base(t.id)}/contacts`,
    label: 'Contact',
    anonyme: true,
    body: c,
  });
  return c;
}

export function ajusterContact(t: LocalTournee, contactId: string, patch: Partial<Reglage>) {
  update(t, (cur) => ({
    ...cur,
    contacts: cur.contacts.map((c) => (c.id === contactId ? { ...c, ...patch } : c)),
  }));
  void enqueue({
    method: 'PATCH',
    userId: t.userId,
    path: `${base(t.id)}/contacts/${contactId}`,
    label: 'Ajustement d’un contact',
    anonyme: true,
    body: patch,
  });
}

export function annulerContact(t: LocalTournee, contactId: string) {
  update(t, (cur) => ({ ...cur, contacts: cur.contacts.filter((c) => c.id !== contactId) }));
  void enqueue({
    method: 'DELETE',
    userId: t.userId,
    path: `${base(t.id)}/contacts/${contactId}`,
    label: 'Annulation d’un contact',
    anonyme: true,
  });
}

export function changerReglage(t: LocalTournee, reglage: Reglage) {
  update(t, (cur) => ({ ...cur, reglage }));
}

export function noterObservation(t: LocalTournee, kind: ObservationKind, note: string) {
  const o = { id: crypto.randomUUID(), kind, note, heure: new Date().toISOString() };
  update(t, (cur) => ({ ...cur, observations: [...cur.observations, o] }));
  void enqueue({
    method: 'POST',
    userId: t.userId,
    path: `${base(t.id)}/observations`,
    label: 'Observation',
    body: { ...o, lieuId: t.lieuId },
  });
}

export function terminer(t: LocalTournee) {
  write(null);
  void enqueue({
    method: 'POST',
    userId: t.userId,
    path: `${base(t.id)}/terminer`,
    label: 'Fin de la tournée',
    anonyme: true,
    body: { fin: new Date().toISOString() },
  });
}

/**
 * At sign-out (issue 15 part 5): the notes of this user's tournée leave the phone's storage (the
 * observations keep their kind and time on screen); its counts stay for their next sign-in.
 */
export function oublierNotes(userId: string) {
  const t = read();
  if (t?.userId === userId) write({ ...t, observations: t.observations.map((o) => ({ ...o, note: '' })) });
}

/** Live figures of the tournée: contacts, people, per nature. */
export function compter(t: LocalTournee) {
  const parNature = new Map<Nature, number>();
  let personnes = 0;
  for (const c of t.contacts) {
    personnes += c.nbPersonnes;
    parNature.set(c.nature, (parNature.get(c.nature) ?? 0) + 1);
  }
  return { contacts: t.contacts.length, personnes, parNature };
}
