"""The bundled demo articles ingested into an archive, once per test session, for the web tests that
want real extracted entities and events (tests/conftest.py offers it as the ``demo_archive`` fixture)."""

from __future__ import annotations

from pathlib import Path

from salname.archive import Archive
from salname.demo import demo_paths
from salname.pipeline import IngestOptions, ingest


def build_demo_archive(path: Path) -> Path:
    """Ingest the demo articles (cleaned, corrected, entities and events extracted) into ``path``."""
    with Archive.open(path) as arc:
        ingest([str(p) for p in demo_paths()], arc, IngestOptions(workers=1))
    return path
