/** Veille sociale: observations flagged for the coordination until treated. */
import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { notFound } from '../../../../domain/errors';
import type { ObservationView } from '../../../../domain/main-courante/activite.views';
import { territories } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { presentObservation } from './activites.presenter';
import { activiteScope } from './activites.read';
import { activites, observations } from './main-courante.table';

export const OBSERVATIONS_PAGE_SIZE = 50;

export type ObservationListItem = ObservationView & { activiteDebut: string; qpvCode: string };

function scoped(ctx: ServiceContext, extra: SQL[]) {
  return and(
    activiteScope(ctx.actor),
    eq(observations.structureId, ctx.actor.structureId),
    isNull(observations.deletedAt),
    ...extra,
  );
}

/** Observations of the actor's territories, newest first; `nonTraitees` keeps those still flagged. */
export async function listObservations(
  ctx: ServiceContext,
  q: { nonTraitees: boolean; territoireId?: string; page: number },
) {
  const extra: SQL[] = [];
  if (q.nonTraitees) extra.push(isNull(observations.traiteeLe));
  if (q.territoireId) extra.push(eq(activites.territoryId, q.territoireId));
  const where = scoped(ctx, extra);
  const from = () =>
    ctx.db
      .select({
        o: observations,
        debut: activites.debut,
        territoryId: activites.territoryId,
        qpv: territories.qpvCode,
      })
      .from(observations)
      .innerJoin(activites, eq(activites.id, observations.activiteId))
      .innerJoin(territories, eq(territories.id, activites.territoryId));
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(observations)
    .innerJoin(activites, eq(activites.id, observations.activiteId))
    .innerJoin(territories, eq(territories.id, activites.territoryId))
    .where(where);
  const rows = await from()
    .where(where)
    .orderBy(desc(observations.createdAt), desc(observations.id))
    .limit(OBSERVATIONS_PAGE_SIZE)
    .offset((q.page - 1) * OBSERVATIONS_PAGE_SIZE);
  const items: ObservationListItem[] = rows.map((r) => ({
    ...presentObservation(r.o, r.territoryId),
    activiteDebut: r.debut.toISOString(),
    qpvCode: r.qpv,
  }));
  return { items, total: count?.n ?? 0, page: q.page, parPage: OBSERVATIONS_PAGE_SIZE };
}

/** Marks an observation as treated by the coordination (idempotent). */
export async function traiterObservation(ctx: ServiceContext, id: string): Promise<ObservationView> {
  return ctx.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ o: observations, territoryId: activites.territoryId })
      .from(observations)
      .innerJoin(activites, eq(activites.id, observations.activiteId))
      .innerJoin(territories, eq(territories.id, activites.territoryId))
      .where(and(scoped(ctx, []), eq(observations.id, id)))
      .for('update', { of: observations });
    if (!found) throw notFound('Observation');
    if (found.o.traiteeLe) return presentObservation(found.o, found.territoryId);
    const [row] = await tx
      .update(observations)
      .set({ traiteeLe: ctx.now(), traiteeParId: ctx.actor.userId, updatedAt: ctx.now() })
      .where(eq(observations.id, id))
      .returning();
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'update',
      entityType: 'observation',
      entityId: id,
      before: { traitee: false },
      after: { traitee: true },
    });
    return presentObservation(row!, found.territoryId);
  });
}
