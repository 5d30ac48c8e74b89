"""Datasets of articles: JSON Lines, JSON, CSV/TSV and Parquet, one document per row.

Files are streamed (JSONL line by line, CSV through a text wrapper, Parquet by
record batches), so memory stays flat however large the file. A bad row
becomes a :class:`Rejected` named ``file#N`` (N counts from 1: the line for
JSONL, the data row for CSV, Parquet and JSON lists) and the rows after it go on.

Column names come from :class:`ReaderOptions`; when a configured column is
absent a few common alternatives are tried (``content``, ``body``,
``article`` for the text). A column named ``html`` holding whole pages is
extracted like an HTML file.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import io
import json
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from salname.az.attribution import canonical_outlet, known_outlet, looks_like_domain
from salname.az.dates import date_from_timestamp, parse_date
from salname.document import Document, ReadError, Rejected
from salname.readers.decode import SNIFF_BYTES, decode_with_encoding
from salname.readers.outlet import outlet_from_text, outlet_from_url

if TYPE_CHECKING:
    from salname.readers import ReaderOptions

TEXT_FALLBACKS = ("text", "content", "body", "article", "full_text", "article_text", "maintext")
HTML_FALLBACKS = ("html", "raw_html")
TITLE_FALLBACKS = ("title", "headline")
DATE_FALLBACKS = ("date", "published", "published_at", "publish_date", "pub_date", "datetime")
URL_FALLBACKS = ("url", "link")
OUTLET_FALLBACKS = ("outlet", "source", "site", "publisher", "domain")
ID_FALLBACKS = ("id",)
# Keys under which a JSON object may hold its list of articles.
JSON_LIST_KEYS = ("data", "articles", "items", "rows", "records", "documents", "news")

csv.field_size_limit(2**31 - 1)  # articles are longer than csv's default 128 KB field limit


@dataclass(frozen=True, slots=True)
class Columns:
    """Which key of a row holds each field (None: not present)."""

    text: str | None
    html: str | None
    title: str | None
    date: str | None
    url: str | None
    outlet: str | None
    id: str | None
    outlet_strict: bool = False  # the outlet column was guessed, not configured

    def describe_text(self, options: "ReaderOptions") -> str:
        names = [n for n in (options.text_column, *TEXT_FALLBACKS) if n]
        return ", ".join(dict.fromkeys(names))


def _pick(configured: str | None, fallbacks: tuple[str, ...], keys: Mapping[str, Any] | set[str],
          lower: dict[str, str]) -> str | None:
    names = (configured, *fallbacks) if configured else fallbacks
    for name in names:
        if name in keys:
            return name
    for name in names:
        key = lower.get(name.lower())
        if key is not None:
            return key
    return None


def resolve_columns(keys: Iterable[str], options: "ReaderOptions") -> Columns:
    """Map the fields of a row (or a file's header) to the columns to read."""
    keyset = set(keys)
    lower = {k.strip().lstrip("\ufeff").lower(): k for k in keyset if isinstance(k, str)}
    outlet = _pick(options.outlet_column, OUTLET_FALLBACKS, keyset, lower) if options.outlet_column else None
    return Columns(
        text=_pick(options.text_column, TEXT_FALLBACKS, keyset, lower),
        html=_pick(None, HTML_FALLBACKS, keyset, lower),
        title=_pick(options.title_column, TITLE_FALLBACKS, keyset, lower) if options.title_column else None,
        date=_pick(options.date_column, DATE_FALLBACKS, keyset, lower) if options.date_column else None,
        url=_pick(options.url_column, URL_FALLBACKS, keyset, lower) if options.url_column else None,
        outlet=outlet,
        id=_pick(None, ID_FALLBACKS, keyset, lower),
        outlet_strict=outlet is not None and outlet.strip().lower() != options.outlet_column.lower(),
    )


def normalise_date(value: Any) -> str | None:
    """ISO date from a column value: ISO text, "05.03.2024", "5 mart 2024", datetime, Unix time, a year."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return parse_date(value)
    if isinstance(value, (int, float)):
        if 1800 <= value <= 2199 and float(value).is_integer():
            return str(int(value))
        return date_from_timestamp(float(value))
    if isinstance(value, str):
        return parse_date(value)
    return None


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _outlet_value(value: Any, strict: bool = False) -> str | None:
    """An outlet from a column value; ``strict`` (a guessed column such as "source") takes only
    URLs, domains and known outlets, since such a column may mean something else."""
    text = _str_or_none(value)
    if not text:
        return None
    if "://" in text:
        return outlet_from_url(text)
    if strict:
        return known_outlet(text) or (canonical_outlet(text) if looks_like_domain(text) else None)
    return canonical_outlet(text)


def row_document(row: Mapping[str, Any], cols: Columns, source: str, row_no: int, fmt: str,
                 options: "ReaderOptions", encoding: str | None = None) -> Document | Rejected:
    """One dataset row as a document, or the reason it is not one."""
    try:
        return _row_document(row, cols, source, row_no, fmt, options, encoding)
    except Exception as e:  # one odd row (or a reader bug) must not end the file
        return Rejected(f"{source}#{row_no}", f"row {row_no}: reader failed: {type(e).__name__}: {e}")


def _row_document(row: Mapping[str, Any], cols: Columns, source: str, row_no: int, fmt: str,
                  options: "ReaderOptions", encoding: str | None) -> Document | Rejected:
    src = f"{source}#{row_no}"
    url = _str_or_none(row.get(cols.url)) if cols.url else None
    value = row.get(cols.text) if cols.text else None
    from_html = False
    if value is None or (isinstance(value, str) and not value.strip()):
        html = row.get(cols.html) if cols.html else None
        if isinstance(html, str) and html.strip():
            value, from_html = html, True
        elif cols.text is None:
            return Rejected(src, f"row {row_no} has no text field (looked for {cols.describe_text(options)}; "
                                 f"fields: {', '.join(map(str, list(row)[:12]))})")
        else:
            return Rejected(src, f"row {row_no} has no text (field '{cols.text}' is empty)")
    if not isinstance(value, str):
        return Rejected(src, f"row {row_no}: field '{cols.text}' is not text ({type(value).__name__})")

    meta: dict[str, Any] = {"row": row_no}
    if encoding:
        meta["encoding"] = encoding
    if cols.id is not None:
        rid = row.get(cols.id)
        if isinstance(rid, (str, int)) and not isinstance(rid, bool):
            meta["row_id"] = rid

    from salname.readers.html import looks_like_html, parse_html

    if from_html or (value.lstrip()[:1] == "<" and looks_like_html(value)):
        try:
            doc = parse_html(value, src, encoding or "utf-8", None, url=url)
        except ReadError as e:
            return Rejected(src, e.reason)
        doc.format = fmt
        doc.meta.update(meta)
        title = _str_or_none(row.get(cols.title)) if cols.title else None
        doc.title = title or doc.title
        doc.url = url or doc.url
        date_value = row.get(cols.date) if cols.date else None
        doc.date = normalise_date(date_value) or doc.date
        outlet = (_outlet_value(row.get(cols.outlet), cols.outlet_strict) if cols.outlet else None) or doc.outlet
        doc.outlet = outlet or options.default_outlet
        return doc

    raw = value
    date_value = row.get(cols.date) if cols.date else None
    date = normalise_date(date_value)
    if date is None and date_value not in (None, ""):
        meta["date_raw"] = str(date_value)[:100]
    outlet = (
        (_outlet_value(row.get(cols.outlet), cols.outlet_strict) if cols.outlet else None)
        or outlet_from_url(url)
        or outlet_from_text(raw)
        or options.default_outlet
    )
    return Document(
        raw=raw,
        source=src,
        format=fmt,
        outlet=outlet,
        date=date,
        title=_str_or_none(row.get(cols.title)) if cols.title else None,
        url=url,
        meta=meta,
    )


# JSON Lines -----------------------------------------------------------------

def _is_utf16(head: bytes) -> bool:
    return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head[:64]


def _jsonl_lines(stream: IO[bytes], source: str) -> Iterator[tuple[int, str | None, str]]:
    """(line number, text or None when undecodable, encoding) for each line of a JSONL stream."""
    head = stream.read(4)
    if _is_utf16(head) or head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text, enc = decode_with_encoding(head + stream.read(), source)
        for n, line in enumerate(text.splitlines(), 1):
            yield n, line, enc
        return
    first = True
    lines: Iterable[bytes] = _chain_first(head, stream)
    for n, bline in enumerate(lines, 1):
        if first:
            first = False
            if bline.startswith(codecs.BOM_UTF8):
                bline = bline[3:]
        try:
            yield n, bline.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, enc = decode_with_encoding(bline, source)
            except ReadError:
                yield n, None, ""
            else:
                yield n, text, enc


def _chain_first(head: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    """Lines of ``stream`` when its first bytes were already read into ``head``."""
    *complete, tail = head.split(b"\n")
    for line in complete:
        yield line + b"\n"
    last = tail + stream.readline()
    if last:
        yield last
    yield from stream


def iter_jsonl(stream: IO[bytes], source: str, options: "ReaderOptions", fmt: str = "jsonl") -> Iterator[Document | Rejected]:
    """Rows of a JSON Lines stream."""
    cache: dict[tuple[str, ...], Columns] = {}
    rows = 0
    try:
        for n, line, enc in _jsonl_lines(stream, source):
            if line is None:
                yield Rejected(f"{source}#{n}", f"row {n}: undecodable bytes (not UTF-8 text)")
                continue
            if not line.strip():
                continue
            rows += 1
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield Rejected(f"{source}#{n}", f"bad JSON on row {n}: {e.msg} (column {e.colno})")
                continue
            if not isinstance(obj, dict):
                yield Rejected(f"{source}#{n}", f"row {n} is not a JSON object ({type(obj).__name__})")
                continue
            yield _from_mapping(obj, cache, source, n, fmt, options, enc)
    except ReadError as e:
        yield Rejected(source, e.reason)
        return
    except OSError as e:
        yield Rejected(source, f"file unreadable: {e.strerror or e}")
        return
    if rows == 0:
        yield Rejected(source, "no rows (the file holds no JSON objects)")


def _from_mapping(obj: dict[str, Any], cache: dict[tuple[str, ...], Columns], source: str, n: int, fmt: str,
                  options: "ReaderOptions", enc: str | None) -> Document | Rejected:
    key = tuple(obj)
    cols = cache.get(key)
    if cols is None:
        cols = resolve_columns(obj, options)
        if len(cache) < 256:
            cache[key] = cols
    return row_document(obj, cols, source, n, fmt, options, enc)


# JSON -----------------------------------------------------------------------

def iter_json(data: bytes, source: str, options: "ReaderOptions") -> Iterator[Document | Rejected]:
    """Rows of a JSON file: a list of objects, an object holding such a list, one object, or JSON Lines."""
    try:
        text, enc = decode_with_encoding(data, source)
    except ReadError as e:
        yield Rejected(source, e.reason)
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from iter_jsonl(io.BytesIO(text.encode("utf-8")), source, options, fmt="json")
            return
        yield Rejected(source, f"bad JSON: {e.msg} (line {e.lineno}, column {e.colno})")
        return
    if isinstance(obj, dict):
        for k in JSON_LIST_KEYS:
            if isinstance(obj.get(k), list):
                obj = obj[k]
                break
        else:
            obj = [obj]
    if not isinstance(obj, list):
        yield Rejected(source, f"JSON holds a {type(obj).__name__}, not a list of articles")
        return
    if not obj:
        yield Rejected(source, "no rows (the JSON list is empty)")
        return
    cache: dict[tuple[str, ...], Columns] = {}
    for n, item in enumerate(obj, 1):
        if not isinstance(item, dict):
            yield Rejected(f"{source}#{n}", f"row {n} is not a JSON object ({type(item).__name__})")
            continue
        yield _from_mapping(item, cache, source, n, "json", options, enc)


# CSV / TSV ------------------------------------------------------------------

def _csv_encoding(head: bytes, source: str) -> str:
    """The encoding of a CSV file from its first bytes (a cut last character is allowed)."""
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        dec.decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    return decode_with_encoding(head, source)[1]


def _pick_delimiter(first_line: str, fmt: str, options: "ReaderOptions") -> str:
    candidates = ("\t", ",", ";", "|") if fmt == "tsv" else (",", ";", "\t", "|")
    best, best_n = candidates[0], 0
    for d in candidates:
        try:
            header = next(csv.reader([first_line], delimiter=d))
        except (csv.Error, StopIteration):
            continue
        if resolve_columns(header, options).text is not None:
            return d
        if len(header) > best_n:
            best, best_n = d, len(header)
    return best


def iter_csv(stream: IO[bytes], source: str, options: "ReaderOptions", fmt: str = "csv") -> Iterator[Document | Rejected]:
    """Rows of a CSV or TSV stream (seekable); the first row is the header."""
    try:
        head = stream.read(SNIFF_BYTES)
        if not head:
            yield Rejected(source, "empty file")
            return
        if _is_utf16(head) or head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            text, enc = decode_with_encoding(head + stream.read(), source)
            tstream: IO[str] = io.StringIO(text, newline="")
        else:
            enc = _csv_encoding(head, source)
            stream.seek(0)
            tstream = io.TextIOWrapper(stream, encoding=enc, errors="strict", newline="")
    except ReadError as e:
        yield Rejected(source, e.reason)
        return
    except OSError as e:
        yield Rejected(source, f"file unreadable: {e.strerror or e}")
        return
    enc_name = "utf-8" if enc == "utf-8-sig" else enc
    n = 0
    try:
        first_line = tstream.readline()
        delimiter = _pick_delimiter(first_line.rstrip("\r\n"), fmt, options)
        reader = csv.reader(_chain_text(first_line, tstream), delimiter=delimiter)
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            yield Rejected(source, "no header row")
            return
        header = [h.strip().lstrip("\ufeff") for h in header]
        cols = resolve_columns(header, options)
        if cols.text is None and cols.html is None:
            yield Rejected(
                source,
                f"missing text column (looked for {cols.describe_text(options)}; columns: {', '.join(header[:20])})",
            )
            return
        for values in reader:
            if not values or (len(values) == 1 and not values[0].strip()):
                continue
            n += 1
            row = dict(zip(header, values))
            yield row_document(row, cols, source, n, fmt, options, enc_name)
    except UnicodeDecodeError as e:
        yield Rejected(f"{source}#{n + 1}", f"undecodable bytes as {enc_name} near row {n + 1}; rest of the file skipped ({e.reason})")
        return
    except csv.Error as e:
        yield Rejected(f"{source}#{n + 1}", f"bad CSV near row {n + 1}: {e}; rest of the file skipped")
        return
    except OSError as e:
        yield Rejected(source, f"file unreadable: {e.strerror or e}")
        return
    if n == 0:
        yield Rejected(source, "no rows (only a header)")


def _chain_text(first: str, rest: IO[str]) -> Iterator[str]:
    yield first
    yield from rest


# Parquet --------------------------------------------------------------------

def iter_parquet(where: Any, source: str, options: "ReaderOptions", batch_size: int = 512) -> Iterator[Document | Rejected]:
    """Rows of a Parquet file (a path, or a pyarrow buffer/file), read by record batches."""
    try:
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(where)
        names = pf.schema_arrow.names
    except Exception as e:  # pyarrow raises several types for a file that is not Parquet
        yield Rejected(source, f"not a readable Parquet file: {e}")
        return
    cols = resolve_columns(names, options)
    if cols.text is None and cols.html is None:
        yield Rejected(source, f"missing text column (looked for {cols.describe_text(options)}; columns: {', '.join(names[:20])})")
        return
    wanted = [c for c in dict.fromkeys((cols.text, cols.html, cols.title, cols.date, cols.url, cols.outlet, cols.id)) if c]
    n = 0
    try:
        for batch in pf.iter_batches(batch_size=batch_size, columns=wanted):
            data = {name: batch.column(i).to_pylist() for i, name in enumerate(batch.schema.names)}
            for i in range(batch.num_rows):
                n += 1
                row = {name: values[i] for name, values in data.items()}
                yield row_document(row, cols, source, n, "parquet", options)
    except Exception as e:
        yield Rejected(f"{source}#{n + 1}", f"Parquet read failed near row {n + 1}: {e}; rest of the file skipped")
        return
    if n == 0:
        yield Rejected(source, "no rows (the Parquet file is empty)")
