"""Writing the archive out as JSON Lines, CSV or Parquet, one record per document.

Export streams pages of rows straight from SQL, so memory stays flat for any
archive size. Files are written beside the target and renamed into place at
the end: a failed export never leaves half a file under the real name.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator, Sequence

from salname.document import split_partial

if TYPE_CHECKING:
    from salname.archive.sqlite import Archive

FORMATS = ("jsonl", "csv", "parquet")
PAGE_ROWS = 1000  # rows per SQL page and per Parquet row group

# field -> SQL expression over documents d. JSON_FIELDS hold JSON text in SQL.
_FIELD_SQL: dict[str, str] = {
    "id": "d.id",
    "source": "d.source",
    "format": "d.format",
    "outlet": "d.outlet",
    "date": "d.date",
    "title": "d.title",
    "url": "d.url",
    "added_at": "d.added_at",
    "run_id": "d.run_id",
    "raw": "d.raw",
    "clean": "d.clean",
    "meta": "d.meta",
    "clean_changes": "d.clean_changes",
    "clean_map": "d.clean_map",
    # the corrected layer; documents nothing was corrected in give their clean text and no edits
    "text": "coalesce((SELECT corrected FROM corrections WHERE n = d.n), d.clean)",
    "edits": "coalesce((SELECT edits FROM corrections WHERE n = d.n), '[]')",
    "sources": "(SELECT json_group_array(source) FROM "
    "(SELECT source FROM doc_sources WHERE doc_id = d.id ORDER BY rowid))",
    "layers": "(SELECT json_group_object(name, json(data)) FROM layers WHERE doc_id = d.id)",
    # a reprint (salname.archive.duplicates): the id of the original it repeats; null otherwise
    "duplicate_of": "(SELECT o.id FROM duplicates x JOIN documents o ON o.n = x.original WHERE x.n = d.n)",
}
JSON_FIELDS = frozenset({"meta", "clean_changes", "clean_map", "edits", "sources", "layers"})
INT_FIELDS = frozenset({"run_id"})
ALL_FIELDS = tuple(_FIELD_SQL)
DEFAULT_FIELDS = (
    "id", "source", "format", "outlet", "date", "title", "url", "added_at",
    "raw", "clean", "text", "meta", "clean_changes", "edits", "duplicate_of",
)  # fmt: skip

# Characters str.splitlines() breaks on that JSON leaves raw: escaped, so every record is one line
# for any reader. (JSON already escapes the ASCII control characters.)
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


class ExportError(ValueError):
    """An export that cannot be done as asked."""


def _check(fmt: str, fields: Sequence[str] | None) -> list[str]:
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    chosen = list(DEFAULT_FIELDS if fields is None else fields)
    unknown = [f for f in chosen if f not in _FIELD_SQL]
    if unknown:
        raise ExportError(f"unknown export field(s): {', '.join(unknown)}; known: {', '.join(ALL_FIELDS)}")
    if not chosen:
        raise ExportError("no fields to export")
    return list(dict.fromkeys(chosen))


def _rows(archive: Archive, fields: list[str]) -> Iterator[list[tuple[Any, ...]]]:
    """Pages of rows (tuples in ``fields`` order), in insertion order."""
    conn = archive.connection
    cols = ", ".join(_FIELD_SQL[f] for f in fields)
    sql = f"SELECT d.n, {cols} FROM documents d WHERE d.n > ? ORDER BY d.n LIMIT ?"
    last = 0
    while True:
        page = conn.execute(sql, (last, PAGE_ROWS)).fetchall()
        if not page:
            return
        last = page[-1][0]
        yield [row[1:] for row in page]


def _write_jsonl(archive: Archive, fields: list[str], fh: IO[str]) -> int:
    decode = [f in JSON_FIELDS for f in fields]
    n = 0
    for page in _rows(archive, fields):
        lines = []
        for row in page:
            rec = {
                f: (json.loads(v) if (dec and v is not None) else v) for f, v, dec in zip(fields, row, decode)
            }
            line = json.dumps(rec, ensure_ascii=False)
            if not line.isascii():
                line = line.translate(_LINE_BREAKS)
            lines.append(line)
        fh.write("\n".join(lines))
        fh.write("\n")
        n += len(page)
    return n


def _write_csv(archive: Archive, fields: list[str], fh: IO[str]) -> int:
    writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(fields)
    n = 0
    for page in _rows(archive, fields):
        writer.writerows(page)
        n += len(page)
    return n


def _write_parquet(archive: Archive, fields: list[str], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([pa.field(f, pa.int64() if f in INT_FIELDS else pa.string()) for f in fields])
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for page in _rows(archive, fields):
            columns = [pa.array(values, type=f.type) for values, f in zip(zip(*page), schema)]
            writer.write_table(pa.Table.from_arrays(columns, schema=schema))  # one row group per page
            n += len(page)
    return n


def _atomic(out: Path, write: Callable[[str], int]) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=str(out.parent))
    os.close(fd)
    try:
        n = write(tmp)
        os.replace(tmp, out)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return n


def export_documents(
    archive: Archive, out: str | Path, fmt: str = "jsonl", fields: Sequence[str] | None = None
) -> int:
    """Write every document to ``out`` ("-" is stdout); return how many were written.

    In JSON Lines, JSON fields (meta, clean_changes, ...) are nested values; in CSV and Parquet
    they are JSON text. CSV quotes any field with commas, quotes or line breaks, so multi-line
    text reads back exactly with ``csv.reader`` on a file opened with ``newline=""``
    (raise ``csv.field_size_limit`` for long articles).
    """
    chosen = _check(fmt, fields)
    to_stdout = str(out) == "-"
    if fmt == "parquet":
        if to_stdout:
            raise ExportError("Parquet cannot be written to standard output; give a file name")
        return _atomic(Path(out), lambda tmp: _write_parquet(archive, chosen, tmp))
    writer = _write_jsonl if fmt == "jsonl" else _write_csv
    if to_stdout:
        n = writer(archive, chosen, sys.stdout)
        sys.stdout.flush()
        return n

    def write(tmp: str) -> int:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            return writer(archive, chosen, fh)

    return _atomic(Path(out), write)


# -- events -------------------------------------------------------------------------------------

# One record per event (reports of the same event by several documents merged); docs/events.md.
EVENT_FIELDS = ("event_id", "type", "cameo", "cameo_name", "status", "date", "date_partial", "date_text", "location", "host",
                "actor1", "actor2", "participants", "roles", "countries", "topics", "statements", "evidence",
                "confidence", "num_sources", "sources", "outlets")
_EVENT_LISTS = ("participants", "roles", "countries", "topics", "statements", "sources", "outlets")


def event_records(archive: Archive) -> Iterator[dict[str, Any]]:
    """Every event of the chronicle as a flat record, oldest report first."""
    from salname.archive import chronicle
    from salname.az.events import CAMEO_NAMES

    conn = archive.connection
    last = 0
    while True:
        ids = [r[0] for r in conn.execute("SELECT id FROM events WHERE id = cluster AND id > ? ORDER BY id LIMIT ?",
                                          (last, PAGE_ROWS))]
        if not ids:
            return
        for eid in ids:
            row = conn.execute(f"SELECT {', '.join(chronicle._COLUMNS)} FROM events WHERE id = ?", (eid,)).fetchone()
            e = chronicle._row(row)
            src = chronicle.sources(conn, eid)
            topics = list(e["topics"])
            for s in src:
                topics += [t for t in s["topics"] if t not in topics]
            parts = e["participants"]
            date, partial = split_partial(e["date"])
            yield {"event_id": eid, "type": e["type"], "cameo": e["cameo"], "cameo_name": CAMEO_NAMES.get(e["cameo"] or ""),
                   "status": e["status"], "date": date,
                   "date_partial": partial, "date_text": e["date_text"],
                   "location": e["location"] or next((s["location"] for s in src if s["location"]), None),
                   "host": e["host"], "actor1": parts[0] if parts else None, "actor2": parts[1] if len(parts) > 1 else None,
                   "participants": parts, "roles": e["roles"], "countries": e["countries"], "topics": topics,
                   "statements": e["statements"], "evidence": e["evidence"], "confidence": e["confidence"],
                   "num_sources": len(src), "sources": [s["doc"] for s in src],
                   "outlets": sorted({s["outlet"] for s in src if s["outlet"]})}
        last = ids[-1]


def export_events(archive: Archive, out: str | Path, fmt: str = "jsonl") -> int:
    """Write the chronicle to ``out`` ("-" is stdout): one record per event (EVENT_FIELDS); lists and
    objects are nested in JSON Lines and JSON text in CSV and Parquet. Returns how many were written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")

    def flat(rec: dict[str, Any]) -> dict[str, Any]:
        return {k: json.dumps(v, ensure_ascii=False) if k in _EVENT_LISTS or k == "roles" else v for k, v in rec.items()}

    def write_jsonl(fh: IO[str]) -> int:
        n = 0
        for rec in event_records(archive):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n

    def write_csv(fh: IO[str]) -> int:
        w = csv.DictWriter(fh, fieldnames=list(EVENT_FIELDS))
        w.writeheader()
        n = 0
        for rec in event_records(archive):
            w.writerow(flat(rec))
            n += 1
        return n

    def write_parquet(path: str) -> int:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"event_id": pa.int64(), "num_sources": pa.int64(), "confidence": pa.float64()}
        schema = pa.schema([pa.field(f, types.get(f, pa.string())) for f in EVENT_FIELDS])
        n = 0
        with pq.ParquetWriter(path, schema, compression="zstd") as writer:
            page: list[dict[str, Any]] = []
            for rec in event_records(archive):
                page.append(flat(rec))
                if len(page) >= PAGE_ROWS:
                    writer.write_table(pa.Table.from_pylist(page, schema=schema))
                    n += len(page)
                    page = []
            if page or n == 0:
                writer.write_table(pa.Table.from_pylist(page, schema=schema))
                n += len(page)
        return n

    to_stdout = str(out) == "-"
    if fmt == "parquet":
        if to_stdout:
            raise ExportError("Parquet cannot be written to standard output; give a file name")
        return _atomic(Path(out), write_parquet)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if to_stdout:
        n = writer(sys.stdout)
        sys.stdout.flush()
        return n

    def write(tmp: str) -> int:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            return writer(fh)

    return _atomic(Path(out), write)
