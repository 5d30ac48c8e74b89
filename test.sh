#!/usr/bin/env bash
# The README's second command: set up what is missing, then run the test suite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
bash scripts/bootstrap.sh
exec .venv/bin/python -m pytest -q "$@"
