import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
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
