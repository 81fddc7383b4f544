/** Veille sociale: observations flagged for the coordination until treated. */
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { notFound } from '../../../../domain/errors';
import type { Page } from '../../../../domain/liste';
import type { ObservationListQuery } from '../../../../domain/main-courante/activite.schema';
import type { ObservationView } from '../../../../domain/main-courante/activite.views';
import { territories } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { countAll, paginer } from '../../lib/liste';
import { presentObservation } from './activites.presenter';
import { activiteScope } from './activites.read';
import { activites, observations } from './main-courante.table';

export type ObservationListItem = ObservationView & { activiteDebut: string; qpvCode: string };

function scoped(ctx: ServiceContext, extra: SQL[]) {
  return and(
    activiteScope(ctx.actor),
    eq(observations.structureId, ctx.actor.structureId),
    isNull(observations.deletedAt),
    ...extra,
  );
}

/**
 * Observations of the actor's territories, newest first (then id); `nonTraitees` keeps those
 * still flagged, `qpv` and `territoireId` narrow to one neighbourhood.
 */
export async function listObservations(
  ctx: ServiceContext,
  q: ObservationListQuery,
): Promise<Page<ObservationListItem>> {
  const extra: SQL[] = [];
  if (q.nonTraitees) extra.push(isNull(observations.traiteeLe));
  if (q.territoireId) extra.push(eq(activites.territoryId, q.territoireId));
  if (q.qpv) extra.push(eq(territories.qpvCode, q.qpv));
  const where = scoped(ctx, extra);
  return paginer(
    q,
    () =>
      ctx.db
        .select({ n: countAll })
        .from(observations)
        .innerJoin(activites, eq(activites.id, observations.activiteId))
        .innerJoin(territories, eq(territories.id, activites.territoryId))
        .where(where),
    async ({ limit, offset }) => {
      const rows = await ctx.db
        .select({
          o: observations,
          debut: activites.debut,
          territoryId: activites.territoryId,
          qpv: territories.qpvCode,
        })
        .from(observations)
        .innerJoin(activites, eq(activites.id, observations.activiteId))
        .innerJoin(territories, eq(territories.id, activites.territoryId))
        .where(where)
        .orderBy(desc(observations.createdAt), desc(observations.id))
        .limit(limit)
        .offset(offset);
      return rows.map((r) => ({
        ...presentObservation(r.o, r.territoryId),
        activiteDebut: r.debut.toISOString(),
        qpvCode: r.qpv,
      }));
    },
  );
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
