"""Line layout: lines broken mid-sentence joined, paragraphs separated by one blank line,
spaces collapsed, "# " title markers dropped.

Between two lines the separator becomes:
- one space when the first line does not end a sentence (. ! ? … : ; ” » ") and the next
  starts with a lower-case letter, unless the first line looks like a title (a "# " line, an
  all-capitals line, or a short line standing alone between blank lines); a next line starting
  with a number ("29-da") continues too after a line ending in a lower-case letter or a comma,
  unless it is a list item ("2. ...");
- "\\n\\n" when blank lines separated them, or when the first line ends a sentence or is a title;
- "\\n" otherwise (a single break after an unfinished line before a capital: list items,
  names at a line start, addresses; kept as the source had it).
"""

from __future__ import annotations

import re

from salname.offsets import Replacement

WHITE_SPACE = "white space"
JOIN = "line break inside sentence"
TITLE_MARKER = "title marker"

_NO_JOIN_AFTER = frozenset(".!?…:;”»\"")
_PARAGRAPH_END = frozenset(".!?…”»\"")
_CLOSERS = ")]’'"
_MARKER = re.compile(r"#{1,6}[ \t]+")
_INNER = re.compile(r"[ \t]*\t[ \t]*| {2,}")
_OPENING_QUOTES = frozenset("«“\"'(„")
_LIST_ITEM = re.compile(r"\d+[.)](?:\s|$)")
TITLE_MAX_WORDS = 6
TITLE_MAX_CHARS = 50


def _ends_with(line: str, chars: frozenset[str]) -> bool:
    s = line.rstrip(_CLOSERS)
    return bool(s) and s[-1] in chars


def _all_caps(line: str) -> bool:
    return len(line) >= 2 and line.isupper()


def _standalone_title(line: str) -> bool:
    if len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in "\"«“'"):
        return False
    return line[-1] not in ",-–—(" and not _ends_with(line, _NO_JOIN_AFTER)


def _continues(text: str, pos: int, before: str) -> bool:
    """Does the line starting at ``pos`` go on with the sentence of the line ``before``? It does when
    it starts with a lower-case letter (after an opening quote, perhaps), or with a number that is not
    a list item ("29-da") after a line ending in a lower-case letter or a comma."""
    ch = text[pos]
    if ch in _OPENING_QUOTES and pos + 1 < len(text):
        ch = text[pos + 1]
    if ch.islower():
        return True
    if ch.isdigit() and (before[-1].islower() or before[-1] == ","):
        return _LIST_ITEM.match(text, pos) is None
    return False


def layout(text: str) -> list[Replacement]:
    """Replacements that give ``text`` its clean line layout."""
    return [Replacement(*r) for r in layout_spans(text)]


def layout_spans(text: str) -> list[tuple[int, int, str, str]]:
    """:func:`layout` as ``(start, end, new, reason)`` tuples, in the same order: the form the
    clean pipeline applies (a tuple is much cheaper to make than a Replacement)."""
    n = len(text)
    lines = text.split("\n")
    # content start, content end and line number of every non-blank line
    c_start: list[int] = []
    c_end: list[int] = []
    c_line: list[int] = []
    pos = 0
    k = 0
    for line in lines:
        size = len(line)
        if size:
            stripped = line.strip(" \t")
            if stripped:
                if len(stripped) == size:
                    c_start.append(pos)
                    c_end.append(pos + size)
                else:
                    a = pos + size - len(line.lstrip(" \t"))
                    c_start.append(a)
                    c_end.append(a + len(stripped))
                c_line.append(k)
        pos += size + 1
        k += 1
    if not c_start:
        return [(0, n, "", WHITE_SPACE)] if n else []

    reps: list[tuple[int, int, str, str]] = []
    if c_start[0] > 0:
        reps.append((0, c_start[0], "", WHITE_SPACE))

    # first pass: title markers and inner spaces; note the title-like lines
    segs: list[str] = []
    titles: list[bool] = []
    for a, b in zip(c_start, c_end):
        titled = False
        if text[a] == "#":
            m = _MARKER.match(text, a, b)
            if m and m.end() < b:
                reps.append((a, m.end(), "", TITLE_MARKER))
                a = m.end()
                titled = True
        seg = text[a:b]
        if "  " in seg or "\t" in seg:
            for w in _INNER.finditer(text, a, b):
                reps.append((w.start(), w.end(), " ", WHITE_SPACE))
        segs.append(seg)
        titles.append(titled or (len(seg) >= 2 and seg.isupper()))

    # second pass: the separators
    prev_newlines = 2  # the first line counts as standing after a blank line
    for i in range(len(c_start) - 1):
        line = segs[i]
        gap_start, gap_end = c_end[i], c_start[i + 1]
        newlines = c_line[i + 1] - c_line[i]
        title = titles[i] or (newlines >= 2 and prev_newlines >= 2 and _standalone_title(line))
        prev_newlines = newlines
        tail = line.rstrip(_CLOSERS)
        last = tail[-1] if tail else ""
        if not title and last not in _NO_JOIN_AFTER and _continues(text, gap_end, line):
            reps.append((gap_start, gap_end, " ", JOIN))  # the gap holds a line break: never " " already
        elif newlines >= 2 or title or last in _PARAGRAPH_END:
            if gap_end - gap_start != 2 or newlines != 2:
                reps.append((gap_start, gap_end, "\n\n", WHITE_SPACE))
        elif gap_end - gap_start != 1:
            reps.append((gap_start, gap_end, "\n", WHITE_SPACE))

    last_end = c_end[-1]
    if last_end < n:
        reps.append((last_end, n, "", WHITE_SPACE))
    return reps
