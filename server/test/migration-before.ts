/** Testing a migration on rows written before it: a database migrated up to it, then the rest. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type Database, openMemoryPglite } from '../src/db/client';
import { migrationsFolder } from '../src/db/migrate';
import { openThrowawayPostgres } from './test-db';

/** An empty database of the engine under test (PGlite, or PostgreSQL when TEST_DATABASE_URL is set). */
export async function openEmpty(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openMemoryPglite();
  return openThrowawayPostgres(url, 'trame_mig');
}

export async function migrateWith(database: Database, folder: string) {
  if (database.engine === 'pglite' || !database.pool) {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific type
    await migratePglite(database.db as any, { migrationsFolder: folder });
  } else {
    await migrateNodePg(drizzle(database.pool), { migrationsFolder: folder });
  }
}

/**
 * An empty database migrated up to, not including, the migration tagged `…tag`; `finish()` runs
 * the rest (that one included), `close()` drops everything.
 */
export async function migratedBefore(tag: string) {
  const before = mkdtempSync(path.join(tmpdir(), 'trame-mig-'));
  cpSync(migrationsFolder, before, { recursive: true });
  const journalFile = path.join(before, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag.endsWith(tag));
  if (at <= 0) throw new Error(`no migration tagged …${tag} after the first`);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalFile, JSON.stringify(journal));
  const database = await openEmpty();
  await migrateWith(database, before);
  return {
    database,
    finish: () => migrateWith(database, migrationsFolder),
    close: async () => {
      await database.close();
      rmSync(before, { recursive: true, force: true });
    },
  };
}
