/**
 * ADR 020: no request holds the others hostage. On PostgreSQL a statement past the bound is
 * cancelled and answers a French 503; on PGlite (which cannot cancel a statement) long work is
 * cut into short steps, so a signed-in user's `GET /api/auth/me` still answers meanwhile.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-db';
import { useWorld } from '../../test/world';
import { buildApp } from '../app';
import { loadEnv } from '../env';
import {
  buildMainCouranteStructure,
  HEADER,
  postCsv,
} from '../features/main-courante/main-courante.factories';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.runIf(onPostgres)('statement bound on PostgreSQL', () => {
  it('answers a French 503 when a read runs past it, and the service goes on', async () => {
    const database = await openTestDatabase({ statementTimeoutMs: 200 });
    const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const app = await buildApp({ db: database.db, engine: database.engine, env, now: () => new Date() });
    // A read slower than the bound, whatever the data: the handler sees what a slow list would raise.
    app.get('/api/test/lecture-lente', async () => {
      await app.deps.db.execute(sql`select pg_sleep(2)`);
      return { ok: true };
    });
    await app.ready();
    try {
      const started = performance.now();
      const res = await app.inject({ method: 'GET', url: '/api/test/lecture-lente' });
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({
        error: {
          code: 'recherche_trop_large',
          message: 'La recherche est trop large : précisez la période ou les filtres.',
        },
      });
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('another user during a long import', () => {
  const {
    d: s,
    coord,
    reader,
  } = useWorld(buildMainCouranteStructure, {
    coord: (s) => s.coord.email,
    reader: (s) => s.med2.email,
  });
  let csv: string;
  beforeAll(async () => {
    // 12,000 lines over two years, four contacts per activity: a dozen write slices on PGlite.
    const rows = [HEADER];
    for (let i = 0; i < 12_000; i++) {
      const a = Math.floor(i / 4);
      const day = new Date(Date.UTC(2024, 0, 1 + (a % 700))).toISOString().slice(0, 10);
      const hour = String(8 + (Math.floor(a / 700) % 12)).padStart(2, '0');
      rows.push(
        `${day};${hour}:00;${hour}:45;tournee;QN01342I;;${s.med1.email};ecoute;1;adulte;femme;note ${i}`,
      );
    }
    csv = rows.join('\n');
  });

  it('GET /api/auth/me answers within 200 ms (median) while the import runs', async () => {
    let importing = true;
    const started = performance.now();
    const running = postCsv(coord, csv).finally(() => {
      importing = false;
    });
    const during: number[] = [];
    while (importing) {
      const t0 = performance.now();
      const me = await reader.get('/api/auth/me');
      const ms = performance.now() - t0;
      expect(me.statusCode).toBe(200);
      if (importing) during.push(ms);
      await new Promise((r) => setTimeout(r, 10));
    }
    const res = await running;
    const importMs = performance.now() - started;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lignes: 12_000, contacts: 12_000, nbRejets: 0 });
    // The import was indeed running meanwhile: several answers came while it was in progress.
    expect(during.length).toBeGreaterThanOrEqual(5);
    const sorted = [...during].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(
      median,
      `/me took ${sorted.map(Math.round).join(', ')} ms during a ${Math.round(importMs)} ms import`,
    ).toBeLessThan(200);
  });
});
