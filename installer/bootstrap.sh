#!/usr/bin/env bash
# Set up EcoPark Planner on a fresh Debian/Ubuntu machine, then open the demo park or run the tests.
#   bash installer/bootstrap.sh app    install everything, open layouts/liaobin_coastal.gpkg
#   bash installer/bootstrap.sh test   install everything, run lint, type check and the whole test suite
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-app}"

# Qt's platform libraries, a CJK font (Chinese labels and PDF exports), a virtual screen.
SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0
  libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 fonts-wqy-microhei xvfb xauth
  poppler-utils)

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Tests only: QGIS and PyQGIS (Debian's qgis, python3-qgis; about 1.5 min to install) let
# tests/storage/test_qgis_tables.py open a project file in QGIS and render it; without them
# that test is skipped, saying why, and everything else runs.
if [ "$mode" = "test" ] && command -v apt-get >/dev/null 2>&1 \
  && ! /usr/bin/python3 -c 'import qgis.core' >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  { $SUDO apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      qgis python3-qgis >/dev/null; } \
    || echo "PyQGIS could not be installed: the QGIS check will be skipped"
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "EcoPark Planner needs Python 3.11 or newer; $("$PYTHON" --version) found" >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
if [ -x installer/build_translations.sh ]; then
  installer/build_translations.sh
fi

case "$mode" in
  app)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
      echo "No screen found: starting on a virtual screen (xvfb-run)." >&2
      exec xvfb-run -a .venv/bin/ecopark layouts/liaobin_coastal.gpkg
    fi
    exec .venv/bin/ecopark layouts/liaobin_coastal.gpkg
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/ruff check desktop tests bench layouts installer
    .venv/bin/mypy
    .venv/bin/lint-imports
    exec .venv/bin/python -m pytest -q -p no:cacheprovider
    ;;
  *)
    echo "usage: bash installer/bootstrap.sh app|test" >&2; exit 2
    ;;
esac
