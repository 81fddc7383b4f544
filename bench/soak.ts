/**
 * Soak (issue 18 part 11): the mixed load of bench/load.ts at 200 requests/s for `--minutes`
 * (10 in `npm run bench`) against a freshly started server process; errors (goal 0) and the
 * server's RSS every minute (goal: flat, under 10 % growth after the first minute).
 *
 * `soak()` is used by bench/http.ts; run alone: npx tsx bench/http.ts --engine=postgresql --only=soak --minutes=1
 */
import { type Dataset, type LoadResult, type LoadUser, runLoad } from './load';
import type { RunningServer } from './server';

export interface SoakResult {
  load: LoadResult;
  /** RSS in MB at the start, then at the end of each minute. */
  rssMb: number[];
  /** Growth from the end of the first minute to the highest later sample, in %. */
  growthPct: number;
}

export async function soak(
  server: RunningServer,
  users: LoadUser[],
  d: Dataset,
  minutes: number,
  rate = 200,
): Promise<SoakResult> {
  const rssMb = [server.rssMb()];
  const timer = setInterval(() => rssMb.push(server.rssMb()), 60_000);
  const load = await runLoad(server, users, d, rate, minutes * 60);
  clearInterval(timer);
  if (rssMb.length < minutes + 1) rssMb.push(server.rssMb());
  const afterFirst = rssMb[1]!;
  const growthPct = rssMb.length > 2 ? ((Math.max(...rssMb.slice(2)) - afterFirst) / afterFirst) * 100 : 0;
  return { load, rssMb, growthPct };
}

export function soakMarkdown(r: SoakResult, minutes: number): string {
  const ok = r.load.errors === 0 && r.load.non2xx === 0;
  return [
    `${minutes} min at ${r.load.rate} req/s on a freshly started server: ${r.load.requests} requests (${r.load.achievedRps.toFixed(0)}/s achieved), p50 ${r.load.p50} ms, p99 ${r.load.p99} ms, max ${r.load.max} ms.`,
    '',
    `- **Errors: ${r.load.errors} connection/timeout, ${r.load.non2xx} non-2xx** (goal 0: ${ok ? 'met' : `MISSED${r.load.failures.length ? ` — first: ${r.load.failures.join('; ')}` : ''}`}).`,
    `- **Server RSS (MB), start then every minute: ${r.rssMb.map((x) => x.toFixed(0)).join(' → ')}**; growth after the first minute ${r.growthPct.toFixed(1)} % (goal < 10 %: ${r.growthPct < 10 ? 'met' : 'MISSED'}).`,
  ].join('\n');
}
