#!/usr/bin/env bash
# The server the browser tests run against: a fresh PGlite folder with the demo loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${E2E_PORT:-3210}" LOG_LEVEL=warn
# One folder per port: several runs on one machine (E2E_PORT) never share a PGlite folder.
export TRAME_DATA_DIR=".tmp/e2e-data-$PORT"
unset DATABASE_URL
rm -rf "$TRAME_DATA_DIR"
node --import tsx server/src/cli.ts demo >/dev/null
exec node --import tsx server/src/main.ts
