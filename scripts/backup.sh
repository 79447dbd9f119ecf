#!/usr/bin/env bash
# Back up or restore a hub that runs on PostgreSQL: the database (pg_dump, custom format)
# and every asset file (copied through `datafi-hub assets migrate`, each sha-256 checked).
#
#   scripts/backup.sh backup  DIR    # DIR new or empty: hub.pgdump, assets/, SHA256SUMS, MANIFEST
#   scripts/backup.sh restore DIR    # into the database and asset store configured below
#
# The hub is configured the usual way (docs/deploy.md): DATAFI_HUB_DATABASE_URL
# (postgresql+psycopg://…), DATAFI_HUB_ASSET_STORE (a directory or s3://BUCKET/PREFIX;
# default DATAFI_HUB_DIR/assets), DATAFI_HUB_S3_ENDPOINT_URL and the AWS variables for S3.
# DATAFI_HUB_DB_SCHEMA limits the dump to one schema (several hubs in one database).
# DATAFI_HUB_BIN is the hub command (default: datafi-hub).
#
# Order matters: the database is dumped first, the assets copied after it. Assets are
# content-addressed and never deleted, so every asset the dump refers to is in the copy.
# Hub processes may keep running during a backup (pg_dump reads one snapshot); stop them
# for a restore.
set -euo pipefail

say() { echo "backup.sh: $*" >&2; }
die() { say "$*"; exit 1; }

[ $# -eq 2 ] || die "usage: scripts/backup.sh backup|restore DIR"
action=$1
dir=$2
url=${DATAFI_HUB_DATABASE_URL:-}
case "$url" in
  postgresql*) ;;
  *) die "DATAFI_HUB_DATABASE_URL must name a PostgreSQL database (SQLite: copy the file with sqlite3 .backup)";;
esac
pg_url=${url/postgresql+psycopg:/postgresql:}   # libpq does not know the driver suffix
schema_args=()
if [ -n "${DATAFI_HUB_DB_SCHEMA:-}" ]; then schema_args=(--schema="$DATAFI_HUB_DB_SCHEMA"); fi
hub=${DATAFI_HUB_BIN:-datafi-hub}
store=${DATAFI_HUB_ASSET_STORE:-}
if [ -z "$store" ]; then
  [ -n "${DATAFI_HUB_DIR:-}" ] || die "set DATAFI_HUB_ASSET_STORE or DATAFI_HUB_DIR"
  store="$DATAFI_HUB_DIR/assets"
fi

case "$action" in
  backup)
    if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then die "$dir is not empty"; fi
    mkdir -p "$dir"
    started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    pg_dump --format=custom --no-owner "${schema_args[@]}" --file "$dir/hub.pgdump" "$pg_url" \
      || die "pg_dump failed (nothing usable in $dir)"
    DATAFI_HUB_ASSET_STORE="$store" $hub assets migrate --to "$dir/assets" >&2 \
      || die "copying the assets failed (see above)"
    (cd "$dir" && find hub.pgdump assets -type f -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
    {
      echo "started: $started"
      echo "finished: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
      echo "schema: ${DATAFI_HUB_DB_SCHEMA:-(whole database)}"
      echo "dump bytes: $(stat -c %s "$dir/hub.pgdump")"
      echo "asset files: $(find "$dir/assets" -type f | wc -l)"
    } > "$dir/MANIFEST"
    say "backed up to $dir"
    ;;
  restore)
    [ -f "$dir/hub.pgdump" ] && [ -f "$dir/SHA256SUMS" ] || die "$dir holds no backup"
    (cd "$dir" && sha256sum --quiet -c SHA256SUMS) || die "$dir is damaged: checksums differ"
    pg_restore --clean --if-exists --no-owner --exit-on-error \
      --dbname "$pg_url" "$dir/hub.pgdump" || die "pg_restore failed"
    DATAFI_HUB_ASSET_STORE="$dir/assets" $hub assets migrate --to "$store" >&2 \
      || die "copying the assets back failed (see above)"
    say "restored from $dir"
    ;;
  *) die "usage: scripts/backup.sh backup|restore DIR";;
esac
