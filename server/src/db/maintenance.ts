/**
 * Planner statistics (ADR 020). PostgreSQL's autovacuum keeps them; PGlite runs no autovacuum,
 * so without this an embedded Trame never has statistics and its plans go wrong as data grows.
 * - After every bulk write (CSV import, demo, data·inclusion import, restore):
 *   `analyzeAfterBulkWrite`, on both engines.
 * - On PGlite, a nightly `VACUUM ANALYZE` once enough writes were counted since the last one.
 */
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import type { ScheduledJob } from '../lib/scheduler';
import { type Db, type DbOrTx, isPglite } from './client';
import * as schema from './schema';

/** Every table of the schema, by SQL name. */
export const ALL_TABLES: string[] = (Object.values(schema) as unknown[])
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => getTableName(t));

const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;
/** A turn of the event loop between two steps on PGlite, which runs in this thread. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Refreshes the planner's statistics of `tables` (default: all) after a bulk write. One table
 * per statement, so on PGlite other requests pass between them. Must run outside a transaction
 * that is still writing: call it after the commit.
 */
export async function analyzeAfterBulkWrite(
  db: DbOrTx,
  tables: readonly string[] = ALL_TABLES,
): Promise<void> {
  for (const table of tables) {
    await db.execute(sql.raw(`analyze ${quoted(table)}`));
    if (isPglite(db)) await breathe();
  }
  if (tables === ALL_TABLES) writesSinceVacuum = 0;
}

/** Writes counted since the last VACUUM ANALYZE of this process (write requests, imported rows). */
let writesSinceVacuum = 0;
export const noteWrites = (n = 1) => {
  writesSinceVacuum += n;
};
export const pendingWrites = () => writesSinceVacuum;

/** Counts every successful write request (POST, PUT, PATCH, DELETE) of the app. */
export function countWriteRequests(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) noteWrites();
  });
}

export const VACUUM_AFTER_WRITES = 1_000;
const NIGHT_FROM_HOUR = 2;
const NIGHT_TO_HOUR = 5;
const parisHours = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: 'numeric',
  hourCycle: 'h23',
});
const parisHour = (now: Date) => Number(parisHours.formatToParts(now).find((p) => p.type === 'hour')?.value);

/** The nightly rule: between 2 and 5 h in Paris, at most once in 20 hours, after N writes. */
export function vacuumIsDue(now: Date, lastRun: Date | null, writes: number): boolean {
  const hour = parisHour(now);
  if (hour < NIGHT_FROM_HOUR || hour >= NIGHT_TO_HOUR) return false;
  if (lastRun && now.getTime() - lastRun.getTime() < 20 * 3600_000) return false;
  return writes >= VACUUM_AFTER_WRITES;
}

/** `VACUUM ANALYZE`, one table at a time (outside any transaction, as VACUUM requires). */
export async function vacuumAnalyze(db: Db, tables: readonly string[] = ALL_TABLES): Promise<void> {
  for (const table of tables) {
    await db.execute(sql.raw(`vacuum (analyze) ${quoted(table)}`));
    if (isPglite(db)) await breathe();
  }
  writesSinceVacuum = 0;
}

/** The PGlite maintenance job for main.ts: checked every quarter hour, runs when due. */
export function pgliteMaintenanceJob(db: Db, now: () => Date): ScheduledJob {
  let lastRun: Date | null = null;
  return {
    name: 'vacuum-analyze-pglite',
    everyMs: 15 * 60_000,
    async run() {
      const at = now();
      if (!vacuumIsDue(at, lastRun, writesSinceVacuum)) return { ran: false };
      const writes = writesSinceVacuum;
      await vacuumAnalyze(db);
      lastRun = at;
      return { ran: true, writes };
    },
  };
}
