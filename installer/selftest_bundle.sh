#!/usr/bin/env bash
# Build the bundle if it is missing, then run its self-test the way a fresh machine would:
# a clean environment (no venv, no PYTHONPATH, an empty HOME), offscreen Qt. Not run in CI
# (building takes minutes); its output is the evidence that the bundle works.
#   installer/selftest_bundle.sh            build if needed, run dist/EcoParkPlanner/ecopark --selftest
#   installer/selftest_bundle.sh --rebuild  rebuild first
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--rebuild" ] || [ ! -x dist/EcoParkPlanner/ecopark ]; then
  installer/build.sh
fi
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
echo "== dist/EcoParkPlanner/ecopark --selftest (env -i, HOME=$home, QT_QPA_PLATFORM=offscreen)"
set +e
env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  dist/EcoParkPlanner/ecopark --selftest
status=$?
set -e
echo "== exit status $status"
exit "$status"
