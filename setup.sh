#!/usr/bin/env bash
# The README's first command: install everything, ingest the bundled demo articles and show them, then
# run the web app on the demo archive in the foreground (Ctrl+C stops it). With SALNAME_NO_SERVE=1, or
# when standard input is not a terminal (CI, a script), it prints the command that starts the app instead
# and exits. SALNAME_PORT chooses the port (default 8000; the next free one if that is taken).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
bash scripts/bootstrap.sh
.venv/bin/salname demo
echo
echo "Salnamə is installed in $PWD/.venv. To type 'salname' directly: source .venv/bin/activate"

DEMO="$(.venv/bin/python -c 'from salname.archive import demo_archive_path; print(demo_archive_path())')"
PORT="$(.venv/bin/python - "${SALNAME_PORT:-8000}" <<'EOF'
import socket, sys

want = int(sys.argv[1])
for port in range(want, want + 50):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        print(port)
        break
else:
    print(want)
EOF
)"
SERVE=(.venv/bin/salname serve --archive "$DEMO" --port "$PORT")
echo
if [ "${SALNAME_NO_SERVE:-}" = "1" ] || [ ! -t 0 ]; then
  echo "To explore the demo archive in a browser, start the web app with:"
  echo "  ${SERVE[*]}"
  echo "and open http://127.0.0.1:$PORT/"
  exit 0
fi
echo "Starting the web app on the demo archive: open http://127.0.0.1:$PORT/ in a browser (Ctrl+C stops it)."
exec "${SERVE[@]}"
