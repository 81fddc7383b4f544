import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-db';
import type { Database } from './client';
import {
  countWriteRequests,
  noteWrites,
  pendingWrites,
  pgliteMaintenanceJob,
  VACUUM_AFTER_WRITES,
  vacuumIsDue,
} from './maintenance';

// 03:30 in Paris (winter, UTC+1) and 14:00 in Paris.
const NIGHT = new Date('2026-01-15T02:30:00Z');
const AFTERNOON = new Date('2026-01-15T13:00:00Z');

describe('nightly VACUUM ANALYZE rule', () => {
  it('runs at night, after enough writes, at most once a night', () => {
    expect(vacuumIsDue(NIGHT, null, VACUUM_AFTER_WRITES)).toBe(true);
    expect(vacuumIsDue(AFTERNOON, null, VACUUM_AFTER_WRITES)).toBe(false);
    expect(vacuumIsDue(NIGHT, null, VACUUM_AFTER_WRITES - 1)).toBe(false);
    const earlierTonight = new Date(NIGHT.getTime() - 3600_000);
    expect(vacuumIsDue(NIGHT, earlierTonight, 10 * VACUUM_AFTER_WRITES)).toBe(false);
    const lastNight = new Date(NIGHT.getTime() - 24 * 3600_000);
    expect(vacuumIsDue(NIGHT, lastNight, VACUUM_AFTER_WRITES)).toBe(true);
  });

  it('counts successful write requests only', async () => {
    const app = Fastify();
    countWriteRequests(app);
    app.post('/ok', async () => ({ ok: true }));
    app.post('/refused', async (_req, reply) => reply.status(400).send({}));
    app.get('/read', async () => ({}));
    await app.ready();
    const before = pendingWrites();
    await app.inject({ method: 'POST', url: '/ok' });
    await app.inject({ method: 'POST', url: '/refused' });
    await app.inject({ method: 'GET', url: '/read' });
    expect(pendingWrites() - before).toBe(1);
    await app.close();
  });
});

describe('the maintenance job', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  const estimate = async () => {
    const res = (await database.db.execute(
      sql`select reltuples::float8 as n from pg_class where relname = 'users' and relkind = 'r'`,
    )) as unknown as { rows: Array<{ n: number }> };
    return Number(res.rows[0]!.n);
  };

  it('vacuums and analyses every table when due, then waits for the next night', async () => {
    const job = pgliteMaintenanceJob(database.db, () => NIGHT);
    noteWrites(-pendingWrites());
    expect(await job.run()).toEqual({ ran: false });
    expect(await estimate()).toBe(-1);
    noteWrites(VACUUM_AFTER_WRITES);
    expect(await job.run()).toEqual({ ran: true, writes: VACUUM_AFTER_WRITES });
    // -1 means "never analysed"; VACUUM ANALYZE sets the real count (0 users here).
    expect(await estimate()).toBe(0);
    expect(pendingWrites()).toBe(0);
    noteWrites(VACUUM_AFTER_WRITES);
    expect(await job.run()).toEqual({ ran: false });
  });
});
