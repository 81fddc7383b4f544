import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, PgliteSession } from 'drizzle-orm/pglite';
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

/** PostgreSQL's type id of `bytea`. */
const BYTEA_OID = 17;

/**
 * How PGlite turns bytea into text and back. Its own converters go byte by byte in JavaScript:
 * 70 ms to send a 200 kB photo and 19 ms to read it back; Node's hex codec takes a few ms (ADR
 * 036's addendum). The format is bytea's hex text, `\x` then two digits a byte, as before.
 */
export const PGLITE_TYPES = {
  serializers: {
    [BYTEA_OID]: (v: unknown) => {
      if (!(v instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
      return `\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}`;
    },
  },
  parsers: { [BYTEA_OID]: (text: string) => Buffer.from(text.slice(2), 'hex') },
};

/**
 * Opens PGlite on a data folder, after taking its exclusive lock. A new folder starts from the
 * migrated template made at `npm install` when there is a fresh one (pglite-template.ts).
 */
export async function openPglite(
  dataDir: string,
  opts: { loadDataDir?: Blob } = {},
): Promise<Database & { client: PGlite }> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lock: DataDirLock = acquireDataDirLock(dir);
  try {
    const pgDir = path.join(dir, 'pg');
    const isNew = !existsSync(path.join(pgDir, 'PG_VERSION'));
    const loadDataDir = opts.loadDataDir ?? (isNew ? freshPgliteTemplate() : undefined);
    const client = await PGlite.create({ dataDir: pgDir, loadDataDir, ...PGLITE_TYPES });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      engine: 'pglite',
      client,
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
  const client = await PGlite.create({ loadDataDir, ...PGLITE_TYPES });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, engine: 'pglite', client, close: () => client.close() };
}

/**
 * PostgreSQL: the longest one statement of a request may run before it is cancelled and the
 * request answers 503 (ADR 020). PGlite cannot cancel a statement: bounded queries protect it.
 */
export const STATEMENT_TIMEOUT_MS = 5_000;
/** The bound of one statement of long work (imports), raised inside its transaction. */
export const LONG_STATEMENT_TIMEOUT_MS = 120_000;

/** Raises the statement bound for the rest of the transaction `tx` (no effect on PGlite). */
export async function allowLongStatements(tx: DbOrTx, ms = LONG_STATEMENT_TIMEOUT_MS): Promise<void> {
  await tx.execute(sql.raw(`set local statement_timeout = ${Math.trunc(ms)}`));
}

/** True when the handle (or transaction) runs on PGlite: one connection for the whole process. */
export const isPglite = (db: DbOrTx): boolean =>
  (db as unknown as { session?: unknown }).session instanceof PgliteSession;

/** `statementTimeoutMs: 0` lifts the bound (CLI: demo, migrations, administration). */
export async function openPostgres(
  url: string,
  opts: { statementTimeoutMs?: number } = {},
): Promise<Database> {
  const statementTimeout = opts.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(statementTimeout > 0 ? { statement_timeout: statementTimeout } : {}),
  });
  // A failed idle client must not crash the process; the next query reports it.
  pool.on('error', () => {});
  await pool.query('select 1');
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return { db, engine: 'postgresql', pool, close: () => pool.end() };
}

/** The database the environment points at: PostgreSQL when DATABASE_URL is set, else PGlite. */
export const openDatabase = (
  env: { DATABASE_URL?: string; TRAME_DATA_DIR: string },
  opts: { statementTimeoutMs?: number } = {},
) => (env.DATABASE_URL ? openPostgres(env.DATABASE_URL, opts) : openPglite(env.TRAME_DATA_DIR));
