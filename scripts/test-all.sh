#!/usr/bin/env bash
# npm test: typecheck and lint, then every suite — integration on PGlite, the same on a real
# PostgreSQL 15, browser journeys in Chromium — and one closing line summed over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."
R=.tmp/reports
rm -rf "$R" && mkdir -p "$R"
status=0
step() { echo; echo "=== $1"; }

step "typecheck"
npm run --silent typecheck || status=1
step "lint"
npx biome check --diagnostic-level=error . || status=1

step "unit + integration tests on PGlite"
npx vitest run --reporter=default --reporter=json --outputFile="$R/vitest-pglite.json" || status=1

step "integration tests on PostgreSQL 15"
bash scripts/with-postgres.sh npx vitest run --project server --reporter=default --reporter=json \
  --outputFile="$R/vitest-postgresql.json" || status=1

suites=("pglite=$R/vitest-pglite.json" "postgresql=$R/vitest-postgresql.json")
if [ -n "${TRAME_NODE24_BIN:-}" ]; then
  step "integration tests on PGlite under Node $("$TRAME_NODE24_BIN/node" --version)"
  # The runtime check: the slowest database-bound files (fuzz, access matrix, backup, EXPLAIN
  # plans) already ran on both engines above and test nothing Node-specific.
  PATH="$TRAME_NODE24_BIN:$PATH" npx vitest run --project server --reporter=default --reporter=json \
    --exclude server/test/fuzz.test.ts --exclude server/test/access-matrix.test.ts \
    --exclude server/src/db/backup.test.ts --exclude server/src/db/list-plans.test.ts \
    --outputFile="$R/vitest-node24.json" || status=1
  suites+=("node24=$R/vitest-node24.json")
fi

if [ "${TRAME_SKIP_E2E:-}" != "1" ]; then
  step "browser journeys in Chromium"
  bash scripts/e2e.sh || status=1
  suites+=("chromium=$R/playwright.json")
fi

step "summary"
node scripts/summarize-tests.mjs "${suites[@]}" || status=1
exit $status
