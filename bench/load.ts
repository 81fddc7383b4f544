/**
 * Mixed load with autocannon against the app in its own process: 50 signed-in users (distinct
 * sessions, each on its own connection, writes with its CSRF header) at a fixed overall rate; 70 % reads (lists and details), 30 % writes: contacts in
 * the user's tournée (15 %), demandes (10 %), signalement status changes (5 %). Bodies are valid
 * and unique (client uuids); status changes walk `transmis → pris_en_compte → resolu` over the
 * dataset's transmitted signalements, so every one is allowed.
 *
 * `runLoad()` is used by bench/http.ts (goal rate, step search) and bench/soak.ts.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import {
  activiteId,
  type Base,
  type CaseworkSizes,
  demandeId,
  isTransmis,
  personneId,
  signalementId,
  situationId,
} from './dataset';
import { quantile, type RunningServer, type Session } from './server';

export interface LoadUser extends Session {
  userId: string;
  /** The in-progress tournée this user logs contacts into. */
  tourneeId: string;
  /** Situations this user may open (a mediator: those assigned to them). */
  situations: number[];
}

export interface Dataset {
  base: Base;
  sizes: CaseworkSizes & { contacts: number };
}

/** The signed-in users' tournées, started over HTTP (idempotent by client uuid). */
export async function startTournees(url: string, sessions: Array<Session & { userId: string }>, d: Dataset) {
  const mediators = d.base.loadUsers.filter((u) => u.role === 'mediateur').map((u) => u.id);
  const users: LoadUser[] = [];
  for (const [i, s] of sessions.entries()) {
    const tourneeId = randomUUID();
    const res = await fetch(`${url}/api/activites`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: tourneeId,
        cadre: 'tournee',
        debut: new Date(Date.now() - 30 * 60_000).toISOString(),
        territoireId: d.base.territoryIds[i % d.base.territoryIds.length],
        mediateurIds: [s.userId],
      }),
    });
    if (res.status !== 201) throw new Error(`tournée: HTTP ${res.status} ${await res.text()}`);
    const m = mediators.indexOf(s.userId);
    const situations: number[] = [];
    for (
      let g = m < 0 ? 0 : m;
      g < d.sizes.situations && situations.length < 200;
      g += m < 0 ? 7 : mediators.length
    )
      situations.push(g);
    users.push({ ...s, tourneeId, situations });
  }
  return users;
}

/** Transmitted signalements not yet moved on, and those taken into account waiting to be solved (kept across runs). */
let nextTransmis = 0;
const toResolve: string[] = [];

const NATURES = ['lien_social', 'ecoute', 'information', 'orientation', 'veille'];
const MOTIFS = ['numerique', 'sante', 'logement-hebergement', 'difficultes-financieres'];

interface Op {
  kind: 'read' | 'write';
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Called on a 2xx answer. */
  done?: () => void;
}

const rnd = (n: number) => Math.floor(Math.random() * n);

function demande(d: Dataset): Op {
  return {
    kind: 'write',
    method: 'POST',
    path: '/api/demandes',
    body: {
      id: randomUUID(),
      date: new Date().toISOString(),
      canal: 'permanence',
      territoireId: d.base.territoryIds[rnd(d.base.territoryIds.length)],
      personneId: Math.random() < 0.5 ? personneId(rnd(d.sizes.personnes)) : null,
      motifs: [MOTIFS[rnd(MOTIFS.length)]],
      reponses: [{ type: 'information' }],
    },
  };
}

