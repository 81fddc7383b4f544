import { and, eq, sql } from 'drizzle-orm';
import { forbidden, notFound, validationFailed } from '../../../../domain/errors';
import {
  canReadNotes,
  canWriteSituation,
  type SituationAccess,
  situationAccess,
} from '../../../../domain/situations/situation.rules';
import type { DbOrTx } from '../../db/client';
import { situationMediators, situations } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';

export type SituationRow = typeof situations.$inferSelect;
export interface LoadedSituation {
  row: SituationRow;
  mediatorIds: string[];
  access: SituationAccess;
}

/** Today's date in Europe/Paris, YYYY-MM-DD. */
export const parisDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d);

/** Refuses a rule problem as a 400 naming the field. */
export function refuse(problem: string | null, champ: string): void {
  if (problem) throw validationFailed(problem, [{ champ, message: problem }]);
}

/** A situation of the actor's structure with the actor's access; 404 when they may not know it exists. */
export async function loadSituation(
  db: DbOrTx,
  ctx: ServiceContext,
  id: string,
  o: { lock?: boolean } = {},
): Promise<LoadedSituation> {
  const q = db
    .select()
    .from(situations)
    .where(and(eq(situations.id, id), eq(situations.structureId, ctx.actor.structureId)));
  const [row] = o.lock ? await q.for('update') : await q;
  if (!row) throw notFound('Situation');
  const mediatorIds = (
    await db
      .select({ id: situationMediators.userId })
      .from(situationMediators)
      .where(eq(situationMediators.situationId, id))
  ).map((r) => r.id);
  const access = situationAccess(ctx.actor, {
    structureId: row.structureId,
    territoryId: row.territoryId,
    referrerPartnerId: row.referrerPartnerId,
    assignedMediatorIds: mediatorIds,
  });
  if (access === 'aucun') throw notFound('Situation');
  return { row, mediatorIds, access };
}

/** Same, for reading notes: 403 for partners and staff outside the assigned team. */
export async function loadForNotes(db: DbOrTx, ctx: ServiceContext, id: string) {
  const s = await loadSituation(db, ctx, id);
  if (!canReadNotes(s.access)) {
    throw forbidden(
      ctx.actor.role === 'partenaire'
        ? 'Les notes d’une médiation sont confidentielles : elles ne sont jamais communiquées aux partenaires.'
        : 'Seuls les médiateurs chargés de la situation, la coordination et la direction en lisent les notes.',
    );
  }
  return s;
}

/** Same, for a change, with the row locked for the transaction. */
export async function loadForWrite(tx: DbOrTx, ctx: ServiceContext, id: string) {
  const s = await loadSituation(tx, ctx, id, { lock: true });
  if (!canWriteSituation(ctx.actor, s.access)) {
    throw forbidden('Seuls les médiateurs chargés de la situation et la coordination peuvent la modifier.');
  }
  return s;
}

/** Bumps updated_at and sets the given columns. */
export async function touchSituation(
  tx: DbOrTx,
  ctx: ServiceContext,
  id: string,
  set: Partial<SituationRow>,
) {
  await tx
    .update(situations)
    .set({ ...set, updatedAt: ctx.now() })
    .where(eq(situations.id, id));
}

export const countInt = sql<number>`count(*)::int`;
