import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './lock';
import { freshPgliteTemplate } from './pglite-template';
import * as schema from './schema';

export type Schema = typeof schema;
/** The Drizzle handle, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A database handle or an open transaction: services accept either. */
export type DbOrTx = Db | Tx;

export type Engine = 'pglite' | 'postgresql';

export interface Database {
  db: Db;
  engine: Engine;
  /** PostgreSQL only: the pool, for work that needs one connection (advisory locks). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

/**
 * Opens PGlite on a data folder, after taking its exclusive lock. A new folder starts from the
 * migrated template made at `npm install` when there is a fresh one (pglite-template.ts).
 */
export async function openPglite(dataDir: string, opts: { loadDataDir?: Blob } = {}): Promise<Database> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lock: DataDirLock = acquireDataDirLock(dir);
  try {
    const pgDir = path.join(dir, 'pg');
    const isNew = !existsSync(path.join(pgDir, 'PG_VERSION'));
    const loadDataDir = opts.loadDataDir ?? (isNew ? freshPgliteTemplate() : undefined);
    const client = await PGlite.create({ dataDir: pgDir, loadDataDir });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      engine: 'pglite',
      async close() {
        await client.close();
        lock.release();
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

/** An in-memory PGlite (tests), optionally restored from a dump of a migrated database. */
export async function openMemoryPglite(loadDataDir?: Blob): Promise<Database & { client: PGlite }> {
  const client = await PGlite.create({ loadDataDir });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, engine: 'pglite', client, close: () => client.close() };
}

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A failed idle client must not crash the process; the next query reports it.
  pool.on('error', () => {});
  await pool.query('select 1');
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return { db, engine: 'postgresql', pool, close: () => pool.end() };
}

/** The database the environment points at: PostgreSQL when DATABASE_URL is set, else PGlite. */
export const openDatabase = (env: { DATABASE_URL?: string; TRAME_DATA_DIR: string }) =>
  env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.TRAME_DATA_DIR);
