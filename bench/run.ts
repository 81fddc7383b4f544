/**
 * npm run bench: runs every benchmark script and writes BENCHMARKS.md with the machine and date.
 * Each script prints its own results (plain lines or a Markdown table) on stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const BENCHES: Array<{ title: string; file: string; args?: string[]; goal: string }> = [
  {
    title: 'Start and restart on PGlite',
    file: 'bench/start.ts',
    goal: 'first start ≤ 5 s after npm install, restart ≤ 1.5 s to a healthy /api/health (issue 12; was 13.2 s and 3.4 s)',
  },
  {
    title: 'Main courante: CSV import of 100,000 rows on PGlite',
    file: 'bench/import-100k.ts',
    goal: 'under a minute, streamed (issue 3)',
  },
  {
    title: 'Rapports: yearly activity report over 1,000,000 contacts',
    file: 'bench/rapports.ts',
    goal: 'within 1.2× of hand-written SQL; < 300 ms on PostgreSQL, < 1 s on PGlite per structure-year (issue 7)',
  },
];

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
const sections: string[] = [];
for (const b of BENCHES) {
  if (!existsSync(b.file)) {
    sections.push(`## ${b.title}\n\nNot run: \`${b.file}\` does not exist yet.\n`);
    continue;
  }
  console.log(`▶ ${b.title}`);
  const started = performance.now();
  const res = spawnSync(process.execPath, ['--import', 'tsx', b.file, ...(b.args ?? [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const took = ((performance.now() - started) / 1000).toFixed(0);
  process.stdout.write(res.stdout);
  const body = res.status === 0 ? res.stdout.trim() : `FAILED (exit ${res.status})\n\n${res.stdout.trim()}`;
  sections.push(
    `## ${b.title}\n\nGoal: ${b.goal}. Whole script: ${took} s.\n\n${body.includes('|') ? body : `\`\`\`text\n${body}\n\`\`\``}\n`,
  );
}

const doc = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Machine: ${machine}.
Single runs on a shared machine: read them as orders of magnitude and ratios.

${sections.join('\n')}`;
writeFileSync('BENCHMARKS.md', doc);
console.log('BENCHMARKS.md written');
