"""Plain text and Markdown articles: one file, one document.

Two header conventions are read, and nothing is removed from ``raw``:

- a first non-empty line ``date 2024-03`` or ``date 2024-03-05`` (also
  ``Date:``/``Tarix:``), as scrapers write it; the article may go on in the same
  line after the date;
- a ``# Title`` line at the start, or right after a date line that holds
  nothing else, as print conversions write it;
- a headline without a marker: a first line that stands alone (a blank line
  follows it and more text after that), is short (at most 160 characters and
  3..25 words), starts with a capital, a digit or a quote, and does not end like
  a sentence or a clause (``.``, ``,``, ``:``, ``;``), as scraped pages write it.

The cleaning stage drops the header using ``meta["header_end"]`` (the raw
offset of the first body character; 0 when there is no header) and
``meta["title_span"]`` (raw offsets of the title text).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from salname.az.dates import iso
from salname.document import Document, ReadError
from salname.readers.decode import decode_with_encoding
from salname.readers.outlet import outlet_from_text

if TYPE_CHECKING:
    from salname.readers import ReaderOptions

_DATE_LINE_RE = re.compile(
    r"(?:date|tarix)(?:[ \t\u00a0]*:[ \t\u00a0]*|[ \t\u00a0]+)"
    r"(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?(?![\w-])[ \t\u00a0]*",
    re.IGNORECASE,
)
_TITLE_LINE_RE = re.compile(r"#[ \t\u00a0]+(?P<title>[^\r\n]*?)(?:[ \t\u00a0]+#+)?[ \t\u00a0]*(?=\r|\n|$)")
_NON_SPACE_RE = re.compile(r"\S")
# a line that stands alone: its text, then a blank line
_HEADLINE_RE = re.compile(r"(?P<title>[^\r\n]{3,160}?)[ \t\u00a0]*(?:\r\n|\n|\r)[ \t\u00a0]*(?:\r\n|\n|\r)")
_HEADLINE_START = re.compile(r"[\d\"“«'„]|[^\W\d_]")


def _headline(raw: str, pos: int) -> tuple[int, int] | None:
    """The span of an unmarked headline at ``pos``, or None (see the module docstring)."""
    m = _HEADLINE_RE.match(raw, pos)
    if not m:
        return None
    title = m.group("title").strip()
    first = title[:1]
    if not (first.isupper() or first.isdigit() or _HEADLINE_START.match(first) and not first.isalpha()):
        return None
    if title[-1] in ".,:;-" or not 3 <= len(title.split()) <= 25:
        return None
    if _next_text(raw, m.end()) >= len(raw):  # nothing after it: it is the article, not its title
        return None
    return m.start("title"), m.start("title") + len(title)


def _next_text(raw: str, pos: int) -> int:
    """Offset of the first non-white-space character at or after ``pos`` (len(raw) if none)."""
    m = _NON_SPACE_RE.search(raw, pos)
    return m.start() if m else len(raw)


def _line_end(raw: str, pos: int) -> int:
    n = raw.find("\n", pos)
    r = raw.find("\r", pos, n if n >= 0 else len(raw))
    if r >= 0:
        return r
    return n if n >= 0 else len(raw)


def parse_header(raw: str) -> tuple[str | None, str | None, tuple[int, int] | None, int]:
    """(date, title, title_span, header_end) of a text article; see the module docstring."""
    pos = _next_text(raw, 0)
    date: str | None = None
    header_end = 0
    if pos >= len(raw):
        return None, None, None, 0
    m = _DATE_LINE_RE.match(raw, pos)
    if m:
        date = iso(int(m.group("y")), int(m.group("m")), int(m.group("d")) if m.group("d") else None)
    if m and date:
        after = m.end()
        eol = _line_end(raw, after)
        if after < eol:  # the article goes on in the date line
            return date, None, None, after
        header_end = pos = _next_text(raw, eol)
    if raw.startswith("#", pos):
        t = _TITLE_LINE_RE.match(raw, pos)
        if t and t.group("title").strip():
            span = (t.start("title"), t.end("title"))
            return date, raw[span[0] : span[1]], span, _next_text(raw, t.end())
    span = _headline(raw, pos)
    if span is not None:
        return date, raw[span[0] : span[1]], span, _next_text(raw, span[1])
    return date, None, None, header_end


def parse_text(raw: str, source: str, fmt: str, encoding: str, options: "ReaderOptions | None" = None) -> Document:
    """A document from decoded text; raise :class:`ReadError` when there is no article text."""
    if not raw.strip():
        raise ReadError(source, "no text (the file is blank)")
    date, title, span, header_end = parse_header(raw)
    if header_end >= len(raw) or not raw[header_end:].strip():
        raise ReadError(source, "no article text after the header")
    meta: dict[str, object] = {"encoding": encoding, "header_end": header_end}
    if span is not None:
        meta["title_span"] = [span[0], span[1]]
    outlet = outlet_from_text(raw[header_end:] if header_end else raw)
    if outlet is None and options is not None:
        outlet = options.default_outlet
    return Document(raw=raw, source=source, format=fmt, outlet=outlet, date=date, title=title, meta=meta)


def read_text(data: bytes, source: str, fmt: str = "txt", options: "ReaderOptions | None" = None) -> Document:
    """Decode and parse one text or Markdown file."""
    raw, encoding = decode_with_encoding(data, source)
    return parse_text(raw, source, fmt, encoding, options)
