/**
 * Times the CSV import of a 100,000-row main courante through HTTP into the server process, on
 * PGlite (a data folder on disk, as in production without DATABASE_URL) and on PostgreSQL 15
 * (TEST_DATABASE_URL, or one started by scripts/with-postgres.sh): rows/s and the server's peak RSS.
 * Run: npx tsx bench/import-100k.ts [rows]
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { migrateDatabase } from '../server/src/db/migrate';
import {
  buildLieu,
  buildStructure,
  buildTerritoire,
  buildUser,
  TEST_PASSWORD,
} from '../server/src/factories/factories';
import { createBenchDatabase } from './dataset';
import { engineTable, postgresChild, printAndExit } from './engines';
import { benchPort, signIn, startServer } from './server';

const ROWS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const HEADER =
  'date;heure_debut;heure_fin;cadre;qpv;lieu;mediateurs;nature;nb_personnes;public;genre;commentaire';
const NATURES = [
  'lien_social',
  'ecoute',
  'information',
  'orientation',
  'rappel_regle',
  'sensibilisation',
  'veille',
];
const PUBLICS = ['enfant', 'jeune', 'jeune_adulte', 'adulte', 'senior', 'inconnu'];
const GENRES = ['femme', 'homme', 'non_precise'];

/** Writes the CSV to disk: about 5 contacts per activity, a year of days, two QPV, pairs of mediators. */
async function writeCsv(file: string, emails: string[]) {
  const out = createWriteStream(file);
  out.write(`\uFEFF${HEADER}\n`);
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  let written = 0;
  for (let a = 0; written < ROWS; a++) {
    const day = new Date(Date.UTC(2025, 0, 1 + (a % 365))).toISOString().slice(0, 10);
    const start = 9 + (a % 12);
    const minutes = String((Math.floor(a / 365) * 7) % 60).padStart(2, '0');
    const end = (start + 3) % 24;
    const qpv = a % 2 ? 'QN01342I' : 'QN01344M';
    const lieu = `Lieu ${a % 40}`;
    const meds = `${emails[a % emails.length]}|${emails[(a + 1) % emails.length]}`;
    const n = 1 + Math.floor(rnd() * 8);
    for (let c = 0; c < n && written < ROWS; c++, written++) {
      const line = `${day};${start}:${minutes};${String(end).padStart(2, '0')}:30;tournee;${qpv};${lieu};${meds};${pick(NATURES)};${1 + Math.floor(rnd() * 4)};${pick(PUBLICS)};${pick(GENRES)};${c === 0 ? 'RAS' : ''}\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

interface ImportResult {
  engine: string;
  fileMb: number;
  status: number;
  activites: number;
  contacts: number;
  faults: number;
  seconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
  /** CPU time of the server process during the import (the rest of the wall time is the database or waiting). */
  serverCpuS: number;
  reimportS: number;
  reimportCreated: string;
}

/** The import through HTTP into the server process, on a fresh database holding one structure. */
async function importOn(engine: 'pglite' | 'postgresql'): Promise<ImportResult> {
  const bench = await createBenchDatabase(engine);
  const dir = mkdtempSync(path.join(tmpdir(), 'trame-bench-csv-'));
  try {
    const database = await bench.open();
    let coordEmail: string;
    const emails: string[] = [];
    try {
      await migrateDatabase(database);
      const { db } = database;
      const structureId = (await buildStructure(db, { nom: 'Bench' })).id;
      for (const qpvCode of ['QN01342I', 'QN01344M']) {
        const t = await buildTerritoire(db, { structureId, qpvCode });
        await buildLieu(db, { structureId, territoryId: t.id, nom: 'Lieu 1' });
      }
      coordEmail = (await buildUser(db, { structureId, role: 'coordinateur' })).email;
      for (let i = 0; i < 8; i++) emails.push((await buildUser(db, { structureId })).email);
    } finally {
      await database.close();
    }
    const file = path.join(dir, 'main-courante.csv');
    await writeCsv(file, emails);
    const server = await startServer(bench, benchPort(engine === 'pglite' ? 2 : 3));
    try {
      const s = await signIn(server.url, coordEmail, 'coordinateur', TEST_PASSWORD);
      const post = () =>
        fetch(`${server.url}/api/activites/import?mode=atomic`, {
          method: 'POST',
          headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'text/csv' },
          body: Readable.toWeb(createReadStream(file)) as ReadableStream,
          duplex: 'half',
        } as RequestInit);
      const rssBeforeMb = server.rssMb();
      const cpu0 = server.cpuS();
      const t0 = performance.now();
      const res = await post();
      const report = (await res.json()) as Record<string, any>;
      const seconds = (performance.now() - t0) / 1000;
      const peakRssMb = server.peakRssMb();
      const serverCpuS = server.cpuS() - cpu0;
      const t1 = performance.now();
      const again = (await (await post()).json()) as Record<string, any>;
      return {
        engine: engine === 'pglite' ? 'PGlite (disk)' : 'PostgreSQL 15',
        fileMb: statSync(file).size / 1024 / 1024,
        status: res.status,
        activites: report.activites,
        contacts: report.contacts,
        faults: report.nbRejets ?? report.error?.details?.nbRejets ?? 0,
        seconds,
        rssBeforeMb,
        peakRssMb,
        serverCpuS,
        reimportS: (performance.now() - t1) / 1000,
        reimportCreated: `${again.activites} activities, ${again.contacts} contacts`,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await bench.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

function markdown(results: Array<ImportResult | string>): string {
  return engineTable(
    [
      `${ROWS.toLocaleString('en')} rows (about 5 contacts per activity, a year of days, 2 QPV, pairs of mediators) posted over HTTP (\`POST /api/activites/import?mode=atomic\`, streamed) to the server process (\`node scripts/start.mjs\`, NODE_ENV=production) on a fresh database; peak RSS is the server process's high-water mark (VmHWM), start included. Goals on PostgreSQL: ≥ 20,000 rows/s and ≤ 400 MB peak RSS (issue 12 part 6); PGlite: reported.`,
      '',
      '| Engine | File | HTTP | Imported | Faults | Time | Server process CPU during it | Rows/s | RSS before | Peak RSS | Re-import (idempotent) | Goals |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ],
    results,
    (r) => {
      const rate = ROWS / r.seconds;
      const goals =
        r.engine === 'PostgreSQL 15'
          ? `${rate >= 20_000 ? 'rows/s met' : `**rows/s missed** (${r.serverCpuS / r.seconds > 0.8 ? 'the server process was busy for most of it: parsing, checking and building rows in JavaScript' : 'the server process was idle for much of it: waiting on the database and the shared cores'})`}, ${r.peakRssMb <= 400 ? 'RSS met' : '**RSS missed**'}`
          : 'reported';
      return `| ${r.engine} | ${r.fileMb.toFixed(1)} MB | ${r.status} | ${r.activites} activities, ${r.contacts} contacts | ${r.faults} | ${r.seconds.toFixed(1)} s | ${r.serverCpuS.toFixed(1)} s | ${Math.round(rate).toLocaleString('en')} | ${r.rssBeforeMb.toFixed(0)} MB | ${r.peakRssMb.toFixed(0)} MB | ${r.reimportS.toFixed(1)} s, created ${r.reimportCreated} | ${goals} |`;
    },
  );
}

const engineArg = process.argv.find((a) => a.startsWith('--engine='))?.split('=')[1];
const run =
  engineArg === 'postgresql'
    ? importOn('postgresql').then((r) => `RESULT ${JSON.stringify(r)}`)
    : (async () => {
        const results: Array<ImportResult | string> = [await importOn('pglite')];
        results.push(
          process.env.TEST_DATABASE_URL
            ? await importOn('postgresql')
            : postgresChild<ImportResult>(fileURLToPath(import.meta.url), [
                String(ROWS),
                '--engine=postgresql',
              ]),
        );
        return markdown(results);
      })();
printAndExit(run);
