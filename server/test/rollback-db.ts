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
   * would then have answered 409 instead of the probe's status).
   */
  async function rolledBack<T>(
    probe: () => Promise<T>,
    inside?: (result: T) => Promise<void>,
  ): Promise<{ value: T; commitFails: boolean }> {
    let value: T | undefined;
    let commitFails = false;
    try {
      await root.transaction(async (tx) => {
        current = tx;
        try {
          value = await probe();
          if (inside) await inside(value);
        } finally {
          current = root;
        }
        try {
          await tx.execute(sql`set constraints all immediate`);
        } catch {
          commitFails = true;
        }
        tx.rollback();
      });
    } catch (err) {
      if (!(err instanceof TransactionRollbackError)) throw err;
    }
    return { value: value as T, commitFails };
  }

  return { db, rolledBack, root };
}

/** Tables that change on refused requests by design: login failure counters, sessions. */
const IGNORED_TABLES = new Set(['login_failures', 'sessions']);
/** Columns that change on any request by design. */
const IGNORED_COLUMNS: Record<string, string[]> = { api_tokens: ['last_used_at'] };

/**
 * A cheap fingerprint of the whole database: per table, the row count and the sum of a hash of
 * every row. A refused request must leave it unchanged.
 */
export async function fingerprint(db: DbOrTx): Promise<Record<string, string>> {
  const tables = (await db.execute(
    sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows: Array<{ t: string }> };
  const names = tables.rows.map((r) => r.t).filter((t) => !IGNORED_TABLES.has(t));
  const parts = names.map((t) => {
    const drop = (IGNORED_COLUMNS[t] ?? []).map((c) => `'${c}'`).join(',');
    const row = drop ? `(to_jsonb(x) - array[${drop}]::text[])` : 'to_jsonb(x)';
    return `select '${t}' as t, count(*)::text || ':' || coalesce(sum(hashtext(${row}::text)::bigint), 0)::text as f from "${t}" x`;
  });
  const res = (await db.execute(sql.raw(parts.join(' union all ')))) as unknown as {
    rows: Array<{ t: string; f: string }>;
  };
  return Object.fromEntries(res.rows.map((r) => [r.t, r.f]));
}

/** The tables whose fingerprint differs. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]);
