#!/usr/bin/env bash
# Refresh the Linguist catalogue from the tr() strings in counter_app/ui, then compile it.
# Translate new strings in Qt Linguist (.venv/bin/pyside6-linguist) before compiling again.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=counter_app/resources/i18n/counter_zh_CN.ts
.venv/bin/pyside6-lupdate $(find counter_app/ui -name '*.py' | sort) -ts "$ts" \
    -source-language en -target-language zh_CN -locations none -no-obsolete
.venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
