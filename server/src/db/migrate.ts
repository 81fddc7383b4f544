import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Arbitrary constant: the advisory lock that serialises migrations across instances. */
const MIGRATION_LOCK = 74_726_173;

/**
 * Applies the committed SQL migrations with the migrator of the driver in use (`folder`: another
 * set, e.g. the first migrations only when a backup restores at its own schema version).
 */
export async function migrateDatabase(database: Database, folder = migrationsFolder): Promise<void> {
  if (database.engine === 'pglite' || !database.pool) {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific type
    await migratePglite(database.db as any, { migrationsFolder: folder });
    return;
  }
  // Several instances may boot together: one migrates, the others wait, then find nothing to do.
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    // A migration may rewrite a large table: no statement bound on this connection meanwhile.
    await client.query('set statement_timeout = 0');
    await migrateNodePg(drizzle(client), { migrationsFolder: folder });
  } finally {
    await client.query('reset statement_timeout').catch(() => {});
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
