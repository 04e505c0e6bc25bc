#!/usr/bin/env bash
# The README screenshot of the main window in Chinese: the demo park on a virtual screen.
#   installer/screenshot_zh.sh [OUT.png]     (default docs/images/main_window_zh.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images/main_window_zh.png}"
mkdir -p "$(dirname "$out")"
installer/build_translations.sh
settings="$(mktemp -d)"
trap 'rm -rf "$settings"' EXIT
mkdir -p "$settings/EcoPark"
printf '[ui]\nlanguage=zh_CN\n' > "$settings/EcoPark/EcoPark Planner.ini"
ECOPARK_SETTINGS_DIR="$settings" LANG=zh_CN.UTF-8 LANGUAGE=zh_CN \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  .venv/bin/ecopark layouts/liaobin_coastal.gpkg --screenshot "$out" --size 1600x1000
echo "wrote $out"
