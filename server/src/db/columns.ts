/**
 * Column builders that every table repeats: the tenant column, references, instants and the
 * created/updated stamps. They build exactly the columns written by hand before (drizzle-kit
 * generates no migration for the change).
 */
import { getTableColumns } from 'drizzle-orm';
import { type AnyPgColumn, customType, type PgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { structures } from '../features/structures/structures.table';

type OnDelete = 'cascade' | 'set null' | 'no action' | 'restrict';

/** A uuid column referencing another table's column (its id). */
export const ref = <N extends string>(name: N, target: () => AnyPgColumn, onDelete: OnDelete) =>
  uuid(name).references(target, { onDelete });

/** The tenant column: the row's structure, deleted with it. */
export const structureId = () => ref('structure_id', () => structures.id, 'cascade').notNull();

/** An instant (timestamptz). */
export const instant = <N extends string>(name: N) => timestamp(name, { withTimezone: true });

/** When the row was created. */
export const createdAt = () => instant('created_at').notNull().defaultNow();

/** When the row was created and last changed. */
export const stamps = () => ({
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** Raw bytes (a photo), read back as a Buffer whichever driver answers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** A table's columns but its file bytes (`data`): what lists and checks select, never the file. */
export function columnsWithoutData<T extends PgTable & { data: AnyPgColumn }>(table: T) {
  const { data: _data, ...rest } = getTableColumns(table);
  return rest as Omit<T['_']['columns'], 'data'>;
}
