/**
 * Start-up time on PGlite: `npm start` until `/api/health` answers 200.
 * - first start: a fresh data folder (initdb in WASM + every migration), the builds that
 *   `npm install` made already in place;
 * - restart: the same data folder again after a clean SIGTERM.
 * Several runs each; prints a Markdown table with the median and the worst.
 * Usage: tsx bench/start.ts [--runs 5] [--port 3391]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 5);
const PORT = arg('port', 3391);
const LIMIT_MS = 120_000;

function startServer(dataDir: string): ChildProcess {
  return spawn('npm', ['start', '--silent'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      TRAME_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

async function healthy(): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * CPU time (user + system, ms) used so far by the processes of a group: what the start costs
 * whatever the machine's load, where wall time on a shared machine grows with it.
 */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After the name: state, ppid, pgrp, …; utime, stime, cutime, cstime are fields 14–17 of stat.
      if (Number(fields[2]) !== pgid) continue;
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** Milliseconds from spawn to the first 200 of /api/health, polled every 20 ms; and its CPU time. */
async function timeToHealthy(dataDir: string): Promise<{ ms: number; cpuMs: number; child: ChildProcess }> {
  const started = performance.now();
  const child = startServer(dataDir);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while (!(await healthy())) {
    if (exited) throw new Error('the server exited before answering /api/health');
    if (performance.now() - started > LIMIT_MS) throw new Error('no healthy /api/health within 2 minutes');
    await new Promise((r) => setTimeout(r, 20));
  }
  return { ms: performance.now() - started, cpuMs: child.pid ? groupCpuMs(child.pid) : 0, child };
}

/** SIGTERM to the whole npm process group, then wait for it to be gone. */
async function stop(child: ChildProcess) {
  const gone = new Promise((r) => child.once('exit', r));
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  await gone;
  while (await healthy()) await new Promise((r) => setTimeout(r, 20));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const first: number[] = [];
const again: number[] = [];
const firstCpu: number[] = [];
const againCpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'trame-start-'));
  try {
    const a = await timeToHealthy(dir);
    first.push(a.ms);
    firstCpu.push(a.cpuMs);
    await stop(a.child);
    const b = await timeToHealthy(dir);
    again.push(b.ms);
    againCpu.push(b.cpuMs);
    await stop(b.child);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `\`npm start\` on PGlite until \`/api/health\` answers 200; ${RUNS} runs each, builds already made; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${os.cpus().length} cores.\n`,
);
console.log('| Start | Median | Worst | Runs | CPU time (median) | Goal |');
console.log('|---|---|---|---|---|---|');
console.log(
  `| First start (fresh data folder) | ${fmt(median(first))} | ${fmt(Math.max(...first))} | ${first.map(fmt).join(', ')} | ${fmt(median(firstCpu))} | ≤ 5 s |`,
);
console.log(
  `| Restart (same data folder) | ${fmt(median(again))} | ${fmt(Math.max(...again))} | ${again.map(fmt).join(', ')} | ${fmt(median(againCpu))} | ≤ 1.5 s |`,
);
