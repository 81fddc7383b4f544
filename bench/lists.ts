/**
 * Every list endpoint through real HTTP (the app in its own process on a loopback port), signed
 * in as a coordinator and as a mediator: median and p95 over 50 calls of the first page as the
 * UI opens it (default filters) and of a far page (page 100 of the widest query, or its last
 * page when it has fewer). Goal (issue 12 part 6): ≤ 50 ms on PostgreSQL, ≤ 100 ms on PGlite.
 *
 * Run alone: npx tsx bench/lists.ts [--engine=pglite|postgresql] [--scale=1] [--calls=50]
 * (PostgreSQL: under scripts/with-postgres.sh). `benchLists()` is used by bench/http.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFullDataset, TEST_PASSWORD } from './dataset';
import { benchPort, quantile, type Session, signIn, startServer } from './server';

/** Paginated lists (docs/listes.md) with the query that widens them to their whole history. */
const PAGED: Array<{ path: string; wide: string }> = [
  { path: '/api/activites', wide: 'du=2000-01-01' },
  { path: '/api/observations', wide: 'nonTraitees=false' },
  { path: '/api/signalements', wide: 'ouverts=false' },
  { path: '/api/signalements/diagnostics', wide: '' },
  { path: '/api/demandes', wide: 'du=2000-01-01' },
  { path: '/api/orientations', wide: 'ouvertes=false' },
  { path: '/api/personnes', wide: '' },
  { path: '/api/situations', wide: 'ouvertes=false' },
  { path: '/api/declarations-impartialite', wide: '' },
  { path: '/api/journal', wide: 'du=2000-01-01' },
  { path: '/api/conventions', wide: '' },
  { path: '/api/annuaire/services', wide: '' },
];
/** Lists kept whole by the contract (set-up lists used by forms). */
const WHOLE = ['/api/partenaires', '/api/utilisateurs', '/api/territoires'];
const FAR_PAGE = 100;

interface Timing {
  median: number;
  p95: number;
  status: number;
  total: number | null;
}

async function timeCalls(url: string, s: Session, calls: number): Promise<Timing> {
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie: s.cookie } });
    const text = await res.text();
    return { ms: performance.now() - t0, status: res.status, text };
  };
  const first = await once(); // warm-up, and the total
  const xs: number[] = [];
  for (let i = 0; i < calls; i++) {
    const r = await once();
    if (r.status !== first.status) throw new Error(`${url}: HTTP ${r.status} after ${first.status}`);
    xs.push(r.ms);
  }
  let total: number | null = null;
  if (first.status === 200) {
    const body = JSON.parse(first.text);
    total = typeof body.total === 'number' ? body.total : Array.isArray(body) ? body.length : null;
  }
  return { median: quantile(xs, 0.5), p95: quantile(xs, 0.95), status: first.status, total };
}

const fmt = (t: Timing, goal: number) =>
  t.status !== 200
    ? `HTTP ${t.status}`
    : `${t.median.toFixed(1)} / ${t.p95.toFixed(1)}${t.p95 > goal ? ' ✗' : ''}`;

export interface ListsResult {
  markdown: string;
  worstP95: number;
  missed: string[];
}

/**
 * `sessions`: the roles timed on every list; `spare` (the direction) is timed instead where the
 * first of them is refused (the journal).
 */
export async function benchLists(
  base: string,
  sessions: Session[],
  spare: Session,
  goalMs: number,
  calls = 50,
): Promise<ListsResult> {
  const lines = [
    `Median / p95 in ms over ${calls} calls after one warm-up, sequential, through HTTP with the session cookie; ✗ = p95 over the goal (${goalMs} ms). "Whole history": the query that widens a list past its default period or its open rows; "far page": its page ${FAR_PAGE} (or its last page when shorter), 50 per page.`,
    '',
    '| List | Role | First page (default filters) | Rows (default) | Whole history: query | First page (whole history) | Far page | Far page: page | Rows (whole history) |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const missed: string[] = [];
  let worstP95 = 0;
  const note = (label: string, t: Timing) => {
    if (t.status !== 200) return;
    worstP95 = Math.max(worstP95, t.p95);
    if (t.p95 > goalMs) missed.push(`${label}: p95 ${t.p95.toFixed(0)} ms`);
  };
  for (const [i, who] of sessions.entries()) {
    for (const list of PAGED) {
      let s = who;
      let first = await timeCalls(`${base}${list.path}?page=1&parPage=50`, s, calls);
      if (i === 0 && first.status === 403) {
        s = spare;
        first = await timeCalls(`${base}${list.path}?page=1&parPage=50`, s, calls);
      }
      note(`${list.path} first page (${s.role})`, first);
      let wideCell = '—';
      let farCell = '—';
      let farPage = '—';
      let wideTotal: number | null = first.total;
      if (first.status === 200) {
        const sep = list.wide ? `${list.wide}&` : '';
        const wide = list.wide
          ? await timeCalls(`${base}${list.path}?${sep}page=1&parPage=50`, s, calls)
          : first;
        if (list.wide) note(`${list.path}?${list.wide} first page (${s.role})`, wide);
        wideCell = list.wide ? fmt(wide, goalMs) : 'same';
        wideTotal = wide.total ?? 0;
        const page = Math.max(1, Math.min(FAR_PAGE, Math.ceil(wideTotal / 50)));
        farPage = String(page);
        const far = await timeCalls(`${base}${list.path}?${sep}page=${page}&parPage=50`, s, calls);
        note(`${list.path}?${sep}page=${page} (${s.role})`, far);
        farCell = fmt(far, goalMs);
      }
      lines.push(
        `| \`${list.path}\` | ${s.role} | ${fmt(first, goalMs)} | ${first.total ?? '—'} | \`${list.wide || '(none)'}\` | ${wideCell} | ${farCell} | ${farPage} | ${wideTotal ?? '—'} |`,
      );
    }
    for (const p of WHOLE) {
      const t = await timeCalls(`${base}${p}`, who, calls);
      note(`${p} (${who.role})`, t);
      lines.push(
        `| \`${p}\` (whole list) | ${who.role} | ${fmt(t, goalMs)} | ${t.total ?? '—'} | — | — | — |`,
      );
    }
  }
  return { markdown: lines.join('\n'), worstP95, missed };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const engine = (arg('engine') ?? 'pglite') as 'pglite' | 'postgresql';
  const { bench, base: ids } = await loadFullDataset(engine, Number(arg('scale') ?? 1));
  const server = await startServer(bench, benchPort(0));
  try {
    const coord = ids.loadUsers.find((u) => u.role === 'coordinateur')!;
    const med = ids.loadUsers.find((u) => u.role === 'mediateur')!;
    const sessions = [
      await signIn(server.url, coord.email, coord.role, TEST_PASSWORD),
      await signIn(server.url, med.email, med.role, TEST_PASSWORD),
    ];
    const spare = await signIn(server.url, ids.direction.email, 'direction', TEST_PASSWORD);
    const r = await benchLists(
      server.url,
      sessions,
      spare,
      engine === 'pglite' ? 100 : 50,
      Number(arg('calls') ?? 50),
    );
    console.log(r.markdown);
  } finally {
    await server.stop();
    await bench.dispose();
  }
}
