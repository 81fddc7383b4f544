// Sums the JSON reports of every suite (Vitest and Playwright) into one closing line:
// "N passed, N failed, N skipped". Exits 1 when a test failed or a suite left no report.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const [name, file] of process.argv.slice(2).map((a) => a.split('='))) {
  if (!existsSync(file)) {
    console.log(`${name}: no report (the suite did not run to the end)`);
    missing++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  let p;
  let f;
  let s;
  if (r.stats && 'expected' in r.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky passed on retry.
    p = r.stats.expected + (r.stats.flaky ?? 0);
    f = r.stats.unexpected;
    s = r.stats.skipped;
  } else {
    p = r.numPassedTests;
    f =
      r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
    s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  const flaky = r.stats?.flaky ? ` (${r.stats.flaky} flaky: failed once, passed on retry)` : '';
  console.log(`${name}: ${p} passed, ${f} failed, ${s} skipped${flaky}`);
  passed += p;
  failed += f;
  skipped += s;
}
console.log(`${passed} passed, ${failed + missing} failed, ${skipped} skipped`);
process.exit(failed + missing > 0 ? 1 : 0);
