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
    n = len(text)
    # (content start, content end) of every non-blank line
    contents: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip(" \t")
        if stripped:
            a = pos + len(line) - len(line.lstrip(" \t"))
            contents.append((a, a + len(stripped)))
        pos += len(line) + 1
    if not contents:
        return [Replacement(0, n, "", WHITE_SPACE)] if n else []

    reps: list[Replacement] = []
    if contents[0][0] > 0:
        reps.append(Replacement(0, contents[0][0], "", WHITE_SPACE))

    # first pass: title markers and inner spaces; note the title-like lines
    starts: list[int] = []
    titles: list[bool] = []
    for a, b in contents:
        m = _MARKER.match(text, a, b)
        titled = False
        if m and m.end() < b:
            reps.append(Replacement(a, m.end(), "", TITLE_MARKER))
            a = m.end()
            titled = True
        starts.append(a)
        if "  " in text[a:b] or "\t" in text[a:b]:
            for w in _INNER.finditer(text, a, b):
                reps.append(Replacement(w.start(), w.end(), " ", WHITE_SPACE))
        titles.append(titled or _all_caps(text[a:b]))

    # second pass: the separators
    count = len(contents)
    gaps_nl = [text.count("\n", contents[i][1], contents[i + 1][0]) for i in range(count - 1)]
    for i in range(count - 1):
        a, b = starts[i], contents[i][1]
        line = text[a:b]
        gap_start, gap_end = b, contents[i + 1][0]
        newlines = gaps_nl[i]
        title = titles[i] or (
            (i == 0 or gaps_nl[i - 1] >= 2) and newlines >= 2 and _standalone_title(line)
        )
        if not title and not _ends_with(line, _NO_JOIN_AFTER) and _continues(text, gap_end, line):
            sep, reason = " ", JOIN
        elif newlines >= 2 or title or _ends_with(line, _PARAGRAPH_END):
            sep, reason = "\n\n", WHITE_SPACE
        else:
            sep, reason = "\n", WHITE_SPACE
        if text[gap_start:gap_end] != sep:
            reps.append(Replacement(gap_start, gap_end, sep, reason))

    last_end = contents[-1][1]
    if last_end < n:
        reps.append(Replacement(last_end, n, "", WHITE_SPACE))
    return reps
