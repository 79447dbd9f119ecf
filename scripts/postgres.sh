#!/usr/bin/env bash
# A throwaway PostgreSQL for the hub tests, on 127.0.0.1 only.
#
#   eval "$(scripts/postgres.sh start [PORT])"   # installs Debian's postgresql if missing
#                                                # (as root), starts a cluster in a temp
#                                                # dir, creates a database, prints
#                                                # export DATAFI_TEST_DATABASE_URL=...
#   scripts/postgres.sh status                   # prints the export line if running
#   scripts/postgres.sh stop                     # stops it and removes its directory
#
# Idempotent: "start" while running prints the same export line. Only the export
# line goes to stdout; everything else goes to stderr. The cluster lives in
# $DATAFI_PG_DIR (default: $TMPDIR/datafi-pg) and runs as the postgres user when
# started by root (initdb refuses root). fsync is off: this is test data.
set -euo pipefail

command=${1:-start}
wanted_port=${2:-}
base=${DATAFI_PG_DIR:-${TMPDIR:-/tmp}/datafi-pg}
database=${DATAFI_PG_DATABASE:-datafi_test}

say() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ] && command -v pg_ctl >/dev/null 2>&1; then
    dir=$(dirname "$(command -v pg_ctl)")
  fi
  echo "$dir"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

export_line() {
  echo "export DATAFI_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:$(cat "$base/port")/$database"
}

running() {
  [ -f "$base/port" ] && [ -d "$base/data" ] && as_owner "$bin/pg_ctl" -D "$base/data" status >/dev/null 2>&1
}

bin=$(find_bin)
if [ -z "$bin" ] && [ "$command" = start ]; then
  if [ "$(id -u)" != 0 ]; then
    say "PostgreSQL is not installed and this is not root: apt-get install postgresql"
    exit 1
  fi
  say "installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(find_bin)
fi

case "$command" in
  start)
    if [ -z "$bin" ]; then say "no PostgreSQL binaries found"; exit 1; fi
    if running; then
      export_line
      exit 0
    fi
    rm -rf "$base"
    mkdir -p "$base"
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home "$base" postgres
      chown postgres "$base"
    fi
    port=$wanted_port
    if [ -z "$port" ]; then
      port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    fi
    as_owner "$bin/initdb" -D "$base/data" -U postgres --auth=trust -E UTF8 >"$base/initdb.log" 2>&1 \
      || { cat "$base/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 \
      -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >&2 || { cat "$base/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database" >&2
    echo "$port" >"$base/port"
    say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $base)"
    export_line
    ;;
  status)
    if running; then export_line; else say "not running"; exit 1; fi
    ;;
  stop)
    if [ -n "$bin" ] && [ -d "$base/data" ]; then
      as_owner "$bin/pg_ctl" -D "$base/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$base"
    ;;
  *)
    say "usage: $0 start [PORT] | status | stop"
    exit 2
    ;;
esac
