import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import {
  BackupError,
  type BackupFormat,
  type BackupHeader,
  checkSchemaKnown,
  headerBytes,
  knownMigrations,
  payloadBytes,
  payloadStream,
  readBackupHeader,
  type SchemaVersion,
  schemaVersionOf,
} from './backup-file';
import {
  countRows,
  exportLogical,
  hasRows,
  importLogical,
  rows,
  tablesInDependencyOrder,
} from './backup-logical';
import { findPgBinary, pgDump, pgRestore } from './backup-pg-dump';
import { type Database, type Db, openPglite, openPostgres, PGLITE_TYPES } from './client';
import { acquireDataDirLock } from './lock';
import { migrateDatabase, migrationsFolder } from './migrate';
import * as schema from './schema';

/** Where the database is: the environment's DATABASE_URL (PostgreSQL) or TRAME_DATA_DIR (PGlite). */
export interface DatabaseTarget {
  DATABASE_URL?: string;
  TRAME_DATA_DIR: string;
}

export interface BackupSummary {
  format: BackupFormat;
  schema: SchemaVersion;
  bytes: number;
  /** Why the logical export was used on PostgreSQL, if it was not asked for. */
  note?: string;
}

export interface RestoreSummary {
  format: BackupFormat;
  schema: SchemaVersion;
  rows?: number;
  /** The previous PGlite folder, kept aside when --force replaced a database that held rows. */
  keptAside?: string;
}

const serverMajor = async (db: Db) =>
  Math.floor(
    Number((await rows<{ v: string }>(db, sql`select current_setting('server_version_num') as v`))[0]!.v) /
      10_000,
  );

/**
 * Writes a backup of the database to `out`. PGlite: a dump of its data folder (the folder's lock
 * is taken, so the server must be stopped). PostgreSQL: `pg_dump --format=custom` when a
 * compatible pg_dump is found, else the logical export. `logical` forces the logical export.
 */
