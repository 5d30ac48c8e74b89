"""The clean layer: raw text -> clean text, an offset map back to raw, and every change with its reason.

Steps run in order, each returning replacements on the text the previous one produced:
header, unicode (mojibake, characters, NFC), boilerplate, hyphenation, lines. A step that
finds nothing costs one scan and is not applied. Changes are kept in raw coordinates;
pure white-space changes are not listed (they would outnumber everything else).

Speed: whole-text scans let the steps skip what cannot apply (one scan for both the mojibake
and the character fixes, boilerplate classifying only the lines that may be furniture, one scan
for all hyphens), and what is worked out about a line is remembered, as furniture recurs.
``clean_text(..., prescan=False)`` does without the scans; tests check both give the same.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable, Sequence

from salname.clean import unicode
from salname.clean.boilerplate import find_boilerplate
from salname.clean.hyphenation import split_spans
from salname.clean.lines import layout_spans
from salname.document import Change, Document
from salname.offsets import OffsetMap, Replacement, _apply_spans

__all__ = ["clean_document", "clean_text", "detect_header", "Header", "header_replacements"]

Span = tuple[int, int, str, str]  # (start, end, new, reason): a Replacement, cheaper to make
Step = Callable[[str], Sequence[Span]]

DATE_HEADER = "date header"
TITLE_LINE = "title line"
UNLISTED_REASONS = frozenset({"white space"})

_DATE_HEAD = re.compile(r"[ \t\r\n\ufeff]*date:?[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?![\w-])[ \t]*(?:\r\n?|\n)?", re.I)
_TITLE_HEAD = re.compile(r"(?:[ \t\ufeff]*(?:\r\n?|\n))*[ \t\ufeff]*#[ \t]+([^\r\n]*?)[ \t]*(?:\r\n?|\n|$)")


@dataclass(frozen=True, slots=True)
class Header:
    """Where the body starts in raw, and what the header said."""

    end: int = 0
    title_span: tuple[int, int] | None = None
    date: str | None = None


def detect_header(raw: str) -> Header:
    """A leading ``date YYYY-MM[-DD]`` (its line, or just the token when text follows on the line)
    and a ``# title`` line after it, as the text reader writes them."""
    pos = 0
    date = None
    m = _DATE_HEAD.match(raw)
    if m:
        date = m.group(1)
        pos = m.end()
    if pos == 0 or raw[pos - 1] in "\r\n":
        t = _TITLE_HEAD.match(raw, pos)
        if t and t.group(1):
            return Header(t.end(), (t.start(1), t.end(1)), date)
    return Header(pos, None, date)


def header_replacements(raw: str, header_end: int, title_span: Sequence[int] | None = None) -> list[Replacement]:
    """Delete ``raw[:header_end]``: the date part as "date header", the title line as "title line"."""
    header_end = max(0, min(int(header_end), len(raw)))
    if header_end == 0:
        return []
    if title_span is not None and 0 <= int(title_span[0]) < header_end:
        t0 = raw.rfind("\n", 0, int(title_span[0])) + 1
        if raw[:t0].strip():
            return [Replacement(0, t0, "", DATE_HEADER), Replacement(t0, header_end, "", TITLE_LINE)]
        return [Replacement(0, header_end, "", TITLE_LINE)]
    return [Replacement(0, header_end, "", DATE_HEADER)]


def _spans(reps: Sequence[Replacement]) -> list[Span]:
    return [(r.start, r.end, r.new, r.reason) for r in reps]


