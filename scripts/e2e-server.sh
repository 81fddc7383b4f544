#!/usr/bin/env bash
# The server the browser tests run against: the production build (scripts/start.mjs rebuilds what
# is stale) on a fresh PGlite folder with the demo loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${E2E_PORT:-3210}" LOG_LEVEL=warn
# One folder per port: several runs on one machine (E2E_PORT) never share a PGlite folder.
export TRAME_DATA_DIR=".tmp/e2e-data-$PORT"
unset DATABASE_URL
rm -rf "$TRAME_DATA_DIR"
node scripts/start.mjs cli demo >/dev/null
exec node scripts/start.mjs
