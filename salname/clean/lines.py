"""Line layout: lines broken mid-sentence joined, paragraphs separated by one blank line,
spaces collapsed, "# " title markers dropped.

Between two lines the separator becomes:
- one space when the first line does not end a sentence (. ! ? … : ; ” » ") and the next
  starts with a lower-case letter, unless the first line looks like a title (a "# " line, an
  all-capitals line, or a short line standing alone between blank lines); a next line starting
  with a number ("29-da") continues too after a line ending in a lower-case letter or a comma,
  unless it is a list item ("2. ..."); and a next line starting with a capital continues
  after a single line break when the first line is a full print line (40+ characters) that
  ends in a lower-case letter or a comma ("Sahibə Qafarova\nTÜRKPA-nın");
- "\\n\\n" when blank lines separated them, or when the first line ends a sentence or is a title;
- "\\n" otherwise (a single break after a short unfinished line before a capital: list
  items, headings, addresses; kept as the source had it).
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
WRAPPED_MIN_CHARS = 40  # a full print line, not a list item or a heading
TITLE_MAX_CHARS = 50


def _ends_with(line: str, chars: frozenset[str]) -> bool:
    s = line.rstrip(_CLOSERS)
    return bool(s) and s[-1] in chars


def _standalone_title(line: str) -> bool:
    if len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in "\"«“'"):
        return False
    return line[-1] not in ",-–—(" and not _ends_with(line, _NO_JOIN_AFTER)


def _is_title(line: str, titled: bool, newlines: int, newlines_before: int) -> bool:
    """Does ``line`` read as a title: a "# " line, an all-capitals line, or a short line standing
    alone between blank lines?"""
    if titled:
        return True
    if len(line) >= 2 and not line[-1].islower() and line.isupper():  # a lower-case end: not all caps
        return True
    return newlines >= 2 and newlines_before >= 2 and _standalone_title(line)


def layout(text: str) -> list[Replacement]:
    """Replacements that give ``text`` its clean line layout."""
    return [Replacement(*r) for r in layout_spans(text)]


def layout_spans(text: str) -> list[tuple[int, int, str, str]]:
    """:func:`layout` as ``(start, end, new, reason)`` tuples, in the same order: the form the
    clean pipeline applies (a tuple is much cheaper to make than a Replacement).

    One pass over the lines; each separator is decided when the line after it is reached.
    """
    n = len(text)
    line_reps: list[tuple[int, int, str, str]] = []  # title markers and inner spaces
    gap_reps: list[tuple[int, int, str, str]] = []  # separators
    first_start = -1
    p_seg = ""  # the previous non-blank line (without its title marker), its end, number, title-ness
    p_end = p_line = 0
    p_titled = False
    prev_newlines = 2  # the first line counts as standing after a blank line
    pos = 0
    for k, line in enumerate(text.split("\n")):
        size = len(line)
        if not size:
            pos += 1
            continue
        stripped = line.strip(" \t")
        if not stripped:
            pos += size + 1
            continue
        a = pos if len(stripped) == size else pos + size - len(line.lstrip(" \t"))
        pos += size + 1
        b = a + len(stripped)
        if first_start < 0:
            first_start = a
        else:
            newlines = k - p_line
            before = prev_newlines
            prev_newlines = newlines
            last = p_seg[-1]
            if last in _CLOSERS:
                tail = p_seg.rstrip(_CLOSERS)
                last = tail[-1] if tail else ""
            # is the previous line a title? Worked out only when it matters (isupper scans it)
            title: bool | None = None
            join = False
            if last not in _NO_JOIN_AFTER:
                # does this line go on with the sentence? It does when it starts with a lower-case letter
                # (after an opening quote, perhaps), or with a number that is not a list item ("29-da")
                # after a line ending in a lower-case letter or a comma
                ch = stripped[0]
                if ch in _OPENING_QUOTES and a + 1 < n:
                    ch = text[a + 1]
                if ch.islower():
                    join = True
                elif ch.isdigit() and (p_seg[-1].islower() or p_seg[-1] == ","):
                    join = _LIST_ITEM.match(text, a) is None
                elif ch.isupper() and newlines == 1 and len(p_seg) >= WRAPPED_MIN_CHARS and (
                    p_seg[-1].islower() or p_seg[-1] == ","
                ):
                    join = True  # a print line cut before a name: "Sahibə Qafarova\nTÜRKPA-nın"
                if join:
                    if not p_titled and p_seg[-1].islower() and (newlines < 2 or before < 2):
                        title = False  # a line ending in lower case is not all caps, nor standing alone
                    else:
                        title = _is_title(p_seg, p_titled, newlines, before)
                    join = not title
            if join:
                gap_reps.append((p_end, a, " ", JOIN))  # the gap holds a line break: never " " already
            elif newlines >= 2 or last in _PARAGRAPH_END or (
                title if title is not None else _is_title(p_seg, p_titled, newlines, before)
            ):
                if a - p_end != 2 or newlines != 2:
                    gap_reps.append((p_end, a, "\n\n", WHITE_SPACE))
            elif a - p_end != 1:
                gap_reps.append((p_end, a, "\n", WHITE_SPACE))
        p_end = b
        p_line = k
        if stripped[0] == "#":
            m = _MARKER.match(text, a, b)
            if m and m.end() < b:
                line_reps.append((a, m.end(), "", TITLE_MARKER))
                stripped = text[m.end() : b]
                p_titled = True
            else:
                p_titled = False
        else:
            p_titled = False
        if "  " in stripped or "\t" in stripped:
            for w in _INNER.finditer(text, b - len(stripped), b):
                line_reps.append((w.start(), w.end(), " ", WHITE_SPACE))
        p_seg = stripped
    if first_start < 0:
        return [(0, n, "", WHITE_SPACE)] if n else []
    reps = [(0, first_start, "", WHITE_SPACE)] if first_start > 0 else []
    reps += line_reps
    reps += gap_reps
    if p_end < n:
        reps.append((p_end, n, "", WHITE_SPACE))
    return reps
