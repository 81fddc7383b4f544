/**
 * Conventions (funders' agreements): list, read, and writes that replace the perimeter and the
 * objectives, each write one transaction with its audit row. Scoped by the actor's structure.
 */
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, type SQL } from 'drizzle-orm';
import type {
  ConventionCreateInput,
  ConventionListQuery,
  ConventionView,
} from '../../../../domain/conventions/convention.schema';
import { notFound } from '../../../../domain/errors';
import type { Page } from '../../../../domain/liste';
import { parisDate } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import {
  conventionLieux,
  conventionObjectifs,
  conventions,
  conventionTerritoires,
  partners,
  places,
  territories,
} from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { countAll, likePattern, paginer } from '../../lib/liste';
import { assertIdsInStructure } from '../../lib/scope';
import { type ConventionRow, presentConvention } from './conventions.presenter';

async function present(db: DbOrTx, rows: ConventionRow[]): Promise<ConventionView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const funders = await db
    .select({ id: partners.id, nom: partners.nom })
    .from(partners)
    .where(inArray(partners.id, [...new Set(rows.map((r) => r.partnerId))]));
  const terr = await db
    .select({
      conventionId: conventionTerritoires.conventionId,
      id: territories.id,
      qpvCode: territories.qpvCode,
      nom: territories.nom,
    })
    .from(conventionTerritoires)
    .innerJoin(territories, eq(territories.id, conventionTerritoires.territoryId))
    .where(inArray(conventionTerritoires.conventionId, ids));
  const lieux = await db
    .select({
      conventionId: conventionLieux.conventionId,
      id: places.id,
      nom: places.nom,
      kind: places.kind,
      territoireId: places.territoryId,
    })
    .from(conventionLieux)
    .innerJoin(places, eq(places.id, conventionLieux.placeId))
    .where(inArray(conventionLieux.conventionId, ids));
  const objectifs = await db
    .select()
    .from(conventionObjectifs)
    .where(inArray(conventionObjectifs.conventionId, ids));
  const of = <T extends { conventionId: string }>(list: T[], id: string) =>
    list.filter((x) => x.conventionId === id).map(({ conventionId: _, ...rest }) => rest);
  return rows.map((r) =>
    presentConvention(r, {
      partenaire: funders.find((f) => f.id === r.partnerId) ?? { id: r.partnerId, nom: '' },
      territoires: of(terr, r.id),
      lieux: of(lieux, r.id),
      objectifs: of(objectifs, r.id),
    }),
  );
}

/** Conventions of the structure, by name, reference or funder; by funder; overlapping a year. */
/** Conventions of the structure, latest start first (then name, then id), with their figures. */
export async function listConventions(
  ctx: ServiceContext,
  q: ConventionListQuery,
): Promise<Page<ConventionView>> {
  const filters: SQL[] = [eq(conventions.structureId, ctx.actor.structureId)];
  if (q.partenaireId) filters.push(eq(conventions.partnerId, q.partenaireId));
  if (q.annee) {
    filters.push(lte(conventions.du, `${q.annee}-12-31`), gte(conventions.au, `${q.annee}-01-01`));
  }
  if (q.enCours === 'true') {
    const today = parisDate(ctx.now());
    filters.push(lte(conventions.du, today), gte(conventions.au, today));
  }
  if (q.q) {
    const text = likePattern(q.q);
    filters.push(
      or(ilike(conventions.nom, text), ilike(conventions.reference, text), ilike(partners.nom, text))!,
    );
  }
  const where = and(...filters);
  return paginer(
    q,
    () =>
      ctx.db
        .select({ n: countAll })
        .from(conventions)
        .innerJoin(partners, eq(partners.id, conventions.partnerId))
        .where(where),
    async ({ limit, offset }) => {
      const rows = await ctx.db
        .select({ c: conventions })
        .from(conventions)
        .innerJoin(partners, eq(partners.id, conventions.partnerId))
        .where(where)
        .orderBy(desc(conventions.du), asc(conventions.nom), asc(conventions.id))
        .limit(limit)
        .offset(offset);
      return present(
        ctx.db,
        rows.map((r) => r.c),
      );
    },
  );
}

/**
 * The convention row of the actor's structure, or 404. A write locks it first (FOR UPDATE), so
 * that concurrent writes of one convention run one after the other: each audit row's `before`
 * is the state it replaced, and a write after a delete answers 404.
 */
