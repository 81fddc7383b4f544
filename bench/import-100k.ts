/**
 * Times the CSV import of a 100,000-row main courante on PGlite (a data folder on disk, as in
 * production without DATABASE_URL). Run: npx tsx bench/import-100k.ts [rows]
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/src/app';
import { openPglite } from '../server/src/db/client';
import { migrateDatabase } from '../server/src/db/migrate';
import { loadEnv } from '../server/src/env';
import {
  buildLieu,
  buildStructure,
  buildTerritoire,
  buildUser,
  TEST_PASSWORD,
} from '../server/src/factories/factories';

const ROWS = Number(process.argv[2] ?? 100_000);
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

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'trame-bench-'));
  const database = await openPglite(path.join(dir, 'data'));
  try {
    await migrateDatabase(database);
    const { db } = database;
    const structureId = (await buildStructure(db, { nom: 'Bench' })).id;
    for (const qpvCode of ['QN01342I', 'QN01344M']) {
      const t = await buildTerritoire(db, { structureId, qpvCode });
      await buildLieu(db, { structureId, territoryId: t.id, nom: 'Lieu 1' });
    }
    const coord = await buildUser(db, { structureId, role: 'coordinateur' });
    const emails: string[] = [];
    for (let i = 0; i < 8; i++) emails.push((await buildUser(db, { structureId })).email);
    const file = path.join(dir, 'main-courante.csv');
    await writeCsv(file, emails);
    const app = await buildApp({
      db,
      engine: 'pglite',
      env: loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      now: () => new Date(),
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: coord.email, password: TEST_PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'trame_session')!.value;
    const headers = {
      cookie: `trame_session=${cookie}`,
      'x-csrf-token': login.json().csrfToken,
      'content-type': 'text/csv',
    };
    const t0 = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: '/api/activites/import?mode=atomic',
      headers,
      payload: createReadStream(file),
    });
    const seconds = (performance.now() - t0) / 1000;
    const report = res.json();
    console.log(
      `file: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, ${ROWS} rows → HTTP ${res.statusCode}`,
    );
    console.log(
      `imported: ${report.activites} activities, ${report.contacts} contacts, ${report.nbRejets ?? report.error?.details?.nbRejets} faults`,
    );
    console.log(
      `time: ${seconds.toFixed(1)} s — ${Math.round(ROWS / seconds)} rows/s; peak RSS of the process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
    const t1 = performance.now();
    const again = await app.inject({
      method: 'POST',
      url: '/api/activites/import?mode=atomic',
      headers,
      payload: createReadStream(file),
    });
    console.log(
      `re-import: ${((performance.now() - t1) / 1000).toFixed(1)} s, created ${again.json().activites} activities, ${again.json().contacts} contacts`,
    );
    await app.close();
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
