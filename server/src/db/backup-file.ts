import { createReadStream, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { rows } from './backup-logical';
import type { DbOrTx, Engine } from './client';
import { migrationsFolder } from './migrate';

/**
 * A Trame backup file: a first line `TRAME-BACKUP 1`, a second line of JSON saying what the
 * payload is and which schema it was taken at, then the payload (ADR 018).
 */
const MAGIC = 'TRAME-BACKUP 1';
const HEADER_MAX = 1024 * 1024;

export type BackupFormat = 'pglite-datadir' | 'pg-dump-custom' | 'logical-json';

export interface SchemaVersion {
  /** The last applied migration's tag, e.g. `0009_rapports_sections_indexes`. */
  tag: string | null;
  /** Its timestamp in the migrations journal: the order drizzle applies migrations in. */
  when: number;
  /** How many migrations were applied. */
  count: number;
}

export interface BackupHeader {
  format: BackupFormat;
  engine: Engine;
  schema: SchemaVersion;
  createdAt: string;
  /** Rows per table at backup time; restore checks it got the same. */
  rows?: Record<string, number>;
  /** PostgreSQL server version, pg_dump's version (pg-dump-custom only). */
  serverVersion?: string;
  pgDumpVersion?: string;
}

export class BackupError extends Error {}

export interface JournalEntry {
  tag: string;
  when: number;
}

/** The migrations this code knows, in the order they apply. */
export function knownMigrations(folder = migrationsFolder): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries.map((e) => ({ tag: e.tag, when: e.when }));
}

/** The schema version of a database: its last applied migration (none: an empty database). */
export async function schemaVersionOf(db: DbOrTx): Promise<SchemaVersion> {
  const [exists] = await rows<{ t: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!exists?.t) return { tag: null, when: 0, count: 0 };
  const [last] = await rows<{ last: string | number | null; n: number }>(
    db,
    sql`select max(created_at) as last, count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  const when = Number(last?.last ?? 0);
  const tag = knownMigrations().find((m) => m.when === when)?.tag ?? null;
  return { tag, when, count: Number(last?.n ?? 0) };
}

/** Refuses a backup taken at a schema this code does not know (a newer Trame). */
export function checkSchemaKnown(schema: SchemaVersion): void {
  const known = knownMigrations();
  const latest = known.at(-1);
  if (schema.when === 0 || known.some((m) => m.when === schema.when)) return;
  throw new BackupError(
    `Cette sauvegarde vient d’une version plus récente de Trame (schéma ${schema.tag ?? schema.when}, ` +
      `${schema.count} migrations) ; cette installation ne connaît le schéma que jusqu’à ` +
      `${latest?.tag ?? 'aucun'} (${known.length} migrations). Mettez Trame à jour, puis restaurez. ` +
      '/ This backup comes from a newer Trame schema: upgrade Trame first.',
  );
}

/** The bytes that start a backup file: magic line and header line. */
export const headerBytes = (header: BackupHeader) =>
  Buffer.from(`${MAGIC}\n${JSON.stringify(header)}\n`, 'utf8');

/** Reads a backup file's header, and where its payload starts. */
export async function readBackupHeader(file: string): Promise<{ header: BackupHeader; offset: number }> {
  const handle = await open(file, 'r').catch(() => {
    throw new BackupError(`Fichier de sauvegarde introuvable ou illisible : ${file}`);
  });
  try {
    const buf = Buffer.alloc(HEADER_MAX);
    const { bytesRead } = await handle.read(buf, 0, HEADER_MAX, 0);
    const head = buf.subarray(0, bytesRead);
    const first = head.indexOf(10);
    const second = first < 0 ? -1 : head.indexOf(10, first + 1);
    if (first < 0 || second < 0 || head.subarray(0, first).toString('utf8') !== MAGIC) {
      throw new BackupError(`${file} n’est pas une sauvegarde Trame (en-tête « ${MAGIC} » absent).`);
    }
    const header = JSON.parse(head.subarray(first + 1, second).toString('utf8')) as BackupHeader;
    return { header, offset: second + 1 };
  } finally {
    await handle.close();
  }
}

/** The payload of a backup file, as a stream. */
export const payloadStream = (file: string, offset: number): Readable =>
  createReadStream(file, { start: offset });

/** The payload of a backup file, in memory (PGlite loads its data folder from a Blob). */
export async function payloadBytes(file: string, offset: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of payloadStream(file, offset)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
