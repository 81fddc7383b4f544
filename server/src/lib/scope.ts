import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Actor, isStaff } from '../../../domain/auth/roles';
import { validationFailed } from '../../../domain/errors';
import type { DbOrTx } from '../db/client';

type ScopedTable = PgTable & { id: AnyPgColumn; structureId: AnyPgColumn };

/**
 * Checks that every id refers to a row of `table` in the structure; answers a 400 naming the
 * field otherwise, so an id from another structure can never be attached.
 */
export async function assertIdsInStructure(
  db: DbOrTx,
  table: ScopedTable,
  ids: readonly string[],
  structureId: string,
  champ: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(eq(table.structureId, structureId), inArray(table.id, unique)));
  if ((row?.n ?? 0) !== unique.length) {
    throw validationFailed(`Référence inconnue dans votre structure (${champ}).`, [
      { champ, message: 'Élément inconnu dans votre structure.' },
    ]);
  }
}

/** Postgres unique violation, whichever driver raised it. */
export const isUniqueViolation = (err: unknown): boolean => {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
};

/** `column IN (ids)`, and a false condition for an empty list: never a magic id that matches nothing. */
export const inIds = (column: AnyPgColumn, ids: readonly string[]): SQL =>
  ids.length > 0 ? inArray(column, [...ids]) : sql`false`;

/** The territories an actor covers, on `column`: undefined (no filter) when they cover them all. */
export const coveredTerritories = (
  actor: Pick<Actor, 'territoryIds'>,
  column: AnyPgColumn,
): SQL | undefined => (actor.territoryIds === null ? undefined : inIds(column, actor.territoryIds));

/**
 * The one tenant-scope rule (ADR 002): a row is the actor's when it belongs to their structure
 * and, for staff, to a territory they cover. A partner, where the table says which partner a row
 * is addressed to (`partnerId`), sees only what is addressed to their organisation; a partner
 * account without an organisation sees nothing.
 */
export function tenantScope(
  actor: Actor,
  columns: { structureId: AnyPgColumn; territoryId: AnyPgColumn; partnerId?: AnyPgColumn },
): SQL {
  const inStructure = eq(columns.structureId, actor.structureId);
  if (columns.partnerId && !isStaff(actor)) {
    return and(inStructure, actor.partnerId ? eq(columns.partnerId, actor.partnerId) : sql`false`)!;
  }
  return and(inStructure, coveredTerritories(actor, columns.territoryId))!;
}
