#!/usr/bin/env bash
# Installs what Salnamə needs on a Debian/Ubuntu machine: system packages (only the missing ones),
# then a virtualenv in .venv with the pinned Python dependencies. Safe to run again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(python3 python3-venv python3-pip python3-dev build-essential tesseract-ocr tesseract-ocr-aze
              chromium)  # chromium: the web app's browser tests (driven by Playwright, never downloaded)

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  # node and npm install the web app's chart and graph libraries; a node from elsewhere (NodeSource,
  # which bundles npm) is fine, so they are asked for only when the commands are missing
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    dpkg -s nodejs >/dev/null 2>&1 || missing+=(nodejs)
    dpkg -s npm >/dev/null 2>&1 || missing+=(npm)
  fi
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

# The web app's front-end libraries (package.json, exact versions in package-lock.json) go to
# node_modules/, from where the app serves them: nothing third-party is committed, nothing loads from a CDN.
NPM_STAMP=node_modules/.salname-installed
NPM_HASH="$(cat package.json package-lock.json | sha256sum | cut -c1-16)"
if [ ! -f "$NPM_STAMP" ] || [ "$(cat "$NPM_STAMP")" != "$NPM_HASH" ]; then
  echo "==> installing the web app's JavaScript libraries into node_modules"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$NPM_HASH" > "$NPM_STAMP"
fi

# The lexicon is built here from the installed word lists, once, and again only when they change.
if ! .venv/bin/python -m salname.az.lexicon build; then
  echo "warning: could not build the Azerbaijani lexicon; Salnamə will work without it" >&2
fi
