/**
 * Times the yearly activity report over 1,000,000 contacts in 200,000 activities (one structure,
 * three years), on PGlite (data folder on disk) and on PostgreSQL, end to end through HTTP (JSON
 * and XLSX), beside the best hand-written SQL for the same figures on the same engine.
 *
 * Run alone: npx tsx bench/rapports.ts [--contacts=1000000]
 * PostgreSQL: uses TEST_DATABASE_URL when set, otherwise starts one with scripts/with-postgres.sh.
 * `runRapportsBench()` returns the Markdown section (used by bench/run.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../server/src/app';
import { type Database, openPglite, openPostgres } from '../server/src/db/client';
import { migrateDatabase } from '../server/src/db/migrate';
import { loadEnv } from '../server/src/env';
import { buildStructure, buildTerritoire, buildUser, TEST_PASSWORD } from '../server/src/factories/factories';
import { handSql, handSqlFlat, handSqlJoin, YEAR } from './rapports.sql';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const CONTACTS = Number(arg('contacts') ?? 1_000_000);
const ACTIVITES = Math.round(CONTACTS / 5);
const RUNS = 5;
const QPV = ['QN01342I', 'QN01344M', 'QN01301M', 'QN01302M'];

const q = (xs: readonly string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]`;

/** Bulk data in SQL: generate_series, deterministic ids, foreign-key triggers off during the load. */
export async function generate(
  db: Database['db'],
  structureId: string,
  territoryIds: string[],
  medIds: string[],
) {
  const terr = `${q(territoryIds)}::uuid[]`;
  const meds = `${q(medIds)}::uuid[]`;
  const sid = `'${structureId}'::uuid`;
  const span = Math.floor((3 * 365 * 86_400) / ACTIVITES);
  // The activity's start from its number: the copies on contacts and mediator rows (filled by
  // triggers in the app, off during this load) are written with the same expression.
  const debut = (g: string) =>
    `timestamptz '2023-01-01 07:00:00+00' + (${g} * ${span}) * interval '1 second'`;
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local session_replication_role = replica`));
    await tx.execute(
      sql.raw(`
      insert into activites (id, structure_id, territory_id, cadre, debut, fin, creneau, duree_minutes,
        statut_revue, source, created_by)
      select md5('a' || g)::uuid, ${sid}, (${terr})[1 + g % ${territoryIds.length}],
        (array['tournee','permanence','evenement','transport','autre'])[1 + g % 5],
        ${debut('g')},
        timestamptz '2023-01-01 07:00:00+00' + (g * ${span} + 3600 + (g % 7) * 900) * interval '1 second',
        (array['jour','soiree','week_end'])[1 + g % 3], 60 + (g % 7) * 15, 'validee', 'saisie',
        (${meds})[1 + g % ${medIds.length}]
      from generate_series(0, ${ACTIVITES - 1}) g`),
    );
    await tx.execute(
      sql.raw(`
      insert into activite_mediateurs (activite_id, user_id, structure_id, activite_debut, activite_territory_id,
        activite_duree_minutes)
      select md5('a' || g)::uuid, (${meds})[1 + (g + k) % ${medIds.length}], ${sid}, ${debut('g')},
        (${terr})[1 + g % ${territoryIds.length}], 60 + (g % 7) * 15
      from generate_series(0, ${ACTIVITES - 1}) g, generate_series(0, 1) k`),
    );
    await tx.execute(
      sql.raw(`
      insert into contacts (id, structure_id, activite_id, activite_debut, activite_territory_id, nature,
        nb_personnes, public, genre, created_by)
      select md5('c' || g)::uuid, ${sid}, md5('a' || (g / 5))::uuid, ${debut('(g / 5)')},
        (${terr})[1 + (g / 5) % ${territoryIds.length}],
        (array['lien_social','ecoute','information','orientation','accompagnement','gestion_conflit',
          'rappel_regle','sensibilisation','veille'])[1 + g % 9],
        1 + g % 4, (array['enfant','jeune','jeune_adulte','adulte','senior','inconnu'])[1 + (g / 9) % 6],
        (array['femme','homme','non_precise'])[1 + (g / 7) % 3], (${meds})[1 + g % ${medIds.length}]
      from generate_series(0, ${CONTACTS - 1}) g`),
    );
  });
  for (const table of ['activites', 'activite_mediateurs', 'contacts'])
    await db.execute(sql.raw(`analyze ${table}`));
}

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
  const structureId = (await buildStructure(db, { nom: 'Bench rapports' })).id;
  const territoryIds: string[] = [];
  for (const qpvCode of QPV) territoryIds.push((await buildTerritoire(db, { structureId, qpvCode })).id);
  const coord = await buildUser(db, { structureId, role: 'coordinateur' });
  const medIds: string[] = [];
  for (let i = 0; i < 8; i++) medIds.push((await buildUser(db, { structureId })).id);
  const t0 = performance.now();
  await generate(db, structureId, territoryIds, medIds);
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

async function pgliteRun(): Promise<EngineResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'trame-bench-rapports-'));
  const database = await openPglite(path.join(dir, 'data'));
  try {
    return await benchEngine(database);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresRun(url: string): Promise<EngineResult> {
  const name = `trame_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  // The data load is one statement over a million rows: no statement bound (ADR 020).
  const database = await openPostgres(u.toString(), { statementTimeoutMs: 0 });
  try {
    return await benchEngine(database);
  } finally {
    await database.close();
    const again = new pg.Client({ connectionString: url });
    await again.connect();
    await again.query(`drop database if exists ${name} with (force)`);
    await again.end();
  }
}

