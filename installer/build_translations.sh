#!/usr/bin/env bash
# Compile resources/i18n/*.ts into the .qm catalogues the application loads (build output, not in git).
# Fast and idempotent: a catalogue is rebuilt only when its .ts is newer. Called by bootstrap.sh and
# build.sh; run it by hand after editing a .ts. LRELEASE overrides the tool (default: the venv's).
set -euo pipefail
cd "$(dirname "$0")/.."
LRELEASE="${LRELEASE:-.venv/bin/pyside6-lrelease}"
if [ ! -x "$LRELEASE" ]; then
  LRELEASE="$(command -v pyside6-lrelease || true)"
fi
if [ -z "$LRELEASE" ]; then
  echo "build_translations: pyside6-lrelease not found (install the project: pip install -e .)" >&2
  exit 1
fi
shopt -s nullglob
for ts in resources/i18n/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$LRELEASE" -silent "$ts" -qm "$qm"
    echo "built $qm"
  fi
done
