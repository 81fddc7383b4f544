/**
 * The HTTP benches of one engine on one dataset (bench/dataset.ts) and one server process
 * (bench/server.ts): every list (bench/lists.ts), the mixed load at the goal rate and a step
 * search for the highest rate with p99 ≤ 100 ms (bench/load.ts), then the soak on a restarted
 * server (bench/soak.ts). Prints a Markdown section with each goal beside its figure.
 *
 * npx tsx bench/http.ts --engine=pglite|postgresql [--scale=1] [--calls=50] [--load-seconds=60]
 *   [--step-seconds=20] [--minutes=10] [--soak=yes|no] [--only=lists,load,soak]
 * PostgreSQL: under scripts/with-postgres.sh (TEST_DATABASE_URL).
 */

import { loadFullDataset, TEST_PASSWORD } from './dataset';
import { benchLists } from './lists';
import {
  type Dataset,
  LOAD_HEADER,
  type LoadResult,
  loadRow,
  passes,
  runLoad,
  startTournees,
  stepSearch,
} from './load';
import { benchPort, signIn, startServer } from './server';
import { rssLine, soak, soakMarkdown } from './soak';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const engine = (arg('engine') ?? 'pglite') as 'pglite' | 'postgresql';
const pg = engine === 'postgresql';
const scale = Number(arg('scale') ?? 1);
const only = new Set((arg('only') ?? 'lists,load,soak').split(','));
const minutes = Number(arg('minutes') ?? 10);
const loadS = Number(arg('load-seconds') ?? 60);
const stepS = Number(arg('step-seconds') ?? 20);
const doSoak = only.has('soak') && (arg('soak') ?? (pg ? 'yes' : 'no')) === 'yes';
const LIST_GOAL = pg ? 50 : 100;
const GOAL_RATE = 500;

const out: string[] = [];
const goals: string[] = [];
const goal = (what: string, figure: string, met: boolean, why = '') =>
  goals.push(`| ${what} | ${figure} | ${met ? 'met' : `**missed**${why ? ` — ${why}` : ''}`} |`);
const cpuNote = (r: LoadResult) =>
  `${r.serverCpuPct > 85 ? 'the server process was CPU-bound' : 'the machine was the limit'}: server process ${r.serverCpuPct.toFixed(0)} % of a core, load generator ${r.generatorCpuPct.toFixed(0)} %, the 2 cores ${r.machineBusyPct.toFixed(0)} % busy (server, autocannon${pg ? ', PostgreSQL' : ''} and any other job on the machine)`;

