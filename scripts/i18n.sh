#!/usr/bin/env bash
# Translations with Qt's own tools (docs/i18n.md):
#   scripts/i18n.sh            update every datafi_desktop/i18n/*.ts from the source
#                              (pyside6-lupdate over datafi_desktop/ui), then compile
#                              the .qm files beside them (pyside6-lrelease) and print
#                              how complete each language is
#   scripts/i18n.sh status     completeness only
# PYTHON chooses the interpreter (default: .venv/bin/python, else python3); its PySide6
# provides lupdate and lrelease.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-$([ -x .venv/bin/python ] && echo .venv/bin/python || echo python3)}
case "${1:-all}" in
  all) "$PY" -m datafi_desktop.i18n update && "$PY" -m datafi_desktop.i18n compile >/dev/null ;;
  update|compile|status) "$PY" -m datafi_desktop.i18n "$1" ;;
  *) echo "usage: scripts/i18n.sh [all|update|compile|status]" >&2; exit 2 ;;
esac
