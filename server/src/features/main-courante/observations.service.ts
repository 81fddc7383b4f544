/** Veille sociale: observations flagged for the coordination until treated. */
import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { notFound, validationFailed } from '../../../../domain/errors';
import type { Page } from '../../../../domain/liste';
import type { ObservationListQuery } from '../../../../domain/main-courante/activite.schema';
import type { ObservationListItem, ObservationView } from '../../../../domain/main-courante/activite.views';
import type { DbOrTx } from '../../db/client';
import { places, territories, users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { countAll, paginer } from '../../lib/liste';
import { presentObservation } from './activites.presenter';
import { activiteScope } from './activites.read';
import { activites, observations } from './main-courante.table';

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
      const auteur = alias(users, 'auteur');
      const rows = await ctx.db
        .select({
          o: observations,
          debut: activites.debut,
          territoryId: activites.territoryId,
          qpv: territories.qpvCode,
          qpvNom: territories.nom,
          lieuNom: places.nom,
          prenom: auteur.prenom,
          nom: auteur.nom,
        })
        .from(observations)
        .innerJoin(activites, eq(activites.id, observations.activiteId))
        .innerJoin(territories, eq(territories.id, activites.territoryId))
        .innerJoin(auteur, eq(auteur.id, observations.createdBy))
        // The observation's own place, else where the activity was.
        .leftJoin(places, eq(places.id, sql`coalesce(${observations.placeId}, ${activites.placeId})`))
        .where(where)
        .orderBy(desc(observations.createdAt), desc(observations.id))
        .limit(limit)
        .offset(offset);
      return rows.map((r) => ({
        ...presentObservation(r.o, r.territoryId),
        activiteDebut: r.debut.toISOString(),
        qpvCode: r.qpv,
        qpvNom: r.qpvNom,
        lieuNom: r.lieuNom,
        auteur: { prenom: r.prenom, nom: r.nom },
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
    await auditChange(tx, ctx, 'update', 'observation', id, {
      before: { traitee: false },
      after: { traitee: true },
    });
    return presentObservation(row!, found.territoryId);
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records what an observation became (a signalement or a situation opened from it), inside the
 * caller's transaction, with its audit row. The observation must be one the actor sees; else a
 * French 400 naming `champ`, and the caller's creation rolls back with it.
 */
export async function linkObservation(
  tx: DbOrTx,
  ctx: ServiceContext,
  observationId: string,
  link: { signalementId: string } | { situationId: string },
  champ: string,
): Promise<void> {
  const refuse = () =>
    validationFailed('Observation d’origine introuvable parmi celles que vous voyez.', [
      { champ, message: 'Observation d’origine introuvable.' },
    ]);
  if (!UUID.test(observationId)) throw refuse();
  const [found] = await tx
    .select({ o: observations })
    .from(observations)
    .innerJoin(activites, eq(activites.id, observations.activiteId))
    .innerJoin(territories, eq(territories.id, activites.territoryId))
    .where(and(scoped(ctx, []), eq(observations.id, observationId)))
    .for('update', { of: observations });
  if (!found) throw refuse();
  const key = 'signalementId' in link ? 'signalementId' : 'situationId';
  const target = 'signalementId' in link ? link.signalementId : link.situationId;
  if (found.o[key] === target) return;
  await tx
    .update(observations)
    .set({ [key]: target, updatedAt: ctx.now() })
    .where(eq(observations.id, observationId));
  await auditChange(tx, ctx, 'update', 'observation', observationId, {
    before: { [key]: found.o[key] },
    after: { [key]: target },
  });
}
