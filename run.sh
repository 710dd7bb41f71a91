#!/usr/bin/env bash
# Run Counter on the embedded demo hall (no server needed). Extra arguments go to counter-app.
set -euo pipefail
cd "$(dirname "$0")"
scripts/system-packages.sh run
scripts/bootstrap.sh
exec .venv/bin/counter-app "$@"
