#!/usr/bin/env bash
# Run the whole test suite (benchmarks excluded: see tests/bench/README.md).
set -euo pipefail
cd "$(dirname "$0")"
scripts/system-packages.sh test
scripts/bootstrap.sh
exec .venv/bin/python -m pytest "$@"