def _steps(boilerplate: frozenset[str], prescan: bool = True) -> list[Step]:
    plain: str | None = None  # a text that unicode.suspect cleared: it has no mojibake and no special character

    def mojibake(text: str) -> list[Span]:
        nonlocal plain
        if prescan and not unicode.suspect(text):
            plain = text
            return []
        return _spans(unicode.fix_mojibake(text))

    def characters(text: str) -> list[Span]:
        if text is plain:
            return []
        return _spans(unicode.fix_characters(text))

    def nfc(text: str) -> list[Span]:
        return _spans(unicode.fix_nfc(text))

    def strip_boilerplate(text: str) -> list[Span]:
        return _spans(find_boilerplate(text, boilerplate, prescan=prescan))

    def splits(text: str) -> list[Span]:
        return split_spans(text, prescan=prescan)

    return [mojibake, characters, nfc, strip_boilerplate, splits, layout_spans]


def _run(raw: str, steps: list[Step]) -> tuple[str, OffsetMap, list[Change]]:
    """Apply the steps in turn, composing their maps and listing their changes in raw coordinates."""
    text = raw
    cmap: OffsetMap | None = None
    changes: list[Change] = []
    for step in steps:
        reps = step(text)
        if not reps:
            continue
        new, m = _apply_spans(text, reps)
        if cmap is None:
            for start, end, replacement, reason in reps:
                if reason not in UNLISTED_REASONS:
                    changes.append(Change(start, end, raw[start:end], replacement, reason))
        else:
            # cmap.span_in for every change, inlined (a print-style article lists dozens)
            o_s, o_e, i_s, i_e, cp = cmap.out_starts, cmap.out_ends, cmap.in_starts, cmap.in_ends, cmap.copied
            out_len, in_len, count = cmap.out_len, cmap.in_len, len(o_s)
            for start, end, replacement, reason in reps:
                if reason in UNLISTED_REASONS:
                    continue
                if start >= out_len:
                    s = in_len
                else:
                    j = bisect_right(o_s, start) - 1
                    s = 0 if j < 0 else i_s[j] + (start - o_s[j]) if cp[j] else i_s[j]
                if end <= start:
                    e = s
                else:
                    j = bisect_left(o_e, end)
                    e = in_len if j >= count else i_s[j] + (end - o_s[j]) if cp[j] else i_e[j]
                changes.append(Change(s, e, raw[s:e], replacement, reason))
            m = cmap.then(m)
        cmap = m
        text = new
    if cmap is None:
        cmap = OffsetMap.identity(len(raw))
    changes.sort(key=_change_key)
    return text, cmap, changes


def _change_key(c: Change) -> tuple[int, int]:
    return c.start, c.end


def clean_text(
    text: str, boilerplate: frozenset[str] = frozenset(), header: Header | None = None, *, prescan: bool = True
) -> tuple[str, OffsetMap, list[Change]]:
    """Clean a raw text; the header is detected unless given. Returns (clean, clean->raw map, changes).

    ``prescan=False`` turns off the shortcuts that skip work the whole-text scans show to be
    needless (for tests: the result is the same).
    """
    if header is None:
        header = detect_header(text)
    first = _spans(header_replacements(text, header.end, header.title_span))
    return _run(text, [lambda _raw: first, *_steps(boilerplate, prescan)])


def clean_document(doc: Document, boilerplate: frozenset[str] = frozenset()) -> None:
    """Fill ``doc.clean``, ``doc.clean_map`` and ``doc.clean_changes``.

    The header is where the reader said (``meta["header_end"]``, ``meta["title_span"]``); without
    that it is detected here, and a title or date found in it fills ``doc.title``/``doc.date``
    when they are empty, so dropping the header loses nothing.
    """
    raw = doc.raw
    if doc.meta.get("header_end") is not None:
        header = Header(int(doc.meta["header_end"]), _span(doc.meta.get("title_span")))
    else:
        header = detect_header(raw)
        if header.title_span is not None and not doc.title:
            doc.title = raw[header.title_span[0] : header.title_span[1]].strip() or doc.title
        if header.date and not doc.date:
            doc.date = header.date
    doc.clean, doc.clean_map, doc.clean_changes = clean_text(raw, boilerplate, header)


def _span(value: object) -> tuple[int, int] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return int(value[0]), int(value[1])
    return None
