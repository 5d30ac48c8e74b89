"""Fixtures shared by several test modules."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory):
    """An archive of the bundled demo articles, ingested once per session (tests/web_demo.py)."""
    from web_demo import build_demo_archive

    return build_demo_archive(tmp_path_factory.mktemp("demo") / "demo.sqlite")
