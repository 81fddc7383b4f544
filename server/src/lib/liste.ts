/** Server side of the list contract (domain/liste.ts, docs/listes.md): one way to answer a page. */
import { type AnyColumn, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Page, type Pagination, pageOffset } from '../../../domain/liste';
import { addDays, parisInstant } from '../../../domain/time/paris';
import type { DbOrTx } from '../db/client';
import { territories } from '../features/territoires/territoires.table';

/** `count(*)` as an int on both engines (node-postgres returns bigint as a string). */
export const countAll = sql<number>`count(*)::int`;

/**
 * Answers one page: `total` first (counted over the same filter as the rows), then the rows of
 * the page only when the page can hold some, so a walk past the end costs one count.
 * The caller's `rows` must end its ORDER BY with the id so pages never overlap nor skip.
 */
export async function paginer<T>(
  q: Pagination,
  total: () => Promise<Array<{ n: number }>>,
  rows: (page: { limit: number; offset: number }) => Promise<T[]>,
): Promise<Page<T>> {
  const n = (await total())[0]?.n ?? 0;
  const offset = pageOffset(q);
  const items = offset < n ? await rows({ limit: q.parPage, offset }) : [];
  return { items, total: n, page: q.page, parPage: q.parPage };
}

/**
 * One page of the rows of `table` matching `where`, in `orderBy` order (which must end
 * with the id), handed to `present`: the usual list read over a single table.
 */
export function paginerTable<T extends PgTable, R>(
  db: DbOrTx,
  q: Pagination,
  table: T,
  where: SQL | undefined,
  orderBy: SQL[],
  present: (rows: T['$inferSelect'][]) => R[] | Promise<R[]>,
): Promise<Page<R>> {
  return paginer(
    q,
    () =>
      db
        .select({ n: countAll })
        .from(table as PgTable)
        .where(where),
    async ({ limit, offset }) =>
      present(
        (await db
          .select()
          .from(table as PgTable)
          .where(where)
          .orderBy(...orderBy)
          .limit(limit)
          .offset(offset)) as T['$inferSelect'][],
      ),
  );
}

/** Pages an array already bounded in memory (a list whose rows are computed in code). */
export function paginerTableau<T>(q: Pagination, all: readonly T[]): Page<T> {
  const offset = pageOffset(q);
  return {
    items: all.slice(offset, offset + q.parPage),
    total: all.length,
    page: q.page,
    parPage: q.parPage,
  };
}

/** `%words%` for ILIKE, with the user's own `%`, `_` and `\` taken literally. */
export const likePattern = (words: string): string => `%${words.replace(/[%_\\]/g, '\\$&')}%`;

/** `column` (a territory id) is the territory of QPV `code` in the same structure (a QPV filter). */
export const inQpv = (column: AnyColumn, structureId: string, code: string): SQL =>
  sql`${column} in (select t.id from ${territories} t where t.structure_id = ${structureId} and t.qpv_code = ${code})`;

/**
 * `column` (an instant) within the Paris days `du`..`au`, both optional and both included:
 * `au` counts up to its last minute. Returns the filters to push (none, one or two).
 */
export function inParisDays(column: AnyColumn, periode: { du?: string | null; au?: string | null }): SQL[] {
  const f: SQL[] = [];
  if (periode.du) f.push(gte(column, parisInstant(periode.du)));
  if (periode.au) f.push(lt(column, parisInstant(addDays(periode.au, 1))));
  return f;
}
