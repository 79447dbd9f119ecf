#!/usr/bin/env bash
# Recompile resources/contracts/*.sol into resources/contracts/artifacts/ (see
# tools/js/build-contracts.mjs). Pass --check to only verify the committed artifacts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/scripts/setup_js.sh"
exec node "$root/tools/js/build-contracts.mjs" "$@"
