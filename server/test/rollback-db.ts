import { sql, TransactionRollbackError } from 'drizzle-orm';
import type { Db, DbOrTx } from '../src/db/client';

/**
 * A database handle whose target can be switched to an open transaction: the app is built once
 * on it, and each probe (one access-matrix cell, one fuzz input) runs inside a transaction that
 * is rolled back, so no request sees another's writes whatever the order. The services' own
 * transactions become savepoints. Deferred foreign keys (ADR 010) are checked at the end of the
 * probe with SET CONSTRAINTS ALL IMMEDIATE, as a commit would.
 */
export function rollbackDb(root: Db) {
  let current: DbOrTx = root;
  const db = new Proxy(root, {
    get(_target, key) {
      const value = Reflect.get(current, key, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  }) as Db;

  /**
   * Runs `probe` in a transaction then rolls it back; `inside` runs before the rollback.
   * `commitFails` says whether a commit would have failed on a deferred foreign key (the app
   * would then have answered 409 instead of the probe's status); `aborted`, whether a statement
   * of the request failed outside any savepoint (then `inside` is not run).
   */
  async function rolledBack<T>(
    probe: () => Promise<T>,
    inside?: (result: T) => Promise<void>,
  ): Promise<{ value: T; commitFails: boolean; aborted: boolean }> {
    let value: T | undefined;
    let commitFails = false;
    let aborted = false;
    try {
      await root.transaction(async (tx) => {
        current = tx;
        try {
          value = await probe();
          // A statement of the request failed outside any savepoint: the transaction can run
          // nothing more. Without the probe's transaction that statement would have been alone.
          aborted = !(await tx.execute(sql`select 1`).then(
            () => true,
            () => false,
          ));
          if (inside && !aborted) await inside(value);
        } finally {
          current = root;
        }
        if (!aborted) {
          try {
            await tx.execute(sql`set constraints all immediate`);
          } catch {
            commitFails = true;
          }
        }
        tx.rollback();
      });
    } catch (err) {
      if (!(err instanceof TransactionRollbackError)) throw err;
    }
    return { value: value as T, commitFails, aborted };
  }

  return { db, rolledBack, root };
}

/** Tables that change on refused requests by design: login failure counters, sessions, challenges' attempts. */
const IGNORED_TABLES = new Set(['login_failures', 'sessions', 'login_challenges']);
/** Columns that change on any request by design. */
const IGNORED_COLUMNS: Record<string, string[]> = { api_tokens: ['last_used_at'] };
const WRITES = 'trame_test_writes';

/**
 * Installs, in the throw-away test database, a row trigger on every table that notes the
 * table's name in `trame_test_writes`. The note lives and dies with the write: a write rolled
 * back with its savepoint leaves none, so after a probe the table lists exactly the tables whose
 * rows changed, for the price of one tiny query.
 */
export async function installWriteLog(db: DbOrTx): Promise<void> {
  const tables = (await db.execute(
    sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows: Array<{ t: string }> };
  const statements = [
    `create table if not exists ${WRITES} (tbl text not null)`,
    `create or replace function ${WRITES}_note() returns trigger language plpgsql as $f$ begin insert into ${WRITES} values (TG_TABLE_NAME); return null; end $f$`,
  ];
  for (const { t } of tables.rows) {
    if (IGNORED_TABLES.has(t) || t === WRITES) continue;
    const ignored = IGNORED_COLUMNS[t];
    const note = `execute function ${WRITES}_note()`;
    if (!ignored) {
      statements.push(
        `create trigger ${WRITES} after insert or update or delete on "${t}" for each row ${note}`,
      );
      continue;
    }
    const minus = `- array[${ignored.map((c) => `'${c}'`).join(',')}]::text[]`;
    statements.push(
      `create trigger ${WRITES} after insert or delete on "${t}" for each row ${note}`,
      `create trigger ${WRITES}_upd after update on "${t}" for each row when ((to_jsonb(old) ${minus}) is distinct from (to_jsonb(new) ${minus})) ${note}`,
    );
  }
  for (const statement of statements) await db.execute(sql.raw(statement));
}

/** The tables whose rows changed in the current transaction (see installWriteLog). */
export async function changedTables(db: DbOrTx): Promise<string[]> {
  const res = (await db.execute(sql.raw(`select distinct tbl from ${WRITES} order by 1`))) as unknown as {
    rows: Array<{ tbl: string }>;
  };
  return res.rows.map((r) => r.tbl);
}
