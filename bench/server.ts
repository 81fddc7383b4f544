/**
 * The app in its own process for the HTTP benches: `node scripts/start.mjs` (what `npm start`
 * runs, without npm) on a loopback port, LOG_LEVEL=warn, NODE_ENV=production, against a bench
 * database. Also: signing in over HTTP, the server's RSS from /proc, timing helpers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BenchDatabase } from './dataset';

export interface RunningServer {
  url: string;
  pid: number;
  /** Resident set size now, and the peak so far (VmHWM), in MB. */
  rssMb(): number;
  peakRssMb(): number;
  /** CPU time (user + system) used by the server process so far, in seconds. */
  cpuS(): number;
  stop(): Promise<void>;
}

const procStatus = (pid: number, field: string) => {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

export async function startServer(
  bench: Pick<BenchDatabase, 'engine' | 'location'>,
  port: number,
): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    COOKIE_SECURE: 'false',
  };
  if (bench.engine === 'pglite') {
    delete env.DATABASE_URL;
    env.TRAME_DATA_DIR = bench.location;
  } else env.DATABASE_URL = bench.location;
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('server not healthy after 180 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    rssMb: () => procStatus(pid, 'VmRSS'),
    peakRssMb: () => procStatus(pid, 'VmHWM'),
    cpuS: () => {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) / 100;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface Session {
  email: string;
  role: string;
  cookie: string;
  csrf: string;
}

export async function signIn(url: string, email: string, role: string, password: string): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: HTTP ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('trame_session='));
  if (!cookie) throw new Error('login: no session cookie');
  return { email, role, cookie, csrf: body.csrfToken };
}

export const quantile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
};

/** Server ports of this bench (3408–3420 by default): BENCH_PORT moves the first one. */
export const benchPort = (offset: number) => Number(process.env.BENCH_PORT ?? 3408) + offset;