export async function backupDatabase(
  target: DatabaseTarget,
  opts: { out: string; logical?: boolean /** where to look for pg_dump */; pgBinDirs?: string[] },
) {
  const database = target.DATABASE_URL
    ? await openPostgres(target.DATABASE_URL)
    : await openPglite(target.TRAME_DATA_DIR);
  try {
    const base = { engine: database.engine, createdAt: new Date().toISOString() };
    let note: string | undefined;
    if (database.engine === 'postgresql' && !opts.logical) {
      const major = await serverMajor(database.db);
      const bin = findPgBinary('pg_dump', major, opts.pgBinDirs);
      if (bin) {
        const header: BackupHeader = {
          ...base,
          format: 'pg-dump-custom',
          schema: await schemaVersionOf(database.db),
          serverVersion: String(major),
          pgDumpVersion: bin.version,
        };
        writeFileSync(opts.out, headerBytes(header));
        await pgDump(bin.path, target.DATABASE_URL!, opts.out);
        return summary(header, opts.out);
      }
      note = `aucun pg_dump de version ≥ ${major} trouvé (PATH, /usr/lib/postgresql/*/bin) : export logique`;
    }
    if (database.engine === 'pglite' && !opts.logical) {
      const header: BackupHeader = {
        ...base,
        format: 'pglite-datadir',
        schema: await schemaVersionOf(database.db),
        rows: await countRows(database.db, await tablesInDependencyOrder(database.db)),
      };
      const dump = await (database as Database & { client: PGlite }).client.dumpDataDir('gzip');
      writeFileSync(opts.out, Buffer.concat([headerBytes(header), Buffer.from(await dump.arrayBuffer())]));
      return summary(header, opts.out);
    }
    // One snapshot for the counts and every table, while the server may keep writing.
    const header = await database.db.transaction(
      async (tx) => {
        const tables = await tablesInDependencyOrder(tx);
        const h: BackupHeader = {
          ...base,
          format: 'logical-json',
          schema: await schemaVersionOf(tx),
          rows: await countRows(tx, tables),
        };
        await exportLogical(tx, tables, opts.out, headerBytes(h));
        return h;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    return { ...summary(header, opts.out), note };
  } finally {
    await database.close();
  }
}

const summary = (h: BackupHeader, out: string): BackupSummary => ({
  format: h.format,
  schema: h.schema,
  bytes: statSync(out).size,
});

const refuseNonEmpty = () =>
  new BackupError(
    'La base de destination contient déjà des données : la restauration les remplacerait. ' +
      'Ajoutez --force pour les remplacer. / The target database is not empty: add --force to replace it.',
  );

/**
 * Restores a backup file into the environment's database: refuses a file from a newer schema,
 * and a database that holds rows unless `force`. Then applies this code's later migrations,
 * gathers statistics (ANALYZE) and, for the logical export, checks every table's row count.
 */
export async function restoreDatabase(target: DatabaseTarget, opts: { from: string; force?: boolean }) {
  const { header, offset } = await readBackupHeader(opts.from);
  checkSchemaKnown(header.schema);
  if (target.DATABASE_URL) {
    if (header.format === 'pglite-datadir') {
      throw new BackupError(
        'Cette sauvegarde est un dossier PGlite : elle se restaure sans DATABASE_URL (TRAME_DATA_DIR). ' +
          'Pour passer de PGlite à PostgreSQL, sauvegardez avec --logical.',
      );
    }
    return restorePostgres(target.DATABASE_URL, header, opts.from, offset, !!opts.force);
  }
  if (header.format === 'pg-dump-custom') {
    throw new BackupError('Cette sauvegarde pg_dump se restaure sur PostgreSQL : définissez DATABASE_URL.');
  }
  return restorePglite(target.TRAME_DATA_DIR, header, opts.from, offset, !!opts.force);
}

async function restorePostgres(
  url: string,
  header: BackupHeader,
  file: string,
  offset: number,
  force: boolean,
) {
  const database = await openPostgres(url);
  try {
    if ((await hasRows(database.db)) && !force) throw refuseNonEmpty();
    await database.db.execute(sql`drop schema if exists drizzle cascade`);
    await database.db.execute(sql`drop schema if exists public cascade`);
    await database.db.execute(sql`create schema public`);
    if (header.format === 'pg-dump-custom') {
      const major = Math.max(
        await serverMajor(database.db),
        Number.parseInt(header.pgDumpVersion ?? '0', 10),
      );
      const bin = findPgBinary('pg_restore', major);
      if (!bin)
        throw new BackupError(`Aucun pg_restore de version ≥ ${major} trouvé pour lire cette sauvegarde.`);
      await pgRestore(bin.path, url, payloadStream(file, offset));
    } else {
      await migrateTo(database, header.schema);
      await importLogical(database.db, payloadStream(file, offset));
    }
    return await finish(database, header);
  } finally {
    await database.close();
  }
}

async function restorePglite(
  dataDir: string,
  header: BackupHeader,
  file: string,
  offset: number,
  force: boolean,
) {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lock = acquireDataDirLock(dir);
  const pgDir = path.join(dir, 'pg');
  let keptAside: string | undefined;
  try {
    if (existsSync(pgDir) && readdirSync(pgDir).length > 0) {
      const current = await PGlite.create({ dataDir: pgDir, ...PGLITE_TYPES });
      const full = await hasRows(drizzle(current, { schema }) as unknown as Db).finally(() =>
        current.close(),
      );
      if (full && !force) throw refuseNonEmpty();
      if (full) {
        keptAside = `${pgDir}.avant-restauration-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(pgDir, keptAside);
      } else rmSync(pgDir, { recursive: true, force: true });
    }
    const loadDataDir =
      header.format === 'pglite-datadir'
        ? new Blob([new Uint8Array(await payloadBytes(file, offset))])
        : undefined;
    const client = await PGlite.create({ dataDir: pgDir, loadDataDir, ...PGLITE_TYPES });
    const database: Database = {
      db: drizzle(client, { schema }) as unknown as Db,
      engine: 'pglite',
      close: () => client.close(),
    };
    try {
      if (header.format === 'logical-json') {
        await migrateTo(database, header.schema);
        await importLogical(database.db, payloadStream(file, offset));
      }
      return { ...(await finish(database, header)), keptAside };
    } finally {
      await database.close();
    }
  } finally {
    lock.release();
  }
}

/** Applies the migrations up to the backup's schema version only: its rows fit those tables. */
async function migrateTo(database: Database, version: SchemaVersion): Promise<void> {
  const entries = knownMigrations().filter((m) => m.when <= version.when);
  const dir = mkdtempSync(path.join(tmpdir(), 'trame-migrations-'));
  try {
    mkdirSync(path.join(dir, 'meta'));
    const journal = {
      version: '7',
      dialect: 'postgresql',
      entries: entries.map((e, idx) => ({ idx, version: '7', ...e, breakpoints: true })),
    };
    writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
    for (const e of entries)
      copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
    await migrateDatabase(database, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The row counts the backup recorded, then this code's later migrations and statistics. */
async function finish(database: Database, header: BackupHeader): Promise<RestoreSummary> {
  let total: number | undefined;
  if (header.rows) {
    const got = await countRows(database.db, Object.keys(header.rows));
    const wrong = Object.entries(header.rows).filter(([t, n]) => got[t] !== n);
    if (wrong.length) {
      throw new BackupError(
        `Restauration incomplète : ${wrong.map(([t, n]) => `${t} ${got[t]}/${n}`).join(', ')}`,
      );
    }
    total = Object.values(got).reduce((a, b) => a + b, 0);
  }
  await migrateDatabase(database);
  // PGlite runs no autovacuum: without this, the restored database plans its queries blind.
  await database.db.execute(sql`analyze`);
  return { format: header.format, schema: header.schema, rows: total };
}
