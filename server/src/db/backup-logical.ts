import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from './client';

/**
 * The logical export: every table of the `public` schema as JSON lines, parents before children.
 * Each row is PostgreSQL's own `row_to_json`, read back by `json_populate_recordset`, so every
 * type round-trips through its own text form (bytea as `\x…` hex: photos byte for byte).
 * Engine-neutral: it runs on PGlite and on PostgreSQL alike.
 */

const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

/** The rows of a raw query, whichever driver runs it. */
export async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The tables of `public`, each after the tables its foreign keys point at. */
export async function tablesInDependencyOrder(db: DbOrTx): Promise<string[]> {
  const tables = (
    await rows<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public'`)
  )
    .map((t) => t.name)
    .sort();
  const edges = await rows<{ child: string; parent: string }>(
    db,
    sql`select c.relname as child, p.relname as parent from pg_constraint k
        join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (seen.has(t) || path.has(t)) return; // a cycle: deferred keys check it at commit
    path.add(t);
    for (const p of parents.get(t) ?? []) visit(p, path);
    path.delete(t);
    seen.add(t);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

/** Rows per table. */
export async function countRows(db: DbOrTx, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    out[t] = (await rows<{ n: number }>(db, sql`select count(*)::int as n from ${ident(t)}`))[0]!.n;
  }
  return out;
}

/** True when any table of `public` holds a row. */
export async function hasRows(db: DbOrTx): Promise<boolean> {
  for (const t of await tablesInDependencyOrder(db)) {
    const r = await rows<{ x: boolean }>(db, sql`select exists (select 1 from ${ident(t)}) as x`);
    if (r[0]?.x) return true;
  }
  return false;
}

/** Writes the gzipped JSON lines of every table to `out`, appended after the header bytes. */
export async function exportLogical(
  db: DbOrTx,
  tables: string[],
  out: string,
  header: Buffer,
): Promise<void> {
  const file = createWriteStream(out);
  file.write(header);
  const gz = createGzip();
  gz.pipe(file);
  const write = async (line: string) => {
    if (!gz.write(`${line}\n`)) await once(gz, 'drain');
  };
  for (const table of tables) {
    await write(JSON.stringify({ table }));
    // Keyset on the physical row address: constant cost per batch, no OFFSET over the table.
    let after = '(0,0)';
    for (;;) {
      const batch = await rows<{ c: string; j: string }>(
        db,
        sql`select ctid::text as c, row_to_json(t)::text as j from ${ident(table)} t
            where ctid > ${after}::tid order by ctid limit ${BATCH_ROWS}`,
      );
      for (const r of batch) await write(r.j);
      if (batch.length < BATCH_ROWS) break;
      after = batch.at(-1)!.c;
    }
  }
  gz.end();
  await finished(file);
}

/**
 * Loads the JSON lines into tables that exist and are empty, in one transaction: the tables'
 * own triggers are off during the load (the rows already hold what they computed), deferred
 * keys are checked at commit, and sequences resume after the highest restored value.
 */
export async function importLogical(db: DbOrTx, payload: Readable): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set constraints all deferred`);
    const tables = await tablesInDependencyOrder(tx);
    for (const t of tables) await tx.execute(sql`alter table ${ident(t)} disable trigger user`);
    // Made only now: readline drops the lines it reads before the loop below asks for them.
    const lines = createInterface({
      input: payload.pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let table: string | null = null;
    let batch: string[] = [];
    let bytes = 0;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await tx.execute(
        sql`insert into ${ident(table)} select * from json_populate_recordset(null::${ident(table)}, ${`[${batch.join(',')}]`}::json)`,
      );
      batch = [];
      bytes = 0;
    };
    for await (const line of lines) {
      if (!line) continue;
      if (line.startsWith('{"table":')) {
        await flush();
        table = (JSON.parse(line) as { table: string }).table;
        if (!tables.includes(table))
          throw new Error(`table ${table} of the backup is missing in the database`);
        continue;
      }
      batch.push(line);
      bytes += line.length;
      if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
    }
    await flush();
    // Every row is in: check the deferred keys now (ALTER TABLE refuses pending checks).
    await tx.execute(sql`set constraints all immediate`);
    for (const t of tables) await tx.execute(sql`alter table ${ident(t)} enable trigger user`);
    await resetSequences(tx);
  });
}

/** Every serial column's sequence continues after the highest value restored. */
async function resetSequences(db: DbOrTx): Promise<void> {
  const cols = await rows<{ t: string; c: string }>(
    db,
    sql`select table_name as t, column_name as c from information_schema.columns
        where table_schema = 'public' and column_default like 'nextval(%'`,
  );
  for (const { t, c } of cols) {
    await db.execute(
      sql`select setval(pg_get_serial_sequence(${`"${t}"`}, ${c}), coalesce(max(${ident(c)}), 0) + 1, false) from ${ident(t)}`,
    );
  }
}
