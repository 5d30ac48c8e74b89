#!/usr/bin/env bash
# The README's first command: install everything, then ingest the bundled demo articles and show them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
bash scripts/bootstrap.sh
.venv/bin/salname demo
echo
echo "Salnamə is installed in $PWD/.venv. To type 'salname' directly: source .venv/bin/activate"