const title = pg ? 'PostgreSQL 15' : 'PGlite (data folder on disk)';
const { bench, base, sizes, loadS: datasetS } = await loadFullDataset(engine, scale);
const d: Dataset = { base, sizes };
let server = await startServer(bench, benchPort(pg ? 1 : 0));
try {
  out.push(
    `Dataset: ${sizes.contacts.toLocaleString('en')} contacts in ${(sizes.contacts / 5).toLocaleString('en')} activities, ${sizes.personnes.toLocaleString('en')} personnes, ${sizes.demandes.toLocaleString('en')} demandes with ${Math.round(sizes.demandes * 0.8).toLocaleString('en')} orientations, ${sizes.signalements.toLocaleString('en')} signalements, ${sizes.situations.toLocaleString('en')} situations, their journal rows; loaded by SQL in ${datasetS.toFixed(0)} s, then ANALYZE. Server: \`node scripts/start.mjs\` (the built server \`npm start\` runs), NODE_ENV=production, LOG_LEVEL=warn, on 127.0.0.1.`,
  );
  const coordUser = base.loadUsers.find((u) => u.role === 'coordinateur')!;
  const medUser = base.loadUsers.find((u) => u.role === 'mediateur')!;
  if (only.has('lists')) {
    const sessions = [
      await signIn(server.url, coordUser.email, 'coordinateur', TEST_PASSWORD),
      await signIn(server.url, medUser.email, 'mediateur', TEST_PASSWORD),
    ];
    const spare = await signIn(server.url, base.direction.email, 'direction', TEST_PASSWORD);
    const lists = await benchLists(server.url, sessions, spare, LIST_GOAL, Number(arg('calls') ?? 50));
    out.push(`\n#### Lists\n\n${lists.markdown}`);
    goal(
      `Every list ≤ ${LIST_GOAL} ms (p95 of 50 calls)`,
      `worst p95 ${lists.worstP95.toFixed(0)} ms`,
      lists.missed.length === 0,
      lists.missed.join('; '),
    );
  }
  if (only.has('load') || doSoak) {
    const sessions = [];
    for (const u of base.loadUsers)
      sessions.push({ ...(await signIn(server.url, u.email, u.role, TEST_PASSWORD)), userId: u.id });
    const users = await startTournees(server.url, sessions, d);
    if (only.has('load')) {
      const rows = [...LOAD_HEADER];
      if (pg) {
        const r = await runLoad(server, users, d, GOAL_RATE, loadS);
        rows.push(loadRow(`Goal run`, r, 50));
        const why = [
          r.achievedRps < 0.95 * r.rate ? `${r.achievedRps.toFixed(0)} req/s held` : '',
          r.errors + r.non2xx ? `${r.errors + r.non2xx} errors (${r.failures.join('; ')})` : '',
          r.p99 > 50 ? `p99 ${r.p99} ms` : '',
        ].filter(Boolean);
        goal(
          `${GOAL_RATE} req/s for ${loadS} s, p99 ≤ 50 ms, 0 errors`,
          `${r.achievedRps.toFixed(0)} req/s, p99 ${r.p99} ms, ${r.errors + r.non2xx} errors`,
          passes(r, 50),
          why.length ? `${why.join(', ')}; ${cpuNote(r)}` : '',
        );
      }
      const search = await stepSearch(server, users, d, pg ? GOAL_RATE : 100, 100, stepS);
      for (const [i, s] of search.steps.entries()) rows.push(loadRow(`Step ${i + 1}`, s, 100));
      const best = search.best;
      goal(
        'Highest rate with p99 ≤ 100 ms, 0 errors, rate held (report)',
        best ? `**${best.rate} req/s** (p99 ${best.p99} ms)` : 'none of the rates tried',
        true,
      );
      out.push(
        `\n#### Mixed load (autocannon: 50 signed-in users, one instance and one connection each, started 20 ms apart)\n\n70 % reads (first pages of activités, signalements, demandes, orientations, personnes (pages 1–20), situations; details of an activity, the user's tournée, a signalement, a demande, a personne, a situation of the user), 30 % writes (15 % contacts in the user's tournée, 10 % demandes, 5 % signalement status changes). A step passes with p99 ≤ 100 ms, no error and ≥ 95 % of the target rate held; steps of ${stepS} s going up by 1.5× then bisecting.\n\n${rows.join('\n')}`,
      );
    }
    if (doSoak) {
      await server.stop();
      server = await startServer(bench, benchPort(pg ? 1 : 0));
      const r = await soak(server, users, d, minutes);
      out.push(`\n#### Soak\n\n${soakMarkdown(r, minutes)}`);
      goal(
        `Soak ${minutes} min at 200 req/s: 0 errors`,
        `${r.load.errors + r.load.non2xx} errors in ${r.load.requests} requests`,
        r.load.errors + r.load.non2xx === 0,
        r.load.failures.join('; '),
      );
      goal(
        'Soak: RSS flat, < 10 % growth after the first minute',
        `${rssLine(r)} MB (floor ${r.growthPct >= 0 ? '+' : ''}${r.growthPct.toFixed(1)} %, mean ${r.meanGrowthPct >= 0 ? '+' : ''}${r.meanGrowthPct.toFixed(1)} %)`,
        r.growthPct < 10,
      );
    }
  }
} finally {
  await server.stop();
  await bench.dispose();
}
console.log(
  [`### ${title}`, '', '| Goal | Figure | Status |', '|---|---|---|', ...goals, '', out.join('\n')].join(
    '\n',
  ),
);
process.exit(0);