export function pickOp(d: Dataset, u: LoadUser, r: number): Op {
  const activites = Math.round(d.sizes.contacts / 5);
  if (r < 0.07) return { kind: 'read', method: 'GET', path: '/api/activites?page=1&parPage=50' };
  if (r < 0.14) return { kind: 'read', method: 'GET', path: '/api/signalements?page=1&parPage=50' };
  if (r < 0.2) return { kind: 'read', method: 'GET', path: '/api/demandes?page=1&parPage=50' };
  if (r < 0.25) return { kind: 'read', method: 'GET', path: '/api/orientations?page=1&parPage=50' };
  if (r < 0.3) return { kind: 'read', method: 'GET', path: `/api/personnes?page=${1 + rnd(20)}&parPage=50` };
  if (r < 0.35) return { kind: 'read', method: 'GET', path: '/api/situations?page=1&parPage=50' };
  if (r < 0.42) return { kind: 'read', method: 'GET', path: `/api/activites/${activiteId(rnd(activites))}` };
  if (r < 0.49) return { kind: 'read', method: 'GET', path: `/api/activites/${u.tourneeId}` };
  if (r < 0.56)
    return {
      kind: 'read',
      method: 'GET',
      path: `/api/signalements/${signalementId(rnd(d.sizes.signalements))}`,
    };
  if (r < 0.62)
    return { kind: 'read', method: 'GET', path: `/api/demandes/${demandeId(rnd(d.sizes.demandes))}` };
  if (r < 0.66)
    return { kind: 'read', method: 'GET', path: `/api/personnes/${personneId(rnd(d.sizes.personnes))}` };
  if (r < 0.7)
    return u.situations.length
      ? {
          kind: 'read',
          method: 'GET',
          path: `/api/situations/${situationId(u.situations[rnd(u.situations.length)]!)}`,
        }
      : { kind: 'read', method: 'GET', path: '/api/situations?page=1&parPage=50' };
  if (r < 0.85)
    return {
      kind: 'write',
      method: 'POST',
      path: `/api/activites/${u.tourneeId}/contacts`,
      body: {
        id: randomUUID(),
        nature: NATURES[rnd(NATURES.length)],
        nbPersonnes: 1 + rnd(3),
        public: 'adulte',
        genre: 'femme',
      },
    };
  if (r < 0.95) return demande(d);
  // Status changes: solve one taken into account, or take the next transmitted one into account.
  while (nextTransmis < d.sizes.signalements && !isTransmis(nextTransmis)) nextTransmis++;
  const exhausted = nextTransmis >= d.sizes.signalements;
  const id = toResolve.length && (exhausted || Math.random() < 0.5) ? toResolve.shift()! : null;
  if (id)
    return {
      kind: 'write',
      method: 'POST',
      path: `/api/signalements/${id}/statut`,
      body: { statut: 'resolu' },
    };
  if (exhausted) return demande(d);
  const g = nextTransmis++;
  const sid = signalementId(g);
  return {
    kind: 'write',
    method: 'POST',
    path: `/api/signalements/${sid}/statut`,
    body: { statut: 'pris_en_compte', commentaire: 'Vu avec le gardien.' },
    done: () => toResolve.push(sid),
  };
}

export interface LoadResult {
  rate: number;
  durationS: number;
  requests: number;
  achievedRps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  reads: number;
  writes: number;
  /** CPU used by the server process during the run, in % of one core. */
  serverCpuPct: number;
  /** CPU used by this process (autocannon and its request builders), in % of one core. */
  generatorCpuPct: number;
  /** Busy share of all the machine's cores during the run (every process, other jobs included). */
  machineBusyPct: number;
  /** The first few failures: status, method and path (never a body with data). */
  failures: string[];
}

