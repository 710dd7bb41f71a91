#!/usr/bin/env bash
# Run the benchmarks (tests/bench/); not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")"
scripts/system-packages.sh test
scripts/bootstrap.sh
exec .venv/bin/python tests/bench/run.py "$@"
