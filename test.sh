#!/usr/bin/env bash
# Run the whole test suite (benchmarks excluded: see tests/bench/README.md).
set -euo pipefail
cd "$(dirname "$0")"
scripts/system-packages.sh test
scripts/bootstrap.sh
# One worker per core (pytest-xdist); "-n 0" among the arguments runs everything in this process.
exec .venv/bin/python -m pytest -n "${COUNTER_TEST_WORKERS:-auto}" "$@"
