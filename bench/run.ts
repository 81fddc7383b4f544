/**
 * npm run bench: runs every benchmark script and writes BENCHMARKS.md with the machine and date.
 * Each script prints its own results (plain lines or a Markdown table) on stdout.
 * Options: --minutes=N (soak length, default 10), --only=a,b (scripts whose file name holds a or
 * b), --out=FILE (instead of BENCHMARKS.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const minutes = arg('minutes') ?? '10';
const only = arg('only')?.split(',');

const BENCHES: Array<{ title: string; file: string; args?: string[]; postgres?: boolean; goal: string }> = [
  {
    title: 'Start and restart on PGlite',
    file: 'bench/start.ts',
    args: ['--port', String(Number(process.env.BENCH_PORT ?? 3408) + 12)],
    goal: 'first start ≤ 5 s after npm install, restart ≤ 1.5 s to a healthy /api/health (issue 12; was 13.2 s and 3.4 s)',
  },
  {
    title: 'Main courante: CSV import of 100,000 rows on PGlite and PostgreSQL 15',
    file: 'bench/import-100k.ts',
    goal: 'under a minute, streamed (issue 3); on PostgreSQL ≥ 20,000 rows/s and ≤ 400 MB peak RSS of the server process (issue 12 part 6)',
  },
  {
    title: 'Rapports: yearly activity report over 1,000,000 contacts',
    file: 'bench/rapports.ts',
    goal: 'within 1.2× of hand-written SQL; < 300 ms on PostgreSQL, < 1 s on PGlite per structure-year (issue 7)',
  },
  {
    title: 'Street capture pages: JavaScript weight on a cold load',
    file: 'bench/page-weight.ts',
    args: ['--port', String(Number(process.env.BENCH_PORT ?? 3408) + 14)],
    goal: '≤ 150 kB of gzipped JavaScript on a cold load of each street capture page, measured in Chromium (issue 15 part 6)',
  },
  {
    title: 'Lists and mixed load on PGlite',
    file: 'bench/http.ts',
    args: ['--engine=pglite'],
    goal: 'every list ≤ 100 ms; report the highest mixed-load rate with p99 ≤ 100 ms (issue 12 part 6)',
  },
  {
    title: 'Lists, mixed load and soak on PostgreSQL 15',
    file: 'bench/http.ts',
    args: ['--engine=postgresql', `--minutes=${minutes}`],
    postgres: true,
    goal: `every list ≤ 50 ms; 500 req/s for 60 s with p99 ≤ 50 ms and 0 errors; report the highest rate with p99 ≤ 100 ms (issue 12 part 6); soak ${minutes} min at 200 req/s with 0 errors and RSS flat, < 10 % growth after the first minute (issue 18 part 11)`,
  },
  {
    title: 'Synchronisation hors ligne: 500 entries queued offline in Chromium, on PGlite and PostgreSQL 15',
    file: 'bench/sync.ts',
    goal: '500 mixed entries (20 with a 200 kB photo) sent ≤ 5 s after the network is back, each stored exactly once; a tap confirmed on screen ≤ 100 ms, offline too (issue 15 part 7)',
  },
];

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
const sections: string[] = [];
for (const b of BENCHES) {
  if (only && !only.some((o) => b.file.includes(o))) continue;
  if (!existsSync(b.file)) {
    sections.push(`## ${b.title}\n\nNot run: \`${b.file}\` does not exist yet.\n`);
    continue;
  }
  console.log(`▶ ${b.title}`);
  const started = performance.now();
  const node = [process.execPath, '--import', 'tsx', b.file, ...(b.args ?? [])];
  const load = os.loadavg()[0]!.toFixed(1);
  // A throw-away PostgreSQL 15 on TEST_PG_PORT (scripts/with-postgres.sh) for the scripts that need one.
  const [cmd, ...cmdArgs] =
    b.postgres && !process.env.TEST_DATABASE_URL ? ['bash', 'scripts/with-postgres.sh', ...node] : node;
  const res = spawnSync(cmd!, cmdArgs, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const took = ((performance.now() - started) / 1000).toFixed(0);
  process.stdout.write(res.stdout);
  const body = res.status === 0 ? res.stdout.trim() : `FAILED (exit ${res.status})\n\n${res.stdout.trim()}`;
  sections.push(
    `## ${b.title}\n\nGoal: ${b.goal}. Whole script: ${took} s (load average ${load} when it started).\n\n${body.includes('|') ? body : `\`\`\`text\n${body}\n\`\`\``}\n`,
  );
}

const doc = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Machine: ${machine}.
Single runs on a shared machine: read them as orders of magnitude and ratios. The HTTP benches
run the server in its own process, and the load generator (autocannon) and PostgreSQL on the
same machine: **2 cores shared by the server, the load generator and the database** (and by any
other job running then: each load table gives the machine's busy share beside the server's).

${sections.join('\n')}`;
const out = arg('out') ?? 'BENCHMARKS.md';
writeFileSync(out, doc);
console.log(`${out} written`);
