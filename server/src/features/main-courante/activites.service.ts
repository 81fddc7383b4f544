import { and, eq, isNull, sql } from 'drizzle-orm';
import { AppError, conflict, validationFailed } from '../../../../domain/errors';
import {
  type ActiviteCreateInput,
  type ActiviteUpdateInput,
  periodeError,
} from '../../../../domain/main-courante/activite.schema';
import type { ActiviteView } from '../../../../domain/main-courante/activite.views';
import { periode } from '../../../../domain/main-courante/creneau';
import type { DbOrTx } from '../../db/client';
import { places } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { lierActivite } from '../planning';
import { auditActivite } from './activites.presenter';
import { getActiviteView } from './activites.read';
import {
  assertEditable,
  assertMediateurs,
  assertPlacesInTerritory,
  ID_TAKEN,
  lockActivite,
  neutralOnCollision,
  resolveFrame,
} from './activites.refs';
import { activiteMediateurs, activites, contacts, observations } from './main-courante.table';

export interface Written<T> {
  created: boolean;
  view: T;
}

/** The stored record of an id sent again; 409 (neutral) if it is not one the actor may see. */
async function replay(tx: DbOrTx, ctx: ServiceContext, id: string): Promise<Written<ActiviteView> | null> {
  const [existing] = await tx
    .select({ structureId: activites.structureId })
    .from(activites)
    .where(eq(activites.id, id));
  if (!existing) return null;
  if (existing.structureId !== ctx.actor.structureId) throw conflict(ID_TAKEN);
  try {
    return { created: false, view: await getActiviteView(tx, ctx.actor, id) };
  } catch (err) {
    // Stored in this structure but outside the actor's QPV: just as neutral.
    if (err instanceof AppError && err.status === 404) throw conflict(ID_TAKEN);
    throw err;
  }
}

/**
 * Creates an activity with its mediators, contacts and observations. Idempotent on the client's
 * id: the first write wins and a replay answers the stored record (also under concurrency:
 * the insert does nothing on conflict, then the committed row is read back).
 */
export async function createActivite(
  ctx: ServiceContext,
  input: ActiviteCreateInput,
): Promise<Written<ActiviteView>> {
  return neutralOnCollision(() =>
    ctx.db.transaction(async (tx) => {
      const stored = await replay(tx, ctx, input.id);
      if (stored) return stored;
      const { sectorId } = await resolveFrame(tx, ctx.actor, input);
      await assertMediateurs(tx, ctx.actor, input.mediateurIds);
      for (const [champ, list] of [
        ['contacts.lieuId', input.contacts],
        ['observations.lieuId', input.observations],
      ] as const) {
        const placeIds = list.map((c) => c.lieuId);
        await assertPlacesInTerritory(tx, ctx.actor, input.territoireId, placeIds, champ);
      }
      const debut = new Date(input.debut);
      const fin = input.fin ? new Date(input.fin) : null;
      const base = { structureId: ctx.actor.structureId, createdBy: ctx.actor.userId };
      const [row] = await tx
        .insert(activites)
        .values({
          ...base,
          id: input.id,
          territoryId: input.territoireId,
          sectorId,
          placeId: input.lieuId,
          cadre: input.cadre,
          debut,
          fin,
          ...periode(debut, fin),
          commentaire: input.commentaire,
        })
        .onConflictDoNothing({ target: activites.id })
        .returning();
      if (!row) return (await replay(tx, ctx, input.id))!;
      await tx
        .insert(activiteMediateurs)
        .values(input.mediateurIds.map((userId) => ({ activiteId: row.id, userId })));
      if (input.creneauId) await lierActivite(tx, ctx.actor, input.creneauId, row.id);
      if (input.contacts.length) {
        await tx.insert(contacts).values(
          input.contacts.map(({ lieuId, heure, ...c }) => ({
            ...base,
            ...c,
            activiteId: row.id,
            placeId: lieuId,
            heure: heure ? new Date(heure) : null,
          })),
        );
      }
      if (input.observations.length) {
        await tx.insert(observations).values(
          input.observations.map(({ lieuId, heure, ...o }) => ({
            ...base,
            ...o,
            activiteId: row.id,
            placeId: lieuId,
            heure: heure ? new Date(heure) : null,
          })),
        );
      }
      await auditChange(tx, ctx, 'create', 'activite', row.id, {
        before: null,
        after: { ...auditActivite(row, input.mediateurIds), contacts: input.contacts.length },
        notes: [input.commentaire, ...input.observations.map((o) => o.note)],
      });
      return { created: true, view: await getActiviteView(tx, ctx.actor, row.id) };
    }),
  );
}

