#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL 15 on a loopback port, then stops it.
# Usage: scripts/with-postgres.sh <command…>   (exports TEST_DATABASE_URL for the command)
set -euo pipefail
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)}"
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "PostgreSQL 15 server binaries not found: installing them (apt-get install postgresql-15)" >&2
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y -qq postgresql-15 >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq postgresql-15 >/dev/null)
  else
    echo "Install postgresql-15 (apt-get install postgresql-15) and retry." >&2
    exit 1
  fi
  PGBIN=/usr/lib/postgresql/15/bin
fi
PORT="${TEST_PG_PORT:-54329}"
DIR="$(mktemp -d /tmp/trame-pg.XXXXXX)"
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: run the server as the postgres system user.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$DIR"
  RUN_AS=(runuser -u postgres --)
fi
cleanup() {
  "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U trame --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
export TEST_DATABASE_URL="postgres://trame@127.0.0.1:$PORT/postgres"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$PORT" >&2
"$@"
