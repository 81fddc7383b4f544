import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db, Tx } from '../db/client';

export interface ScheduledJob {
  name: string;
  everyMs: number;
  /** Delay before the first run (default: one period). */
  firstRunMs?: number;
  run: () => Promise<unknown>;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * An in-process interval scheduler. A job never overlaps itself within one process; across
 * instances, jobs protect themselves with `runExclusive`. Errors are logged, never thrown.
 */
export function startScheduler(
  jobs: ScheduledJob[],
  log: Pick<FastifyBaseLogger, 'info' | 'error'>,
): Scheduler {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  let stopped = false;
  const tick = (job: ScheduledJob) => {
    if (stopped || running.has(job.name)) return;
    const started = performance.now();
    const p = job
      .run()
      .then((result) =>
        log.info({ job: job.name, result, ms: Math.round(performance.now() - started) }, 'job done'),
      )
      .catch((err) => log.error({ err, job: job.name }, 'job failed'))
      .finally(() => running.delete(job.name));
    running.set(job.name, p);
  };
  for (const job of jobs) {
    const first = setTimeout(() => {
      tick(job);
      const every = setInterval(() => tick(job), job.everyMs);
      every.unref();
      timers.push(every);
    }, job.firstRunMs ?? job.everyMs);
    first.unref();
    timers.push(first);
  }
  return {
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.allSettled([...running.values()]);
    },
  };
}

/**
 * Runs `fn` in a transaction holding the advisory lock `key`, or returns `{ ran: false }` at once
 * when another instance holds it. The lock is released with the transaction (PostgreSQL and PGlite).
 */
export async function runExclusive<T>(
  db: Db,
  key: number,
  fn: (tx: Tx) => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  return db.transaction(async (tx) => {
    const res = (await tx.execute(sql`select pg_try_advisory_xact_lock(${key}) as locked`)) as unknown as {
      rows: Array<{ locked: boolean }>;
    };
    if (!res.rows[0]?.locked) return { ran: false as const };
    return { ran: true as const, result: await fn(tx) };
  });
}
