"""Where the archive lives when the user does not say."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "SALNAME_ARCHIVE"
FILE_NAME = "archive.sqlite"


def default_archive_path() -> Path:
    """$SALNAME_ARCHIVE if set, else archive.sqlite in the user's data folder for salname."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("salname", appauthor=False)) / FILE_NAME
