#!/usr/bin/env bash
# Add EcoPark Planner to the applications menu of the current user (no root needed).
# Run from the unpacked tarball: ./install-desktop-entry.sh    Undo: ./install-desktop-entry.sh --remove
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/ecopark-planner.desktop" "$icons/ecopark-planner.png"
  echo "Removed EcoPark Planner from the applications menu."
  exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/ecopark-planner.png" "$icons/ecopark-planner.png"
sed -e "s|@BUNDLE@|$here/EcoParkPlanner|g" -e "s|@ICON@|ecopark-planner|g" \
  "$here/ecopark-planner.desktop" > "$apps/ecopark-planner.desktop"
chmod +x "$apps/ecopark-planner.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "EcoPark Planner is in the applications menu (Exec: $here/EcoParkPlanner/ecopark)."
