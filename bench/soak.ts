/**
 * Soak (issue 18 part 11): the mixed load of bench/load.ts at 200 requests/s for `--minutes`
 * (10 in `npm run bench`) against a freshly started server process; errors (goal 0) and the
 * server's RSS sampled every 5 s and averaged per minute (goal: flat, under 10 % growth after the
 * first minute).
 *
 * `soak()` is used by bench/http.ts; run alone: npx tsx bench/http.ts --engine=postgresql --only=soak --minutes=1
 */
import { type Dataset, type LoadResult, type LoadUser, runLoad } from './load';
import type { RunningServer } from './server';

export interface SoakResult {
  load: LoadResult;
  /** RSS in MB at the start. */
  startMb: number;
  /** Per minute: the mean, lowest and highest of the RSS samples taken every 5 s. */
  minutesMb: Array<{ mean: number; min: number; max: number }>;
  /**
   * Growth of the floor of the RSS (each minute's lowest sample, the heap right after a
   * collection) from minute 2 (once caches and the JIT have warmed up) to the last minute, in %.
   * A leak raises the floor; the garbage collector's swings (±25 % within a minute) only move
   * the peaks and the means, so one sample a minute measured the swings, not a trend.
   */
  growthPct: number;
  /** The same growth on the minutes' means, reported beside it. */
  meanGrowthPct: number;
}

const SAMPLE_EVERY_MS = 5_000;

export async function soak(
  server: RunningServer,
  users: LoadUser[],
  d: Dataset,
  minutes: number,
  rate = 200,
): Promise<SoakResult> {
  const startMb = server.rssMb();
  const started = performance.now();
  const samples: Array<{ minute: number; mb: number }> = [];
  const timer = setInterval(() => {
    const minute = Math.floor((performance.now() - started) / 60_000);
    if (minute < minutes) samples.push({ minute, mb: server.rssMb() });
  }, SAMPLE_EVERY_MS);
  const load = await runLoad(server, users, d, rate, minutes * 60);
  clearInterval(timer);
  const minutesMb: SoakResult['minutesMb'] = [];
  for (let m = 0; m < minutes; m++) {
    const mbs = samples.filter((x) => x.minute === m).map((x) => x.mb);
    if (mbs.length === 0) continue;
    minutesMb.push({
      mean: mbs.reduce((a, b) => a + b, 0) / mbs.length,
      min: Math.min(...mbs),
      max: Math.max(...mbs),
    });
  }
  const growth = (pick: (m: { mean: number; min: number }) => number) => {
    const base = minutesMb[1];
    const last = minutesMb.at(-1);
    return base && last && minutesMb.length > 2 ? ((pick(last) - pick(base)) / pick(base)) * 100 : 0;
  };
  return { load, startMb, minutesMb, growthPct: growth((m) => m.min), meanGrowthPct: growth((m) => m.mean) };
}

/** "130 → 183 (170–201) → …": the start, then each minute's mean with its range. */
export function rssLine(r: SoakResult): string {
  const mins = r.minutesMb.map((m) => `${m.mean.toFixed(0)} (${m.min.toFixed(0)}–${m.max.toFixed(0)})`);
  return [r.startMb.toFixed(0), ...mins].join(' → ');
}

export function soakMarkdown(r: SoakResult, minutes: number): string {
  const ok = r.load.errors === 0 && r.load.non2xx === 0;
  return [
    `${minutes} min at ${r.load.rate} req/s on a freshly started server: ${r.load.requests} requests (${r.load.achievedRps.toFixed(0)}/s achieved), p50 ${r.load.p50} ms, p99 ${r.load.p99} ms, max ${r.load.max} ms.`,
    '',
    `- **Errors: ${r.load.errors} connection/timeout, ${r.load.non2xx} non-2xx** (goal 0: ${ok ? 'met' : `MISSED${r.load.failures.length ? ` — first: ${r.load.failures.join('; ')}` : ''}`}).`,
    `- **Server RSS (MB), at the start then each minute's mean (lowest–highest of its 5-s samples): ${rssLine(r)}**; growth from minute 2 to the last minute of the floor (lowest sample) ${r.growthPct.toFixed(1)} % (goal < 10 %: ${r.growthPct < 10 ? 'met' : 'MISSED'}), of the mean ${r.meanGrowthPct.toFixed(1)} %.`,
  ].join('\n');
}
