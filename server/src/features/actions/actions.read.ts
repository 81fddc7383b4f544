/**
 * Reading collective actions: the scope of an actor, rows with their people and partners, and
 * the presenter that lists the exposed fields one by one.
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { ActionView, Compte, ParticipationView } from '../../../../domain/actions/action.schema';
import {
  ACTION_TYPES,
  type ActionStatut,
  type ActionType,
} from '../../../../domain/actions/action.taxonomies';
import type { Actor } from '../../../../domain/auth/roles';
import {
  GENRES,
  type Genre,
  PUBLICS,
  type Public,
} from '../../../../domain/main-courante/main-courante.taxonomies';
import { toParisIso } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import {
  actionComptes,
  actionMediateurs,
  actionPartenaires,
  actions,
  partners,
  projetActions,
  users,
} from '../../db/schema';
import { coveredTerritories } from '../../lib/scope';

export type ActionRow = typeof actions.$inferSelect;
interface Personne {
  id: string;
  nom: string;
}
export interface ActionLue {
  row: ActionRow;
  mediateurs: Personne[];
  partenaires: Personne[];
  /** The residents' project the action serves. */
  projetId: string | null;
}

/** Actions an actor sees: their structure and, for a territory-limited actor, their territories. */
export const actionScope = (actor: Actor): SQL =>
  and(eq(actions.structureId, actor.structureId), coveredTerritories(actor, actions.territoireId))!;

/** The actions of `rows`, each with its mediators (« Prénom Nom ») and co-organising partners. */
export async function withPeople(db: DbOrTx, rows: ActionRow[]): Promise<ActionLue[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const meds = await db
    .select({ actionId: actionMediateurs.actionId, id: users.id, prenom: users.prenom, nom: users.nom })
    .from(actionMediateurs)
    .innerJoin(users, eq(users.id, actionMediateurs.mediateurId))
    .where(inArray(actionMediateurs.actionId, ids))
    .orderBy(asc(users.nom), asc(users.prenom), asc(users.id));
  const parts = await db
    .select({ actionId: actionPartenaires.actionId, id: partners.id, nom: partners.nom })
    .from(actionPartenaires)
    .innerJoin(partners, eq(partners.id, actionPartenaires.partenaireId))
    .where(inArray(actionPartenaires.actionId, ids))
    .orderBy(asc(partners.nom), asc(partners.id));
  const projets = await db
    .select({ actionId: projetActions.actionId, projetId: projetActions.projetId })
    .from(projetActions)
    .where(inArray(projetActions.actionId, ids));
  return rows.map((row) => ({
    row,
    mediateurs: meds
      .filter((m) => m.actionId === row.id)
      .map((m) => ({ id: m.id, nom: `${m.prenom} ${m.nom}` })),
    partenaires: parts.filter((p) => p.actionId === row.id).map((p) => ({ id: p.id, nom: p.nom })),
    projetId: projets.find((p) => p.actionId === row.id)?.projetId ?? null,
  }));
}

/** One action the actor sees, or undefined. */
export async function loadAction(db: DbOrTx, actor: Actor, id: string): Promise<ActionLue | undefined> {
  const rows = await db
    .select()
    .from(actions)
    .where(and(actionScope(actor), eq(actions.id, id)));
  return (await withPeople(db, rows))[0];
}

/** An action as the API shows it. */
export function presentAction(a: ActionLue): ActionView {
  const r = a.row;
  return {
    id: r.id,
    type: (ACTION_TYPES as readonly string[]).includes(r.type) ? (r.type as ActionType) : 'autre',
    titre: r.titre,
    statut: r.statut as ActionStatut,
    debut: toParisIso(r.debut),
    fin: toParisIso(r.fin),
    territoireId: r.territoireId,
    lieuId: r.lieuId,
    mediateurs: a.mediateurs,
    partenaires: a.partenaires,
    public: r.public,
    objectif: r.objectif,
    heuresPreparation: r.heuresPreparation,
    publicCible: r.publicCible,
    participantsAttendus: r.participantsAttendus,
    projetId: a.projetId,
    participants: r.participants,
    evaluation:
      r.resultat && r.evalueeLe
        ? {
            bienPasse: r.bienPasse,
            aChanger: r.aChanger,
            resultat: r.resultat as NonNullable<ActionView['evaluation']>['resultat'],
            suites: r.suites,
            at: toParisIso(r.evalueeLe),
          }
        : null,
  };
}

/** The counts of an action with their totals, every public and genre present. */
export function totaux(comptes: Compte[]): ParticipationView {
  const par_public = Object.fromEntries(PUBLICS.map((k) => [k, 0])) as Record<Public, number>;
  const par_genre = Object.fromEntries(GENRES.map((k) => [k, 0])) as Record<Genre, number>;
  let total = 0;
  for (const c of comptes) {
    total += c.nombre;
    par_public[c.public] += c.nombre;
    par_genre[c.genre] += c.nombre;
  }
  return { comptes, total, par_public, par_genre };
}

/** The counts of an action, in the order of the lists. */
export async function loadComptes(db: DbOrTx, actionId: string): Promise<Compte[]> {
  const rows = await db.select().from(actionComptes).where(eq(actionComptes.actionId, actionId));
  const rang = (c: { public: string; genre: string }) =>
    PUBLICS.indexOf(c.public as Public) * 10 + GENRES.indexOf(c.genre as Genre);
  return rows
    .map((r) => ({ public: r.public as Public, genre: r.genre as Genre, nombre: r.nombre }))
    .sort((a, b) => rang(a) - rang(b));
}
