/**
 * Times the yearly activity report over 1,000,000 contacts in 200,000 activities (one structure,
 * three years), on PGlite (data folder on disk) and on PostgreSQL, end to end through HTTP (JSON
 * and XLSX), beside the best hand-written SQL for the same figures on the same engine.
 *
 * Run alone: npx tsx bench/rapports.ts [--contacts=1000000]
 * PostgreSQL: uses TEST_DATABASE_URL when set, otherwise starts one with scripts/with-postgres.sh.
 * `runRapportsBench()` returns the Markdown section (used by bench/run.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../server/src/app';
import type { Database } from '../server/src/db/client';
import { migrateDatabase } from '../server/src/db/migrate';
import { loadEnv } from '../server/src/env';
import { buildBase, createBenchDatabase, loadContacts, TEST_PASSWORD } from './dataset';
import { engineTable, postgresChild, printAndExit } from './engines';
import { handSql, handSqlFlat, handSqlJoin, YEAR } from './rapports.sql';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const CONTACTS = Number(arg('contacts') ?? 1_000_000);
const ACTIVITES = Math.round(CONTACTS / 5);
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

export interface EngineResult {
  engine: string;
  loadS: number;
  json: number;
  xlsx: number;
  hand: number;
  handSets: number;
  carte: number;
  handFlat: number;
  handJoin: number;
  personnes: number;
  personnesHand: number;
}

async function benchEngine(database: Database): Promise<EngineResult> {
  await migrateDatabase(database);
  const { db } = database;
  const base = await buildBase(db);
  const { structureId, coord } = base;
  const t0 = performance.now();
  await loadContacts(db, base, CONTACTS);
  const loadS = (performance.now() - t0) / 1000;

  const app = await buildApp({
    db,
    engine: database.engine,
    env: loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    now: () => new Date(),
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: coord.email, password: TEST_PASSWORD },
  });
  const cookie = `trame_session=${login.cookies.find((c) => c.name === 'trame_session')!.value}`;
  const get = (format: string) =>
    app.inject({
      method: 'GET',
      url: `/api/rapports/activite?du=${YEAR.du}&au=${YEAR.au}&format=${format}`,
      headers: { cookie },
    });
  const report = (await get('json')).json();
  const json = await time(() => get('json'));
  const xlsx = await time(() => get('xlsx'));
  const carte = await time(() =>
    app.inject({
      method: 'GET',
      url: `/api/rapports/carte?du=${YEAR.du}&au=${YEAR.au}`,
      headers: { cookie },
    }),
  );
  const handSets = await time(() => db.execute(handSql(structureId)));
  const handFlat = await time(() => db.execute(handSqlFlat(structureId)));
  const handJoin = await time(() => db.execute(handSqlJoin(structureId)));
  const hand = Math.min(handSets, handFlat, handJoin);
  const handRows = (await db.execute(handSql(structureId))) as unknown as {
    rows: Array<{
      contacts: Array<{
        nature: string | null;
        public: string | null;
        genre: string | null;
        territory_id: string | null;
        p: number;
      }>;
    }>;
  };
  const total = handRows.rows[0]!.contacts.find((r) => !r.nature && !r.public && !r.genre && !r.territory_id);
  await app.close();
  return {
    engine: database.engine === 'pglite' ? 'PGlite (disk)' : 'PostgreSQL 15',
    loadS,
    json,
    xlsx,
    hand,
    handSets,
    carte,
    handFlat,
    handJoin,
    personnes: report.contacts.personnes,
    personnesHand: Number(total?.p ?? -1),
  };
}

/** The report bench on a fresh database of `engine` (PostgreSQL: TEST_DATABASE_URL's server). */
async function engineRun(engine: 'pglite' | 'postgresql'): Promise<EngineResult> {
  const bench = await createBenchDatabase(engine);
  const database = await bench.open();
  try {
    return await benchEngine(database);
  } finally {
    await database.close();
    await bench.dispose();
  }
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

function markdown(results: Array<EngineResult | string>): string {
  return engineTable(
    [
      `${CONTACTS.toLocaleString('en')} contacts in ${ACTIVITES.toLocaleString('en')} activities, one structure, 4 QPV, 8 mediators (2 per activity), 2023–2025; report of the year ${YEAR.du.slice(0, 4)} (≈ 1/3 of the rows). Median of ${RUNS} runs after a warm-up; HTTP through Fastify inject, session cookie.`,
      '',
      '| Engine | Data load (SQL generate_series) | Report JSON (HTTP) | Report XLSX (HTTP) | Hotspot map JSON (HTTP) | Hand-written SQL: grouping sets on the copies | Hand-written SQL: GROUP BY per table on the copies | Hand-written SQL: join of the period’s activities | JSON ÷ best SQL | Same total of persons |',
      '|---|---|---|---|---|---|---|---|---|---|',
    ],
    results,
    (r) =>
      `| ${r.engine} | ${r.loadS.toFixed(1)} s | ${ms(r.json)} | ${ms(r.xlsx)} | ${ms(r.carte)} | ${ms(r.handSets)} | ${ms(r.handFlat)} | ${ms(r.handJoin)} | ${(r.json / r.hand).toFixed(2)}× | ${r.personnes === r.personnesHand ? `yes (${r.personnes})` : `NO (${r.personnes} vs ${r.personnesHand})`} |`,
  );
}

export async function runRapportsBench(): Promise<string> {
  const results: Array<EngineResult | string> = [await engineRun('pglite')];
  results.push(
    process.env.TEST_DATABASE_URL
      ? await engineRun('postgresql')
      : postgresChild<EngineResult>(fileURLToPath(import.meta.url), [
          '--engine=postgresql',
          `--contacts=${CONTACTS}`,
        ]),
  );
  return markdown(results);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const run =
    arg('engine') === 'postgresql'
      ? engineRun('postgresql').then((r) => `RESULT ${JSON.stringify(r)}`)
      : runRapportsBench();
  printAndExit(run);
}
