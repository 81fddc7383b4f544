import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { coversTerritory } from '../../../../domain/auth/roles';
import { notFound, validationFailed } from '../../../../domain/errors';
import type { Page } from '../../../../domain/liste';
import type {
  DiagnosticCreateInput,
  DiagnosticListQuery,
  DiagnosticView,
  SignalementView,
} from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { diagnostics, partners, signalements, territories } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { inQpv, paginerTable } from '../../lib/liste';
import { assertIdsInStructure } from '../../lib/scope';
import { territoryScope } from '../territoires';
import { signalementViews } from './signalements.load';
import { signalementScope } from './signalements.read';

type Row = typeof diagnostics.$inferSelect;

async function present(db: DbOrTx, rows: Row[]): Promise<DiagnosticView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const counts = await db
    .select({ id: signalements.diagnosticId, n: sql<number>`count(*)::int` })
    .from(signalements)
    .where(inArray(signalements.diagnosticId, ids))
    .groupBy(signalements.diagnosticId);
  const partnerIds = [...new Set(rows.flatMap((r) => r.partnerIds))];
  const names = partnerIds.length
    ? await db
        .select({ id: partners.id, nom: partners.nom })
        .from(partners)
        .where(inArray(partners.id, partnerIds))
    : [];
  return rows.map((r) => ({
    id: r.id,
    territoireId: r.territoryId,
    date: r.date,
    titre: r.titre,
    nbHabitants: r.nbHabitants,
    partenaires: r.partnerIds.map((id) => ({ id, nom: names.find((n) => n.id === id)?.nom ?? '—' })),
    nbSignalements: counts.find((c) => c.id === r.id)?.n ?? 0,
  }));
}

const scope = (ctx: ServiceContext) =>
  and(
    eq(diagnostics.structureId, ctx.actor.structureId),
    inArray(
      diagnostics.territoryId,
      ctx.db.select({ id: territories.id }).from(territories).where(territoryScope(ctx.actor)),
    ),
  );

/** Walks on the actor's territories, latest first (then id); filters by territory, QPV and day. */
export async function listDiagnostics(
  ctx: ServiceContext,
  q: DiagnosticListQuery,
): Promise<Page<DiagnosticView>> {
  const f: SQL[] = [scope(ctx)!];
  if (q.territoireId) f.push(eq(diagnostics.territoryId, q.territoireId));
  if (q.qpv) f.push(inQpv(diagnostics.territoryId, ctx.actor.structureId, q.qpv));
  if (q.du) f.push(gte(diagnostics.date, q.du));
  if (q.au) f.push(lte(diagnostics.date, q.au));
  const where = and(...f);
  return paginerTable(
    ctx.db,
    q,
    diagnostics,
    where,
    [desc(diagnostics.date), desc(diagnostics.createdAt), desc(diagnostics.id)],
    (rows) => present(ctx.db, rows),
  );
}

/** A walk, once per client id; its partners must belong to the structure. */
export async function createDiagnostic(
  ctx: ServiceContext,
  input: DiagnosticCreateInput,
): Promise<DiagnosticView> {
  const sid = ctx.actor.structureId;
  if (!coversTerritory(ctx.actor, input.territoireId))
    throw validationFailed('Territoire hors de vos territoires (territoireId).', [
      { champ: 'territoireId', message: 'Territoire inconnu dans vos territoires.' },
    ]);
  return ctx.db.transaction(async (tx) => {
    await assertIdsInStructure(tx, territories, [input.territoireId], sid, 'territoireId');
    await assertIdsInStructure(tx, partners, input.partenaireIds, sid, 'partenaireIds');
    const [row] = await tx
      .insert(diagnostics)
      .values({
        id: input.id,
        structureId: sid,
        territoryId: input.territoireId,
        date: input.date,
        titre: input.titre,
        nbHabitants: input.nbHabitants,
        partnerIds: [...new Set(input.partenaireIds)],
        createdAt: ctx.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (row) await auditChange(tx, ctx, 'create', 'diagnostic', row.id, { after: { ...input } });
    const [saved] = await tx
      .select()
      .from(diagnostics)
      .where(and(eq(diagnostics.id, input.id), eq(diagnostics.structureId, sid)));
    if (!saved) throw notFound('Diagnostic en marchant');
    return (await present(tx, [saved]))[0]!;
  });
}

export async function getDiagnostic(
  ctx: ServiceContext,
  id: string,
): Promise<{ diagnostic: DiagnosticView; signalements: SignalementView[] }> {
  const [row] = await ctx.db
    .select()
    .from(diagnostics)
    .where(and(eq(diagnostics.id, id), scope(ctx)));
  if (!row) throw notFound('Diagnostic en marchant');
  const rows = await ctx.db
    .select()
    .from(signalements)
    .where(and(eq(signalements.diagnosticId, id), signalementScope(ctx.actor)))
    .orderBy(asc(signalements.observedAt));
  return {
    diagnostic: (await present(ctx.db, [row]))[0]!,
    signalements: await signalementViews(ctx.db, rows),
  };
}
