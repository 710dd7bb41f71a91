#!/usr/bin/env bash
# Make .venv with the pinned dependencies (constraints.txt); quiet when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] < (3, 13)))' 2>/dev/null; then
    echo "Counter needs Python 3.11 or 3.12 as '$PYTHON' (Debian 12: apt-get install python3)." >&2
    exit 2
fi
if [ ! -x .venv/bin/python ]; then
    if ! "$PYTHON" -m venv .venv 2>/dev/null; then
        rm -rf .venv
        echo "Python cannot make a virtual environment here. On Debian/Ubuntu: sudo apt-get install python3-venv" >&2
        exit 2
    fi
fi
stamp=.venv/.counter-installed
want="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test]"
    echo "$want" > "$stamp"
fi
