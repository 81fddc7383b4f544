/** Checks shared by every write of the main courante: references, scope, lock and permission. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Actor, coversTerritory } from '../../../../domain/auth/roles';
import { conflict, forbidden, notFound, validationFailed } from '../../../../domain/errors';
import {
  activiteEditBlock,
  activiteVerrouillee,
  canBePresent,
} from '../../../../domain/main-courante/activite.rules';
import type { DbOrTx } from '../../db/client';
import { places, sectors, users } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { isUniqueViolation } from '../../lib/scope';
import { getCoveredTerritory } from '../territoires';
import { activiteMediateurs, activites } from './main-courante.table';

/** Neutral on purpose: an id taken in another structure must not reveal anything about it. */
export const ID_TAKEN = 'Cet identifiant est déjà utilisé : générez-en un nouveau et réessayez.';

/** Runs a write; an id collision on any table becomes the neutral 409. */
export async function neutralOnCollision<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(ID_TAKEN);
    throw err;
  }
}

const invalid = (champ: string, message: string) => validationFailed(message, [{ champ, message }]);

/** Places that must all belong to the territory (contacts, observations, the activity). */
export async function assertPlacesInTerritory(
  db: DbOrTx,
  actor: Actor,
  territoryId: string,
  placeIds: ReadonlyArray<string | null | undefined>,
  champ: string,
): Promise<void> {
  const ids = [...new Set(placeIds.filter((p): p is string => !!p))];
  if (ids.length === 0) return;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(places)
    .where(
      and(
        inArray(places.id, ids),
        eq(places.structureId, actor.structureId),
        eq(places.territoryId, territoryId),
      ),
    );
  if ((row?.n ?? 0) !== ids.length) throw invalid(champ, 'Lieu inconnu dans ce QPV.');
}

/** Mediators that can be listed as present: active mediators or coordinators of the structure. */
export async function assertMediateurs(db: DbOrTx, actor: Actor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: users.id, role: users.role, isActive: users.isActive })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.structureId, actor.structureId)));
  const ok = rows.filter((r) => r.isActive && canBePresent(r.role)).length === new Set(ids).size;
  if (!ok) {
    throw invalid(
      'mediateurIds',
      'Médiateur·rice inconnu·e dans votre structure, désactivé·e ou sans rôle de médiation.',
    );
  }
}

export interface Frame {
  territoireId: string;
  secteurId: string | null;
  lieuId: string | null;
}

/**
 * The QPV must be one the actor covers (404 otherwise, as elsewhere), the sector and the place
 * must belong to it. Without a sector, the place's sector is taken.
 */
export async function resolveFrame(db: DbOrTx, actor: Actor, f: Frame): Promise<{ sectorId: string | null }> {
  await getCoveredTerritory(db, actor, f.territoireId);
  let sectorId = f.secteurId;
  if (f.secteurId) {
    const [s] = await db
      .select({ id: sectors.id })
      .from(sectors)
      .where(and(eq(sectors.id, f.secteurId), eq(sectors.territoryId, f.territoireId)));
    if (!s) throw invalid('secteurId', 'Secteur inconnu dans ce QPV.');
  }
  if (f.lieuId) {
    const [p] = await db
      .select({ sectorId: places.sectorId })
      .from(places)
      .where(and(eq(places.id, f.lieuId), eq(places.territoryId, f.territoireId)));
    if (!p) throw invalid('lieuId', 'Lieu inconnu dans ce QPV.');
    sectorId ??= p.sectorId;
  }
  return { sectorId };
}

export interface LockedActivite {
  row: typeof activites.$inferSelect;
  mediateurIds: string[];
}

/** The activity row locked for this transaction; 404 outside the actor's structure or territories. */
export async function lockActivite(db: DbOrTx, actor: Actor, id: string): Promise<LockedActivite> {
  const [row] = await db
    .select()
    .from(activites)
    .where(and(eq(activites.id, id), eq(activites.structureId, actor.structureId)))
    .for('update');
  if (!row || !coversTerritory(actor, row.territoryId)) throw notFound('Activité');
  const meds = await db
    .select({ id: activiteMediateurs.userId })
    .from(activiteMediateurs)
    .where(eq(activiteMediateurs.activiteId, id));
  return { row, mediateurIds: meds.map((m) => m.id) };
}

/** 403 when the actor is neither involved nor coordination, 423 when the activity is locked. */
export function assertEditable(ctx: ServiceContext, a: LockedActivite): void {
  const block = activiteEditBlock(ctx.actor, {
    createdBy: a.row.createdBy,
    mediateurIds: a.mediateurIds,
    verrouillee: a.row.verrouillee,
  });
  if (block === 'interdit') {
    throw forbidden(
      'Seul·es l’auteur·rice, les médiateur·rices présent·es et la coordination peuvent modifier cette activité.',
    );
  }
  if (block === 'verrouillee') throw activiteVerrouillee();
}
