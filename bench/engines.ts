/**
 * What the benches that compare PGlite and PostgreSQL share: the PostgreSQL run in a child
 * process, the Markdown table of the results, and printing the outcome of a run.
 */
import { spawnSync } from 'node:child_process';

/**
 * Runs the bench file `self` again under scripts/with-postgres.sh with `args` (which ask it for
 * its PostgreSQL run) and reads back the `RESULT <json>` line it prints; a sentence if it failed.
 */
export function postgresChild<R>(self: string, args: string[]): R | string {
  const res = spawnSync(
    'bash',
    ['scripts/with-postgres.sh', process.execPath, '--import', 'tsx', self, ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 4 * 1024 * 1024,
    },
  );
  const line = res.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  return line ? (JSON.parse(line.slice(7)) as R) : `PostgreSQL run failed (exit ${res.status}).`;
}

/** `head` (intro and table header), a row per engine result, then each failure as a paragraph. */
export function engineTable<R>(head: string[], results: Array<R | string>, row: (r: R) => string): string {
  const lines = [...head];
  const failures: string[] = [];
  for (const r of results) {
    if (typeof r === 'string') failures.push(r);
    else lines.push(row(r));
  }
  return [...lines, ...failures.map((f) => `\n${f}`)].join('\n');
}

/** Prints what `run` gives and exits 0, or prints its error and exits 1. */
export function printAndExit(run: Promise<string>): void {
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