/** One user's autocannon instance: one connection, its own session, `rate` requests per second. */
function userLoad(
  url: string,
  u: LoadUser,
  d: Dataset,
  rate: number,
  durationS: number,
  seen: { latencies: number[]; reads: number; writes: number; non2xx: number; failures: string[] },
): Promise<autocannon.Result> {
  let op: Op | null = null;
  return new Promise((resolve, reject) => {
    const tracker = autocannon(
      {
        url,
        connections: 1,
        overallRate: rate,
        duration: durationS,
        timeout: 10,
        requests: [
          {
            setupRequest: (req) => {
              op = pickOp(d, u, Math.random());
              if (op.kind === 'read') seen.reads++;
              else seen.writes++;
              return {
                ...req,
                method: op.method,
                path: op.path,
                headers: {
                  cookie: u.cookie,
                  ...(op.method === 'POST'
                    ? { 'x-csrf-token': u.csrf, 'content-type': 'application/json' }
                    : {}),
                },
                body: op.body === undefined ? undefined : JSON.stringify(op.body),
              };
            },
            onResponse: (status, body) => {
              if (!op) return;
              if (status >= 200 && status < 300) op.done?.();
              else {
                seen.non2xx++;
                // The French error answer says what was refused; it holds no personal data.
                if (seen.failures.length < 5)
                  seen.failures.push(
                    `${status} ${op.method} ${op.path.replace(/[0-9a-f-]{36}/g, ':id')} ${body.slice(0, 160)}`,
                  );
              }
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    tracker.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
      seen.latencies.push(ms),
    );
  });
}

/**
 * The mixed load at `rate` requests/s for `durationS`: one autocannon instance per user, each
 * on its own connection with its own session, started 1/50 s apart. (One instance with 50
 * connections would fire every connection's share at the same instant each second: 50
 * simultaneous requests, then silence, which is a burst test, not a fixed rate.) Latencies are
 * every response's own time, gathered here, without autocannon's coordinated-omission filling.
 */
/** Busy and total CPU ticks of the whole machine, from /proc/stat. */
function machineTicks() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { total, busy: total - f[3]! - f[4]! };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runLoad(
  server: RunningServer,
  users: LoadUser[],
  d: Dataset,
  rate: number,
  durationS: number,
): Promise<LoadResult> {
  const cpu0 = server.cpuS();
  const own0 = process.cpuUsage();
  const machine0 = machineTicks();
  const t0 = performance.now();
  const seen = { latencies: [] as number[], reads: 0, writes: 0, non2xx: 0, failures: [] as string[] };
  const n = Math.min(users.length, rate);
  const runs: Array<Promise<autocannon.Result>> = [];
  for (let i = 0; i < n; i++) {
    const share = Math.floor(rate / n) + (i < rate % n ? 1 : 0);
    runs.push(userLoad(server.url, users[i]!, d, share, durationS, seen));
    await new Promise((r) => setTimeout(r, 1000 / n));
  }
  const results = await Promise.all(runs);
  const wallS = (performance.now() - t0) / 1000;
  const serverCpuPct = ((server.cpuS() - cpu0) / wallS) * 100;
  const own = process.cpuUsage(own0);
  const generatorCpuPct = ((own.user + own.system) / 1e6 / wallS) * 100;
  const machine1 = machineTicks();
  const machineBusyPct = ((machine1.busy - machine0.busy) / (machine1.total - machine0.total)) * 100;
  const requests = seen.latencies.length;
  return {
    rate,
    durationS,
    requests,
    achievedRps: requests / durationS,
    p50: round(quantile(seen.latencies, 0.5)),
    p90: round(quantile(seen.latencies, 0.9)),
    p99: round(quantile(seen.latencies, 0.99)),
    max: round(Math.max(...seen.latencies)),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    non2xx: seen.non2xx,
    reads: seen.reads,
    writes: seen.writes,
    serverCpuPct,
    generatorCpuPct,
    machineBusyPct,
    failures: seen.failures,
  };
}

export const passes = (r: LoadResult, p99Ms: number) =>
  r.errors === 0 && r.non2xx === 0 && r.p99 <= p99Ms && r.achievedRps >= 0.95 * r.rate;

/** Highest rate with p99 ≤ `p99Ms`, 0 errors and the rate held: up by 1.5× from `start`, then one bisection. */
export async function stepSearch(
  server: RunningServer,
  users: LoadUser[],
  d: Dataset,
  start: number,
  p99Ms: number,
  stepS: number,
): Promise<{ best: LoadResult | null; steps: LoadResult[] }> {
  const steps: LoadResult[] = [];
  let best: LoadResult | null = null;
  let high: number | null = null;
  let rate = start;
  for (let i = 0; i < 6; i++) {
    const r = await runLoad(server, users, d, rate, stepS);
    steps.push(r);
    if (passes(r, p99Ms)) best = r;
    else high = rate;
    const low = best?.rate ?? null;
    if (low !== null && high !== null && high - low <= Math.max(10, low * 0.1)) break;
    if (high === null) rate = Math.round(rate * 1.5);
    else rate = low === null ? Math.round(rate / 2) : Math.round((low + high) / 2);
    if (rate < 5) break;
  }
  return { best, steps };
}

export const loadRow = (label: string, r: LoadResult, goalP99: number) =>
  `| ${label} | ${r.rate} | ${r.durationS} s | ${r.achievedRps.toFixed(0)} | ${r.reads}/${r.writes} | ${r.p50} | ${r.p90} | ${r.p99}${r.p99 > goalP99 ? ' ✗' : ''} | ${r.max} | ${r.errors} | ${r.non2xx}${r.failures.length ? ` (${r.failures.join('; ')})` : ''} | ${r.serverCpuPct.toFixed(0)} % | ${r.generatorCpuPct.toFixed(0)} % | ${r.machineBusyPct.toFixed(0)} % |`;
export const LOAD_HEADER = [
  '| Run | Target req/s | Duration | Achieved req/s | Reads/writes sent | p50 ms | p90 ms | p99 ms | max ms | Errors (connection, timeout) | Non-2xx | Server process CPU (% of a core) | Load generator CPU (% of a core) | Machine busy (% of 2 cores, all processes) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];