/** Edits the frame of an activity (author, a mediator present, or coordination; never while locked). */
export async function updateActivite(
  ctx: ServiceContext,
  id: string,
  input: ActiviteUpdateInput,
): Promise<ActiviteView> {
  return ctx.db.transaction(async (tx) => {
    const locked = await lockActivite(tx, ctx.actor, id);
    assertEditable(ctx, locked);
    const { row } = locked;
    const territoryChanged = input.territoireId !== undefined && input.territoireId !== row.territoryId;
    const territoireId = input.territoireId ?? row.territoryId;
    const lieuId = input.lieuId !== undefined ? input.lieuId : territoryChanged ? null : row.placeId;
    const keepSector = input.lieuId === undefined && !territoryChanged;
    const secteurId = input.secteurId !== undefined ? input.secteurId : keepSector ? row.sectorId : null;
    const debut = input.debut ? new Date(input.debut) : row.debut;
    const fin = input.fin ? new Date(input.fin) : row.fin;
    const error = periodeError(debut, fin);
    if (error) throw validationFailed(error, [{ champ: 'fin', message: error }]);
    const { sectorId } = await resolveFrame(tx, ctx.actor, { territoireId, secteurId, lieuId });
    const added = (input.mediateurIds ?? []).filter((m) => !locked.mediateurIds.includes(m));
    await assertMediateurs(tx, ctx.actor, added);
    if (territoryChanged) await assertChildrenFollow(tx, id, territoireId);
    const [updated] = await tx
      .update(activites)
      .set({
        cadre: input.cadre ?? row.cadre,
        territoryId: territoireId,
        sectorId,
        placeId: lieuId,
        debut,
        fin,
        ...periode(debut, fin),
        commentaire: input.commentaire !== undefined ? input.commentaire : row.commentaire,
        // A reviewed activity that changes goes back to the review queue.
        statutRevue: 'a_revoir',
        updatedAt: ctx.now(),
      })
      .where(eq(activites.id, id))
      .returning();
    const mediateurIds = input.mediateurIds ?? locked.mediateurIds;
    if (input.mediateurIds) {
      await tx.delete(activiteMediateurs).where(eq(activiteMediateurs.activiteId, id));
      await tx.insert(activiteMediateurs).values(mediateurIds.map((userId) => ({ activiteId: id, userId })));
    }
    await auditChange(tx, ctx, 'update', 'activite', id, {
      before: auditActivite(row, locked.mediateurIds),
      after: auditActivite(updated!, mediateurIds),
      notes: updated!.commentaire !== row.commentaire ? [updated!.commentaire] : [],
    });
    return getActiviteView(tx, ctx.actor, id);
  });
}

/** Moving an activity to another QPV is refused while its contacts or observations name places of the old one. */
async function assertChildrenFollow(tx: DbOrTx, id: string, territoryId: string) {
  const outside = (placeCol: typeof contacts.placeId | typeof observations.placeId) =>
    sql`${placeCol} is not null and not exists (select 1 from ${places} p where p.id = ${placeCol} and p.territory_id = ${territoryId})`;
  const [c] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(contacts)
    .where(and(eq(contacts.activiteId, id), isNull(contacts.deletedAt), outside(contacts.placeId)));
  const [o] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(observations)
    .where(
      and(eq(observations.activiteId, id), isNull(observations.deletedAt), outside(observations.placeId)),
    );
  if ((c?.n ?? 0) + (o?.n ?? 0) > 0) {
    throw conflict(
      'Des contacts ou observations de cette activité sont rattachés à des lieux de l’ancien QPV : modifiez-les d’abord.',
    );
  }
}

/** Closes a live activity; a replay on a closed one answers it unchanged. */
export async function terminerActivite(
  ctx: ServiceContext,
  id: string,
  input: { fin?: string },
): Promise<ActiviteView> {
  return ctx.db.transaction(async (tx) => {
    const locked = await lockActivite(tx, ctx.actor, id);
    if (locked.row.fin) return getActiviteView(tx, ctx.actor, id);
    assertEditable(ctx, locked);
    const fin = input.fin ? new Date(input.fin) : ctx.now();
    const error = periodeError(locked.row.debut, fin);
    if (error) {
      const message = `${error} Indiquez l’heure de fin réelle.`;
      throw validationFailed(message, [{ champ: 'fin', message }]);
    }
    const [updated] = await tx
      .update(activites)
      .set({ fin, ...periode(locked.row.debut, fin), updatedAt: ctx.now() })
      .where(eq(activites.id, id))
      .returning();
    await auditChange(tx, ctx, 'update', 'activite', id, {
      before: auditActivite(locked.row, locked.mediateurIds),
      after: auditActivite(updated!, locked.mediateurIds),
    });
    return getActiviteView(tx, ctx.actor, id);
  });
}
