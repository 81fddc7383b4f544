import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStructure, buildUser } from '../src/factories/factories';
import { createTestApp, type TestApp } from './helpers';
import { changedTables, installWriteLog, rollbackDb } from './rollback-db';

type Rows<T> = { rows: T[] };

describe('probes in rolled-back transactions, with their write log', () => {
  let t: TestApp;
  let rb: ReturnType<typeof rollbackDb>;
  beforeAll(async () => {
    t = await createTestApp(
      {},
      {
        wrapDb: (db) => {
          rb = rollbackDb(db);
          return rb.db;
        },
      },
    );
    await buildUser(rb.root, { structureId: (await buildStructure(rb.root, { nom: 'Structure A' })).id });
    await installWriteLog(rb.root);
  });
  afterAll(() => t.close());

  it('lists the tables a probe changed, not those of a rolled-back savepoint, then forgets the probe', async () => {
    const { value } = await rb.rolledBack(async () => {
      const before = await changedTables(rb.db);
      await rb.db.execute(sql`update structures set nom = 'Structure B'`);
      await rb.db
        .transaction(async (tx) => {
          await tx.execute(sql`update users set prenom = 'Autre'`);
          throw new Error('refused');
        })
        .catch(() => {});
      await rb.db.execute(sql`update api_tokens set last_used_at = now()`);
      return { before, after: await changedTables(rb.db) };
    });
    expect(value).toEqual({ before: [], after: ['structures'] });
    const after = (await rb.root.execute(sql`select nom from structures`)) as unknown as Rows<{
      nom: string;
    }>;
    expect(after.rows.map((r) => r.nom)).toEqual(['Structure A']);
    expect((await rb.rolledBack(() => changedTables(rb.db))).value).toEqual([]);
  });

  it('says when a statement of the probe failed outside any savepoint', async () => {
    const probe = await rb.rolledBack(() => rb.db.execute(sql`select 1/0`).catch(() => null));
    expect(probe.aborted).toBe(true);
    expect((await rb.rolledBack(() => rb.db.execute(sql`select 1`))).aborted).toBe(false);
  });
});