async function getRow(db: DbOrTx, ctx: ServiceContext, id: string, lock = false): Promise<ConventionRow> {
  const query = db
    .select()
    .from(conventions)
    .where(and(eq(conventions.id, id), eq(conventions.structureId, ctx.actor.structureId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Convention');
  return row;
}

/** One convention of the structure; 404 for an id of another structure. */
export async function getConvention(ctx: ServiceContext, id: string): Promise<ConventionView> {
  const [view] = await present(ctx.db, [await getRow(ctx.db, ctx, id)]);
  return view!;
}

/** Every reference must be of the actor's structure: else a 400 naming the field. */
async function assertReferences(tx: DbOrTx, ctx: ServiceContext, input: ConventionCreateInput) {
  const s = ctx.actor.structureId;
  await assertIdsInStructure(tx, partners, [input.partenaireId], s, 'partenaireId');
  await assertIdsInStructure(tx, territories, input.territoireIds, s, 'territoireIds');
  await assertIdsInStructure(tx, places, input.lieuIds, s, 'lieuIds');
}

async function writeChildren(
  tx: DbOrTx,
  ctx: ServiceContext,
  conventionId: string,
  input: ConventionCreateInput,
) {
  await tx.delete(conventionTerritoires).where(eq(conventionTerritoires.conventionId, conventionId));
  await tx.delete(conventionLieux).where(eq(conventionLieux.conventionId, conventionId));
  await tx.delete(conventionObjectifs).where(eq(conventionObjectifs.conventionId, conventionId));
  const terr = [...new Set(input.territoireIds)];
  if (terr.length) {
    await tx.insert(conventionTerritoires).values(terr.map((territoryId) => ({ conventionId, territoryId })));
  }
  const lieux = [...new Set(input.lieuIds)];
  if (lieux.length)
    await tx.insert(conventionLieux).values(lieux.map((placeId) => ({ conventionId, placeId })));
  if (input.objectifs.length) {
    await tx
      .insert(conventionObjectifs)
      .values(input.objectifs.map((o) => ({ ...o, conventionId, structureId: ctx.actor.structureId })));
  }
}

const fields = (input: ConventionCreateInput) => ({
  partnerId: input.partenaireId,
  nom: input.nom,
  reference: input.reference,
  du: input.du,
  au: input.au,
  commentaire: input.commentaire,
});

/** Creates a convention with its perimeter and objectives. */
export async function createConvention(
  ctx: ServiceContext,
  input: ConventionCreateInput,
): Promise<ConventionView> {
  return ctx.db.transaction(async (tx) => {
    await assertReferences(tx, ctx, input);
    const [row] = await tx
      .insert(conventions)
      .values({ structureId: ctx.actor.structureId, createdBy: ctx.actor.userId, ...fields(input) })
      .returning();
    await writeChildren(tx, ctx, row!.id, input);
    const [view] = await present(tx, [row!]);
    await auditChange(tx, ctx, 'create', 'convention', row!.id, { before: null, after: { ...view } });
    return view!;
  });
}

/** Replaces a convention, its perimeter and its objectives. */
export async function updateConvention(
  ctx: ServiceContext,
  id: string,
  input: ConventionCreateInput,
): Promise<ConventionView> {
  return ctx.db.transaction(async (tx) => {
    const [before] = await present(tx, [await getRow(tx, ctx, id, true)]);
    await assertReferences(tx, ctx, input);
    const [row] = await tx
      .update(conventions)
      .set({ ...fields(input), updatedAt: ctx.now() })
      .where(eq(conventions.id, id))
      .returning();
    await writeChildren(tx, ctx, id, input);
    const [view] = await present(tx, [row!]);
    await auditChange(tx, ctx, 'update', 'convention', id, { before: { ...before }, after: { ...view } });
    return view!;
  });
}

/** Deletes a convention (its perimeter and objectives go with it); the activities stay. */
export async function deleteConvention(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [before] = await present(tx, [await getRow(tx, ctx, id, true)]);
    await tx.delete(conventions).where(eq(conventions.id, id));
    await auditChange(tx, ctx, 'delete', 'convention', id, { before: { ...before }, after: null });
  });
}
