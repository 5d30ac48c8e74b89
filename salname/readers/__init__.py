"""Readers: turn files, folders, globs and stdin into Documents (or Rejected, with the reason).

``iter_sources`` names the inputs; ``read_source`` reads one of them, choosing
the reader by extension; ``read_bytes`` reads content already in memory (so a
pipeline can hand bytes to worker processes). No reader raises for bad input:
every problem becomes a :class:`Rejected` naming the file (or ``file#row``).
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
from dataclasses import dataclass
from typing import IO, Iterator

from salname.document import Document, ReadError, Rejected

__all__ = [
    "ReaderOptions",
    "EXTENSIONS",
    "format_of",
    "iter_sources",
    "read_source",
    "read_bytes",
    "sniff_format",
    "STDIN",
]

STDIN = "-"
STDIN_NAME = "<stdin>"

# Extension -> format. A trailing ".gz" is read through gzip (articles.jsonl.gz).
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
}
DATASET_FORMATS = frozenset({"jsonl", "json", "csv", "tsv", "parquet"})
# One file is one article for these; a bigger file is not an article.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024


@dataclass
class ReaderOptions:
    """Column names for datasets (None: do not read that field) and the outlet to fall back on."""

    text_column: str | None = "text"
    title_column: str | None = "title"
    date_column: str | None = "date"
    url_column: str | None = "url"
    outlet_column: str | None = "outlet"
    default_outlet: str | None = None


def format_of(path: str) -> str | None:
    """The format a path's extension names ("txt", "html", "jsonl", ...), or None if unsupported."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
        fmt = EXTENSIONS.get(os.path.splitext(name)[1])
        return None if fmt == "parquet" else fmt
    return EXTENSIONS.get(os.path.splitext(name)[1])


def _supported_list() -> str:
    return ", ".join(sorted(EXTENSIONS))


# Sources --------------------------------------------------------------------

