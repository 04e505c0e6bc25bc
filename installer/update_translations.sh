#!/usr/bin/env bash
# Refresh resources/i18n/ecopark_zh_CN.ts from the UI sources, fill it from the term dictionary
# (installer/fill_translations.py), and compile it. Run after adding or changing UI strings;
# commit the .ts. Strings the dictionary does not know are listed: add them there and re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE="${LUPDATE:-.venv/bin/pyside6-lupdate}"
PYTHON="${PYTHON:-.venv/bin/python}"
TS=resources/i18n/ecopark_zh_CN.ts
mkdir -p resources/i18n
mapfile -t sources < <(find desktop/ecopark/ui -name '*.py' | sort)
"$LUPDATE" -silent -locations absolute -no-obsolete -source-language en -target-language zh_CN \
  "${sources[@]}" -ts "$TS"
"$PYTHON" installer/fill_translations.py "$TS"
touch "$TS"
installer/build_translations.sh
