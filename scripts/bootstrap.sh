#!/usr/bin/env bash
# Installs what Salnamə needs on a Debian/Ubuntu machine: system packages (only the missing ones),
# then a virtualenv in .venv with the pinned Python dependencies. Safe to run again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(python3 python3-venv python3-pip python3-dev build-essential tesseract-ocr tesseract-ocr-aze)

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
fi
if ((${#missing[@]})); then
  echo "==> installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "Salnamə needs Python 3.11 or newer; $PY is $("$PY" --version 2>&1)." >&2
  exit 1
fi

STAMP=.venv/.salname-installed
HASH="$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  "$PY" -m venv .venv
fi
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$HASH" ]; then
  echo "==> installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v -i "warning" || true
  .venv/bin/python -m pip install -q -e '.[dev]' 2>&1 | grep -v -i "warning" || true
  .venv/bin/python -c 'import salname, trafilatura, typer, pyarrow' 
  echo "$HASH" > "$STAMP"
fi

# The lexicon is built here from the installed word lists, once, and again only when they change.
if ! .venv/bin/python -m salname.az.lexicon build; then
  echo "warning: could not build the Azerbaijani lexicon; Salnamə will work without it" >&2
fi
