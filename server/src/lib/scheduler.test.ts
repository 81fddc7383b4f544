import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/world';
import { runExclusive, startScheduler } from './scheduler';

describe('scheduler', () => {
  const t = useTestApp();

  it('runs each job on its period, never overlapping itself, and logs failures without stopping', async () => {
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const errors: unknown[] = [];
    const scheduler = startScheduler(
      [
        {
          name: 'lent',
          everyMs: 10,
          firstRunMs: 0,
          run: async () => {
            concurrent++;
            maxConcurrent = Math.max(maxConcurrent, concurrent);
            runs++;
            await new Promise((r) => setTimeout(r, 35));
            concurrent--;
            if (runs === 1) throw new Error('boom');
          },
        },
      ],
      { info: () => {}, error: (o: unknown) => errors.push(o) },
    );
    await new Promise((r) => setTimeout(r, 200));
    await scheduler.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(maxConcurrent).toBe(1);
    expect(errors).toHaveLength(1);
    const after = runs;
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(after);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'on PostgreSQL, a second instance does not run a job while the first holds its lock',
    async () => {
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      const first = runExclusive(t.db, 4242, async () => {
        await held;
        return 'premier';
      });
      await new Promise((r) => setTimeout(r, 100));
      const second = await runExclusive(t.db, 4242, async () => 'second');
      expect(second).toEqual({ ran: false });
      release();
      expect(await first).toEqual({ ran: true, result: 'premier' });
      expect(await runExclusive(t.db, 4242, async () => 'ensuite')).toEqual({ ran: true, result: 'ensuite' });
    },
  );
});