/** PostgreSQL in a child process under scripts/with-postgres.sh when no TEST_DATABASE_URL is set. */
function postgresChild(): EngineResult | string {
  const self = fileURLToPath(import.meta.url);
  const res = spawnSync(
    'bash',
    [
      'scripts/with-postgres.sh',
      process.execPath,
      '--import',
      'tsx',
      self,
      '--engine=postgresql',
      `--contacts=${CONTACTS}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 4 * 1024 * 1024 },
  );
  const line = res.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  return line ? (JSON.parse(line.slice(7)) as EngineResult) : `PostgreSQL run failed (exit ${res.status}).`;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

function markdown(results: Array<EngineResult | string>): string {
  const lines = [
    `${CONTACTS.toLocaleString('en')} contacts in ${ACTIVITES.toLocaleString('en')} activities, one structure, 4 QPV, 8 mediators (2 per activity), 2023–2025; report of the year ${YEAR.du.slice(0, 4)} (≈ 1/3 of the rows). Median of ${RUNS} runs after a warm-up; HTTP through Fastify inject, session cookie.`,
    '',
    '| Engine | Data load (SQL generate_series) | Report JSON (HTTP) | Report XLSX (HTTP) | Hotspot map JSON (HTTP) | Hand-written SQL: grouping sets on the copies | Hand-written SQL: GROUP BY per table on the copies | Hand-written SQL: join of the period’s activities | JSON ÷ best SQL | Same total of persons |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const failures: string[] = [];
  for (const r of results) {
    if (typeof r === 'string') {
      failures.push(r);
      continue;
    }
    lines.push(
      `| ${r.engine} | ${r.loadS.toFixed(1)} s | ${ms(r.json)} | ${ms(r.xlsx)} | ${ms(r.carte)} | ${ms(r.handSets)} | ${ms(r.handFlat)} | ${ms(r.handJoin)} | ${(r.json / r.hand).toFixed(2)}× | ${r.personnes === r.personnesHand ? `yes (${r.personnes})` : `NO (${r.personnes} vs ${r.personnesHand})`} |`,
    );
  }
  return [...lines, ...failures.map((f) => `\n${f}`)].join('\n');
}

export async function runRapportsBench(): Promise<string> {
  const results: Array<EngineResult | string> = [await pgliteRun()];
  const url = process.env.TEST_DATABASE_URL;
  results.push(url ? await postgresRun(url) : postgresChild());
  return markdown(results);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const run =
    arg('engine') === 'postgresql'
      ? postgresRun(process.env.TEST_DATABASE_URL!).then((r) => `RESULT ${JSON.stringify(r)}`)
      : runRapportsBench();
  run
    .then((out) => {
      console.log(out);
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
