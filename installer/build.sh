#!/usr/bin/env bash
# Build the Linux bundle of EcoPark Planner:
#   dist/EcoParkPlanner/                                  the one-folder application (run ./ecopark)
#   dist/ecopark-planner-<version>-linux-<arch>.tar.gz     that folder + .desktop file, icon, menu installer
# Needs the venv (bash installer/bootstrap.sh test, or python -m venv .venv && pip install -e '.[dev]').
# The version comes from pyproject.toml. Check the result with installer/selftest_bundle.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || { echo "build.sh: no .venv; run: bash installer/bootstrap.sh test" >&2; exit 1; }
version="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
arch="$(uname -m)"
name="ecopark-planner-$version-linux-$arch"
echo "== EcoPark Planner $version ($arch)"

if [ ! -x .venv/bin/pyinstaller ]; then
  echo "== installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6.0"
fi

echo "== translations"
installer/build_translations.sh

# The demo parks are committed in layouts/; a checkout without them gets them generated aside.
export ECOPARK_LAYOUTS_DIR=layouts
if ! compgen -G "layouts/*.gpkg" >/dev/null && [ -f layouts/build_demo_parks.py ]; then
  echo "== demo parks (generated into build/demo_layouts)"
  mkdir -p build/demo_layouts
  "$PY" layouts/build_demo_parks.py --out build/demo_layouts \
    || echo "warning: the demo parks could not be generated (see above)" >&2
  ECOPARK_LAYOUTS_DIR=build/demo_layouts
fi
compgen -G "$ECOPARK_LAYOUTS_DIR/*.gpkg" >/dev/null \
  || echo "warning: no demo layouts in $ECOPARK_LAYOUTS_DIR; the bundle will have none" >&2

echo "== PyInstaller"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/ecopark.spec

echo "== tarball"
stage="build/$name"
rm -rf "$stage"
mkdir -p "$stage"
cp -a dist/EcoParkPlanner "$stage/EcoParkPlanner"
cp installer/ecopark-planner.desktop "$stage/ecopark-planner.desktop"
cp resources/icons/ecopark.png "$stage/ecopark-planner.png"
cp installer/install-desktop-entry.sh "$stage/install-desktop-entry.sh"
cat > "$stage/README.txt" <<TXT
EcoPark Planner $version for Linux ($arch)

Run:            ./EcoParkPlanner/ecopark              (or: ./EcoParkPlanner/ecopark FILE.gpkg)
Check it works: QT_QPA_PLATFORM=offscreen ./EcoParkPlanner/ecopark --selftest
Menu entry:     ./install-desktop-entry.sh            (remove: ./install-desktop-entry.sh --remove)
Demo parks:     EcoParkPlanner/_internal/layouts/

Needs the usual desktop libraries (X11/xcb or Wayland, fontconfig, OpenGL); on a bare
Debian/Ubuntu: sudo apt-get install libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 \\
  libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 fontconfig
A Chinese font (WenQuanYi Micro Hei) is bundled for machines without one.
TXT
tar -C build -czf "dist/$name.tar.gz" "$name"
du -sh dist/EcoParkPlanner "dist/$name.tar.gz"
echo "== built dist/EcoParkPlanner and dist/$name.tar.gz"
