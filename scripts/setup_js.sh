#!/usr/bin/env bash
# Install the pinned npm packages under tools/js (solc-js, OpenZeppelin contracts and
# merkle-tree, Hardhat 2, ethers 6) exactly as package-lock.json says.
#
# Idempotent: skips the install when tools/js/node_modules was installed from the current
# package-lock.json (a stamp file records the lockfile's hash). When npm is missing it prints
# a warning and exits 0: the tests marked `node` then skip themselves.
#
# Usage: bash scripts/setup_js.sh [--force]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
js="$root/tools/js"
lock="$js/package-lock.json"
stamp="$js/node_modules/.datafi-lock.sha256"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "setup_js: WARNING: node/npm not found; skipping the JS tools (tests marked 'node' will be skipped)" >&2
    exit 0
fi

want="$(sha256sum "$lock" | cut -d' ' -f1)"
if [[ "${1:-}" != "--force" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    echo "setup_js: tools/js/node_modules is up to date with package-lock.json"
    exit 0
fi

echo "setup_js: npm ci in tools/js (node $(node --version), npm $(npm --version))"
# --ignore-scripts: no package here needs an install script (keccak falls back to pure JS).
npm ci --prefix "$js" --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$want" >"$stamp"
echo "setup_js: done"
