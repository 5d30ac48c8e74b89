"""Where salname keeps what it can always derive again (tables, indexes): the user cache dir."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SALNAME_CACHE"


def cache_dir() -> Path:
    """``$SALNAME_CACHE`` if set, else the user cache dir (``~/.cache/salname`` on Linux)."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("salname", appauthor=False))