def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: str) -> Iterator[str]:
    """Supported files under ``folder``, depth first, sorted by name, hidden entries skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if _hidden(entry.name):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if is_dir:
            yield from _walk(entry.path)
        elif format_of(entry.name) is not None:
            yield entry.path


def _has_magic(s: str) -> bool:
    return any(c in s for c in "*?[")


def iter_sources(inputs: list[str]) -> Iterator[str | Rejected]:
    """Expand ``inputs`` (files, folders, globs, "-") into sources to read, each once, in order.

    Folders and globs silently skip hidden and unsupported files; a path named
    outright that is missing or unsupported yields :class:`Rejected`.
    """
    seen: set[str] = set()

    def fresh(path: str) -> bool:
        key = os.path.normcase(os.path.abspath(path))
        if key in seen:
            return False
        seen.add(key)
        return True

    stdin_done = False
    for item in inputs:
        if item == STDIN:
            if not stdin_done:
                stdin_done = True
                yield STDIN
            continue
        path = os.path.expanduser(item)
        if os.path.isdir(path):
            for found in _walk(path):
                if fresh(found):
                    yield found
            continue
        if os.path.exists(path):
            if format_of(path) is None:
                ext = os.path.splitext(path)[1] or "(none)"
                yield Rejected(item, f"unsupported file type {ext} (supported: {_supported_list()})")
            elif fresh(path):
                yield path
            continue
        if _has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield Rejected(item, "no files match this pattern")
                continue
            n = 0
            for match in matches:  # glob's wildcards already skip hidden names
                if os.path.isdir(match):
                    for found in _walk(match):
                        n += 1
                        if fresh(found):
                            yield found
                elif format_of(match) is not None:
                    n += 1
                    if fresh(match):
                        yield match
            if n == 0:
                yield Rejected(item, f"no supported files match this pattern (supported: {_supported_list()})")
            continue
        yield Rejected(item, "no such file or directory")


# Reading --------------------------------------------------------------------

def sniff_format(data: bytes) -> str:
    """The format of unnamed content (stdin): "html", "jsonl", "json" or "txt"."""
    from salname.readers.decode import decode_with_encoding
    from salname.readers.html import looks_like_html

    try:
        text, _ = decode_with_encoding(data[:262144], STDIN_NAME)
    except ReadError:
        return "txt"  # the text reader will say why it cannot be read
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<") and looks_like_html(stripped):
        return "html"
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        import json

        lines = [ln for ln in text.splitlines() if ln.strip()]
        complete = len(data) <= 262144
        if complete:
            check = lines
        else:
            check = lines[:-1]  # the sample may end inside a line
        try:
            if check and all(isinstance(json.loads(ln), dict) for ln in check):
                return "jsonl"
        except ValueError:
            pass
        if complete:
            try:
                json.loads(text)
                return "json"
            except ValueError:
                pass
    return "txt"


def read_bytes(data: bytes, source: str, fmt: str, options: ReaderOptions | None = None) -> Iterator[Document | Rejected]:
    """Read in-memory content of a known format ("auto" sniffs it). Never raises for bad input."""
    options = options or ReaderOptions()
    if fmt == "auto":
        fmt = sniff_format(data)
    try:
        if fmt in ("txt", "md"):
            from salname.readers.text import read_text

            yield read_text(data, source, fmt, options)
        elif fmt == "html":
            from salname.readers.html import read_html

            yield read_html(data, source, options)
        elif fmt in ("jsonl", "csv", "tsv", "json", "parquet"):
            yield from _read_dataset(io.BytesIO(data), data, source, fmt, options)
        else:
            yield Rejected(source, f"unsupported format {fmt!r}")
    except ReadError as e:
        yield Rejected(source, e.reason)
    except Exception as e:  # a reader bug must not end the run: report it against the file
        yield Rejected(source, f"reader failed: {type(e).__name__}: {e}")


def _read_dataset(stream: IO[bytes], data: bytes | None, source: str, fmt: str,
                  options: ReaderOptions) -> Iterator[Document | Rejected]:
    from salname.readers import datasets

    if fmt == "jsonl":
        yield from datasets.iter_jsonl(stream, source, options)
    elif fmt in ("csv", "tsv"):
        yield from datasets.iter_csv(stream, source, options, fmt)
    elif fmt == "json":
        yield from datasets.iter_json(data if data is not None else stream.read(), source, options)
    elif fmt == "parquet":
        import pyarrow as pa

        where = pa.BufferReader(data) if data is not None else stream
        yield from datasets.iter_parquet(where, source, options)


def read_source(source: str, options: ReaderOptions | None = None,
                stdin_bytes: bytes | None = None) -> Iterator[Document | Rejected]:
    """Read one source from :func:`iter_sources`. Never raises for bad input."""
    options = options or ReaderOptions()
    if source == STDIN:
        if stdin_bytes is None:
            try:
                stdin_bytes = sys.stdin.buffer.read()
            except (OSError, AttributeError, ValueError) as e:
                yield Rejected(STDIN_NAME, f"standard input unreadable: {e}")
                return
        if not stdin_bytes:
            yield Rejected(STDIN_NAME, "empty input")
            return
        yield from read_bytes(stdin_bytes, STDIN_NAME, "auto", options)
        return
    fmt = format_of(source)
    if fmt is None:
        yield Rejected(source, f"unsupported file type (supported: {_supported_list()})")
        return
    gz = source.lower().endswith(".gz")
    try:
        if fmt in DATASET_FORMATS and fmt != "json":
            if fmt == "parquet":
                yield from _parquet(source, options)
                return
            opener = gzip.open if gz else open
            with opener(source, "rb") as f:  # type: ignore[operator]
                yield from _read_dataset(f, None, source, fmt, options)
            return
        size = os.path.getsize(source)
        if size > MAX_ARTICLE_BYTES and fmt != "json" and not gz:
            yield Rejected(source, f"file too large for one article ({size // (1024 * 1024)} MB)")
            return
        with open(source, "rb") as f:
            data = f.read()
        if gz:
            data = gzip.decompress(data)
    except (OSError, EOFError) as e:
        reason = getattr(e, "strerror", None) or str(e) or type(e).__name__
        yield Rejected(source, f"file unreadable: {reason}")
        return
    except Exception as e:  # a reader bug must not end the run: report it against the file
        yield Rejected(source, f"reader failed: {type(e).__name__}: {e}")
        return
    yield from read_bytes(data, source, fmt, options)


def _parquet(source: str, options: ReaderOptions) -> Iterator[Document | Rejected]:
    from salname.readers.datasets import iter_parquet

    yield from iter_parquet(source, source, options)
