#!/usr/bin/env bash
# Installs everything the test suite needs, then runs it:
#   Debian packages (scripts/system_deps.sh), a virtual environment with the app
#   and its dev tools, the JavaScript tools (scripts/setup_js.sh), a throwaway
#   PostgreSQL (scripts/postgres.sh), then ruff, mypy on core, and pytest.
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

if [ -z "${DATAFI_TEST_DATABASE_URL:-}" ] && [ -x scripts/postgres.sh ]; then
  # starts a throwaway cluster and prints export lines; stopped when this script exits
  eval "$(bash scripts/postgres.sh start)" || echo "test.sh: no PostgreSQL; its tests will skip" >&2
  trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
fi

echo "== ruff"
"$VENV/bin/ruff" check .
echo "== mypy datafi_desktop/core"
"$VENV/bin/mypy" datafi_desktop/core
echo "== pytest"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# one worker per core (at least two: many tests wait on sockets and subprocesses)
workers=$("$VENV/bin/python" -c "import os; print(max(2, os.cpu_count() or 1))")
"$VENV/bin/python" -m pytest -n "$workers" --dist loadscope "$@"
