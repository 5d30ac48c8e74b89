"""Where the archive lives when the user does not say."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "SALNAME_ARCHIVE"
DEMO_ENV_VAR = "SALNAME_DEMO_ARCHIVE"
FILE_NAME = "archive.sqlite"
DEMO_FILE_NAME = "demo.sqlite"


def default_archive_path() -> Path:
    """$SALNAME_ARCHIVE if set, else archive.sqlite in the user's data folder for salname."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return _data_dir() / FILE_NAME


def demo_archive_path() -> Path:
    """$SALNAME_DEMO_ARCHIVE if set, else demo.sqlite beside the default archive: never the user's own."""
    env = os.environ.get(DEMO_ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return _data_dir() / DEMO_FILE_NAME


def _data_dir() -> Path:
    return Path(platformdirs.user_data_dir("salname", appauthor=False))
