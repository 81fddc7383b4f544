/**
 * Lone-worker alerts (issue 13, part 7): send, take in charge, close with a debrief. Each change
 * is one transaction with its audit row, then published on the bus so that every instance's
 * streams deliver it (alertes.stream.ts).
 */
import { and, eq, gte, isNull, lt, type SQL } from 'drizzle-orm';
import {
  canFollowAlertes,
  canSendAlerte,
  clotureProblem,
  priseEnChargeProblem,
  recoitAlerte,
} from '../../../../domain/alertes/alerte.rules';
import type { AlerteCloture, AlerteCreate, AlerteView } from '../../../../domain/alertes/alerte.schema';
import type { AlerteStatut } from '../../../../domain/alertes/alerte.taxonomies';
import { conflict, forbidden, notFound } from '../../../../domain/errors';
import type { DbOrTx } from '../../db/client';
import { auditChange } from '../../lib/audit-log';
import type { Bus } from '../../lib/bus';
import type { ServiceContext } from '../../lib/context';
import { enServiceA } from '../planning';
import { type AlerteRow, alerteEvent, diffusionOf, loadAlertes, ouvertesRecentes } from './alertes.read';
import { alertes } from './alertes.table';

const JOUR = 86_400_000;

async function one(db: DbOrTx, structureId: string, id: string) {
  const [a] = await loadAlertes(db, and(eq(alertes.structureId, structureId), eq(alertes.id, id))!, 1);
  return a;
}

async function publish(bus: Bus, db: DbOrTx, structureId: string, id: string): Promise<AlerteView> {
  const a = (await one(db, structureId, id))!;
  await bus.publish(alerteEvent(a.row, a.view));
  return a.view;
}

/** Sends an alert; a resent one (same id) is the same alert. It reaches its receivers at once. */
export async function sendAlerte(ctx: ServiceContext, bus: Bus, input: AlerteCreate) {
  if (!canSendAlerte(ctx.actor))
    throw forbidden('Seul·es les médiateur·rices et la coordination envoient une alerte.');
  const created = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const onShift = await enServiceA(tx, ctx.actor.structureId, now);
    const inserted = await tx
      .insert(alertes)
      .values({
        id: input.id,
        structureId: ctx.actor.structureId,
        emetteurId: ctx.actor.userId,
        niveau: input.niveau,
        latitude: input.latitude,
        longitude: input.longitude,
        message: input.message,
        territoireId: onShift.get(ctx.actor.userId) ?? null,
        enService: [...onShift.keys()].filter((id) => id !== ctx.actor.userId),
        createdAt: now,
      })
      .onConflictDoNothing({ target: alertes.id })
      .returning({ id: alertes.id });
    const a = await one(tx, ctx.actor.structureId, input.id);
    if (!a || a.row.emetteurId !== ctx.actor.userId) throw conflict('Cet identifiant est déjà utilisé.');
    if (inserted.length) {
      await auditChange(tx, ctx, 'create', 'alerte', input.id, {
        after: { niveau: input.niveau, position: input.latitude !== null },
      });
    }
    return inserted.length > 0;
  });
  const view = await publish(bus, ctx.db, ctx.actor.structureId, input.id);
  return { created, view };
}

async function change(
  ctx: ServiceContext,
  bus: Bus,
  id: string,
  check: (row: AlerteRow) => string | null,
  set: Partial<typeof alertes.$inferInsert>,
  statut: AlerteStatut,
): Promise<AlerteView> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(alertes)
      .where(and(eq(alertes.structureId, ctx.actor.structureId), eq(alertes.id, id)))
      .for('update');
    if (!row || !recoitAlerte(ctx.actor, diffusionOf(row))) throw notFound('Alerte');
    const problem = check(row);
    if (problem) throw conflict(problem);
    await tx
      .update(alertes)
      .set({ ...set, statut })
      .where(eq(alertes.id, id));
    await auditChange(tx, ctx, 'update', 'alerte', id, { before: { statut: row.statut }, after: { statut } });
  });
  return publish(bus, ctx.db, ctx.actor.structureId, id);
}

/** Takes an alert in charge: its sender sees who did. */
export const prendreEnCharge = (ctx: ServiceContext, bus: Bus, id: string) =>
  change(
    ctx,
    bus,
    id,
    (row) => priseEnChargeProblem(ctx.actor, diffusionOf(row), row.statut as AlerteStatut),
    { priseEnChargePar: ctx.actor.userId, priseEnChargeAt: ctx.now() },
    'prise_en_charge',
  );

/** Closes an alert with its debrief. */
export const cloturer = (ctx: ServiceContext, bus: Bus, id: string, input: AlerteCloture) =>
  change(
    ctx,
    bus,
    id,
    (row) =>
      clotureProblem(ctx.actor, {
        emetteurId: row.emetteurId,
        priseEnChargePar: row.priseEnChargePar,
        statut: row.statut as AlerteStatut,
      }),
    { cloturePar: ctx.actor.userId, clotureAt: ctx.now(), ...input },
    'close',
  );

/** The open alerts of the last day that reach the reader: a stream replays them on (re)connect. */
export async function alertesOuvertes(
  ctx: Pick<ServiceContext, 'db' | 'actor' | 'now'>,
): Promise<AlerteView[]> {
  if (!canFollowAlertes(ctx.actor)) throw forbidden();
  const since = new Date(ctx.now().getTime() - JOUR);
  const list = await loadAlertes(ctx.db, ouvertesRecentes(ctx.actor.structureId, since));
  return list.filter((a) => recoitAlerte(ctx.actor, diffusionOf(a.row))).map((a) => a.view);
}

/** Alerts nobody took in charge for 2 minutes: claimed once among instances, then said again to everyone. */
export async function relancerAlertes(db: DbOrTx, bus: Bus, now: Date, delayMs: number) {
  const due: SQL = and(
    eq(alertes.statut, 'active'),
    lt(alertes.createdAt, new Date(now.getTime() - delayMs)),
  )!;
  const claimed = await db
    .update(alertes)
    .set({ relanceAt: now })
    .where(and(due, isNull(alertes.relanceAt), gte(alertes.createdAt, new Date(now.getTime() - JOUR))))
    .returning({ id: alertes.id, structureId: alertes.structureId });
  for (const c of claimed) await publish(bus, db, c.structureId, c.id);
  return claimed;
}
