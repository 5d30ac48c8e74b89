"""Bundled demo articles, so a first run of Salnamə has something to read.

The articles folder holds only demo inputs (their description is README.md
beside this module), so the folder can be ingested as it is.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DEMO_SUFFIXES = frozenset({".txt", ".md", ".html", ".jsonl", ".csv", ".parquet"})
_NOT_ARTICLES = frozenset({"README.md"})


def demo_dir() -> Path:
    """The folder of demo articles inside the installed package."""
    try:
        found = resources.files(__name__) / "articles"
        path = Path(str(found))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent / "articles"


def demo_paths() -> list[Path]:
    """Every demo input file, sorted by name."""
    root = demo_dir()
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() in DEMO_SUFFIXES and p.name not in _NOT_ARTICLES
    )
