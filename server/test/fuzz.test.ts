/**
 * Part 3 of issue 18: every route of the app (route-walker.ts) gets generated hostile bodies,
 * query strings and path parameters (hostile-inputs.ts), signed in, and anonymously where the
 * route is public. Expected: no answer ≥ 500; every 4xx a JSON error with a French message; no
 * row changed by a refused request. Fixed seed and runs per route (ADR 017):
 * FUZZ_RUNS / FUZZ_SEED override them for a deeper local run.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendAs, useAccessApp } from './access-app';
import type { Identity } from './access-dataset';
import { isRefused } from './access-matrix-file';
import { badErrorAnswer } from './error-answer';
import { hostileInputs } from './hostile-inputs';
import { changedTables, installWriteLog } from './rollback-db';
import { validRequest } from './route-inputs';
import { walkRoutes } from './route-walker';

const RUNS = Number(process.env.FUZZ_RUNS ?? 16);
const SEED = Number(process.env.FUZZ_SEED ?? 18);
/** Who fuzzes a route: the first of these its valid request does not refuse. */
const FUZZERS = ['admin', 'coordinateur', 'mediateur', 'partenaire-bailleur'];

describe('fuzz: hostile input on every route', () => {
  const { t, rb, data } = useAccessApp();
  beforeAll(async () => {
    await installWriteLog(rb.db);
  });

  it('no 5xx, French JSON errors, nothing written by a refused request', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    let tried = 0;
    let fiveHundreds = 0;
    /** Requests during which a database statement failed outside a transaction. */
    const failedStatements: string[] = [];
    const started = performance.now();
    for (const [i, route] of walkRoutes(t.app).entries()) {
      const valid = validRequest(route, data.ids);
      const fuzzers: Array<[string, Identity]> = [];
      for (const name of FUZZERS) {
        const who = data.identities[name]!;
        const { value } = await rb.rolledBack(() => sendAs(t.app, who, valid));
        if (!isRefused(value.statusCode)) {
          fuzzers.push([name, who]);
          break;
        }
      }
      const anonymous = data.identities.anonyme!;
      const { value: anon } = await rb.rolledBack(() => sendAs(t.app, anonymous, valid));
      if (!isRefused(anon.statusCode)) fuzzers.push(['anonyme', anonymous]);
      for (const [j, [name, who]] of fuzzers.entries()) {
        const { sweep, random } = hostileInputs(route, data.ids);
        const inputs = [...sweep, ...fc.sample(random, { seed: SEED + i * 7 + j, numRuns: RUNS })];
        for (const input of inputs) {
          tried++;
          let changed: string[] = [];
          const { value: res, aborted } = await rb.rolledBack(
            () => sendAs(t.app, who, input.request),
            async (r) => {
              if (r.statusCode >= 400) changed = await changedTables(rb.db);
            },
          );
          const where = `${route.key} as ${name}, ${input.what}`;
          if (aborted) failedStatements.push(`${res.statusCode} ${where}`);
          if (res.statusCode >= 500) {
            fiveHundreds++;
            failures.push(`${res.statusCode} ${where}`);
            continue;
          }
          if (res.statusCode >= 400) {
            const bad = badErrorAnswer(
              input.request.url,
              res.statusCode,
              String(res.headers['content-type'] ?? ''),
              res.body,
            );
            if (bad) failures.push(`${bad}: ${where}`);
            if (changed.length)
              failures.push(`${res.statusCode} but rows changed in ${changed.join(', ')}: ${where}`);
          }
        }
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `fuzz: ${tried} hostile inputs, ${fiveHundreds} answers ≥ 500, ${failures.length} failures, ${seconds} s (runs ${RUNS}, seed ${SEED})`,
    );
    if (failures.length) console.info(`fuzz failures:\n${failures.join('\n')}`);
    if (failedStatements.length)
      console.info(
        `fuzz: a database statement failed in ${failedStatements.length} requests:\n${failedStatements.join('\n')}`,
      );
    expect(failures).toEqual([]);
  });
});
