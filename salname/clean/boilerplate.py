"""Page furniture removed as whole lines: script and cookie notices, sharing and navigation
lines, copyright notices, related-news blocks, and an outlet's own recurring lines.

Precision comes first: a line is removed only when all of it is furniture, and a line that
reads as an article sentence (ends in "." and is not a notice) stops a related-news block.
The wording lives in ``salname.az.boilerplate``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from typing import Iterable

from salname.az import boilerplate as words
from salname.az.alphabet import az_lower
from salname.clean.repeated import candidate_key
from salname.offsets import Replacement

SCRIPT = "script notice"
COOKIE = "cookie notice"
COPYRIGHT = "copyright notice"
NAVIGATION = "share/navigation line"
RELATED = "related-news block"
OUTLET = "outlet boilerplate line"

SCRIPT_MAX_WORDS = 40
COOKIE_MAX_WORDS = 60
COPYRIGHT_MAX_WORDS = 30
NAV_MAX_CHARS = 120
NAV_MAX_WORDS = 12
LINK_MAX_WORDS = 25
LINK_MAX_CHARS = 200
BREADCRUMB_MAX_WORDS = 4


def _alternation(phrases: Iterable[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?<!\\w)(?:" + "|".join(re.escape(p) for p in ordered) + ")(?!\\w)"


_SCRIPT_ANY = re.compile(r"java\s?script", re.I)
_SCRIPT_ASK = re.compile(_alternation(words.SCRIPT_ASK_WORDS))
# cheap substring hints, tested on str.lower() text, before any regex runs
_SCRIPT_HINTS = ("javascript", "java script")
_COOKIE_HINTS = ("cookie", "çərəz", "kuki", "куки")
_COPYRIGHT_HINTS = ("©", "(c)", "copyright", "rights", "hüquqlar", "права", "istinad", "hiper", "ссылк", "link")
_COOKIE = re.compile(_alternation(words.COOKIE_WORDS))
_COOKIE_ASK = re.compile(_alternation(words.COOKIE_ASK_WORDS))
_COPYRIGHT = re.compile(_alternation(words.COPYRIGHT_PHRASES))
_COPYRIGHT_SIGN = re.compile(r"^(?:©|\(c\)|copyright)|(?:©|\(c\))\s*\d{4}", re.I)
_CITATION = re.compile(_alternation(words.CITATION_WORDS))
_CITATION_DEMAND = re.compile(_alternation(words.CITATION_DEMAND_WORDS))
_NAV = re.compile(_alternation(words.NAVIGATION_PHRASES))
_LETTER = re.compile(r"[^\W\d_]")
_CRUMB_SEP = re.compile(r"\s*[/»>›|→]\s*")
_HOME = frozenset(words.HOME_PHRASES)
_RELATED_SET = frozenset(words.RELATED_HEADINGS)
_WORD = re.compile(r"[^\W\d_]+")


def _first_word(line: str) -> str:
    """The first run of letters, lower-cased: "12:45 | Baxış: 89" -> "baxış"."""
    m = _WORD.search(line)
    return az_lower(m.group()) if m else ""


_RELATED_FIRST_WORDS = frozenset(_first_word(h) for h in words.RELATED_HEADINGS)
_NAV_FIRST_WORDS = frozenset(_first_word(p) for p in words.NAVIGATION_PHRASES) | {
    _first_word(p) for p in words.HOME_PHRASES
}
_RELATED_INLINE = re.compile("^" + _alternation(words.RELATED_HEADINGS) + r"\s*[:\-–—]\s*\S")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")
_ENDS_WITH_PERIOD = re.compile("\\.[\"'\u201d\u00bb\u2019)\\]]*$")
_SENTENCE_BREAK = re.compile("[.!?…][\"'”»’)]*\\s+")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding its newline."""
    out = []
    pos = 0
    n = len(text)
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            out.append((pos, n))
            return out
        out.append((pos, nl))
        pos = nl + 1


def _has(low: str, hints: tuple[str, ...]) -> bool:
    for h in hints:
        if h in low:
            return True
    return False


def notice_start(line: str) -> int | None:
    """Where a script notice starts in a line: the sentence that names JavaScript, through the end
    of the line, if that stretch is short and asks to enable it. None when there is none."""
    m = _SCRIPT_ANY.search(line)
    if m is None:
        return None
    start = 0
    for b in _SENTENCE_BREAK.finditer(line, 0, m.start()):
        start = b.end()
    tail = line[start:]
    if len(tail.split()) <= SCRIPT_MAX_WORDS and _SCRIPT_ASK.search(az_lower(tail)):
        return start
    return None


def _fold(text: str) -> str:
    """Lower case that keeps every offset (str.lower turns İ into two characters)."""
    return text.replace("İ", "i").lower() if "İ" in text else text.lower()


def _hints(line: str) -> tuple[bool, bool, bool]:
    low = _fold(line)
    return _has(low, _SCRIPT_HINTS), _has(low, _COOKIE_HINTS), _has(low, _COPYRIGHT_HINTS)


def _hinted_lines(low: str, hints: tuple[str, ...], starts: list[int]) -> set[int]:
    """Indices of the lines that contain any of ``hints``."""
    out: set[int] = set()
    for h in hints:
        i = low.find(h)
        while i >= 0:
            out.add(bisect_right(starts, i) - 1)
            i = low.find(h, i + 1)
    return out


def classify_line(line: str, hints: tuple[bool, bool, bool] | None = None) -> str | None:
    """The reason a stripped line is furniture, or None. ``hints``: does the line mention script,
    cookie, copyright (computed from the line when not given)."""
    script, cookie, copyright_ = _hints(line) if hints is None else hints
    if script and notice_start(line) == 0:
        return SCRIPT
    short = len(line) <= NAV_MAX_CHARS
    if not (cookie or copyright_ or short):
        return None
    if not (cookie or copyright_) and _first_word(line) not in _NAV_FIRST_WORDS:
        return None  # a furniture line starts with a furniture word: most lines stop here
    nw = len(line.split())
    lower = az_lower(line)
    if cookie and nw <= COOKIE_MAX_WORDS and _COOKIE.search(lower) and _COOKIE_ASK.search(lower):
        return COOKIE
    if copyright_ and nw <= COPYRIGHT_MAX_WORDS and (
        _COPYRIGHT_SIGN.search(line)
        or ("©" in line and nw <= NAV_MAX_WORDS)
        or _COPYRIGHT.search(lower)
        or (_CITATION.search(lower) and _CITATION_DEMAND.search(lower))
    ):
        return COPYRIGHT
    first = _LETTER.search(lower) if short and nw <= NAV_MAX_WORDS else None
    if first is not None and _NAV.match(lower, first.start()):  # furniture starts with a furniture word
        rest, found = _NAV.subn(" ", lower)
        if found and not _LETTER.search(rest):
            return NAVIGATION
        if found and _is_breadcrumb(lower):
            return NAVIGATION
    return None


def _is_breadcrumb(lower: str) -> bool:
    """ "Əsas səhifə / Siyasət / Xəbərlər": a home link, then a few short section names."""
    parts = _CRUMB_SEP.split(lower)
    if len(parts) < 2 or _EDGE.sub("", parts[0]) not in _HOME:
        return False
    return all(0 < len(p.split()) <= BREADCRUMB_MAX_WORDS for p in parts)


def is_related_heading(line: str) -> bool:
    """A heading line that opens a block of links to other articles: "Oxşar xəbərlər", "Читайте также"."""
    if len(line) > 60 or _first_word(line) not in _RELATED_FIRST_WORDS:
        return False
    return _SPACES.sub(" ", _EDGE.sub("", az_lower(line))) in _RELATED_SET


def _is_link_title(line: str) -> bool:
    """A short line such as a headline or a date, which a related-news block is made of."""
    if len(line) > LINK_MAX_CHARS or len(line.split()) > LINK_MAX_WORDS:
        return False
    if not _LETTER.search(line):
        return True  # a date, a time, a count
    return not _ENDS_WITH_PERIOD.search(line)


# The prescan. A line can be furniture only when it mentions a hint (script, cookie, copyright),
# when its first word starts a navigation phrase or a related-news heading (and it is at most
# FIRST_WORD_MAX_CHARS long), when it follows a related-news heading, or when it is one of the
# outlet's own lines. What a line is, is worked out once and remembered: page furniture and
# the outlet's own lines recur from document to document.
_FIRST_WORDS = _NAV_FIRST_WORDS | _RELATED_FIRST_WORDS
FIRST_WORD_MAX_CHARS = max(NAV_MAX_CHARS, 60, LINK_MAX_CHARS)  # the longest line the first word decides
_NO_FLAGS = (False, False, False)
# stripped line -> (its outlet key or None, does its first word open furniture, its hints)
_LINE_INFO: dict[str, tuple[str | None, bool, tuple[bool, bool, bool]]] = {}
LINE_CACHE_SIZE = 1 << 15


def _line_info(line: str) -> tuple[str | None, bool, tuple[bool, bool, bool]]:
    """What the prescan needs to know about a stripped, non-empty line (memoised)."""
    info = _LINE_INFO.get(line)
    if info is None:
        flags = _hints(line)
        info = (
            candidate_key(line),
            len(line) <= FIRST_WORD_MAX_CHARS and _first_word(line) in _FIRST_WORDS,
            _NO_FLAGS if flags == _NO_FLAGS else flags,
        )
        if len(_LINE_INFO) >= LINE_CACHE_SIZE:
            # drop the older half: recurring lines come back at once, one-off lines do not
            for old in list(islice(_LINE_INFO, LINE_CACHE_SIZE // 2)):
                del _LINE_INFO[old]
        _LINE_INFO[line] = info
    return info


def _hint_flags(text: str, starts: list[int]) -> dict[int, tuple[bool, bool, bool]]:
    """(script, cookie, copyright) hints of every line that has one, by line index."""
    low = _fold(text)
    script_lines = _hinted_lines(low, _SCRIPT_HINTS, starts)
    cookie_lines = _hinted_lines(low, _COOKIE_HINTS, starts)
    copyright_lines = _hinted_lines(low, _COPYRIGHT_HINTS, starts)
    return {
        i: (i in script_lines, i in cookie_lines, i in copyright_lines)
        for i in script_lines | cookie_lines | copyright_lines
    }


def find_boilerplate(text: str, outlet_keys: frozenset[str] = frozenset(), *, prescan: bool = True) -> list[Replacement]:
    """Replacements deleting every furniture line of ``text``, with its line break.

    With ``prescan`` (the default) a line is classified only when what is known about it says it
    may be furniture; without it every line is, with hints found over the whole text. Both give
    the same result.
    """
    lines = text.split("\n")
    flags_of = {} if prescan else _hint_flags(text, _starts(lines))
    reasons: dict[int, str] = {}
    tails: list[tuple[int, int]] = []  # script notices at the end of a content line
    in_block = False
    a = 0
    for i, raw_line in enumerate(lines):
        b = a + len(raw_line)
        line = raw_line.strip()
        if not line:
            a = b + 1
            continue
        if prescan:
            key, opens, flags = _line_info(line)
            if not (in_block or opens or flags is not _NO_FLAGS):
                # not furniture by its own look: only one of the outlet's lines
                if key is not None and key in outlet_keys:
                    reasons[i] = OUTLET
                a = b + 1
                continue
        else:
            flags = flags_of.get(i, _NO_FLAGS)
        if in_block:
            other = classify_line(line, flags)
            if other or _is_link_title(line):
                reasons[i] = other or RELATED
                a = b + 1
                continue
            in_block = False
            reason = None
        else:
            reason = classify_line(line, flags)
        if reason is None:
            if is_related_heading(line):
                reason = RELATED
                in_block = True
            elif (
                len(line) <= LINK_MAX_CHARS
                and _first_word(line) in _RELATED_FIRST_WORDS
                and _RELATED_INLINE.match(az_lower(line))
            ):
                reason = RELATED
            elif outlet_keys:
                key = candidate_key(line)
                if key is not None and key in outlet_keys:
                    reason = OUTLET
        if reason is None and flags[0]:
            lead = a + len(raw_line) - len(raw_line.lstrip())
            start = notice_start(line)
            if start:
                tails.append((_skip_back_space(text, lead + start), b))
        if reason is not None:
            reasons[i] = reason
        a = b + 1
    if not reasons and not tails:
        return []
    starts = _starts(lines)
    spans = [(s, s + len(line)) for s, line in zip(starts, lines)]
    by_line = [reasons.get(i) for i in range(len(lines))]
    return _deletions(text, spans, by_line) + [Replacement(s, e, "", SCRIPT) for s, e in tails]


def _starts(lines: list[str]) -> list[int]:
    """Start offset of every line of the text that split into ``lines``."""
    out = []
    pos = 0
    for line in lines:
        out.append(pos)
        pos += len(line) + 1
    return out


def _deletions(text: str, spans: list[tuple[int, int]], reasons: list[str | None]) -> list[Replacement]:
    """Merge runs of removed lines with one reason (blank lines between them included) into deletions."""
    reps: list[Replacement] = []
    n = len(text)
    last_kept_end = 0  # end of the last kept non-blank line, or of the last deletion
    i = 0
    count = len(spans)
    while i < count:
        a, b = spans[i]
        reason = reasons[i]
        if reason is None:
            if text[a:b].strip():
                last_kept_end = b
            i += 1
            continue
        j = i
        k = i + 1
        while k < count:
            if reasons[k] == reason:
                j = k
            elif reasons[k] is not None or text[spans[k][0] : spans[k][1]].strip():
                break
            k += 1
        start = a
        end = spans[j][1]
        if end < n:
            end += 1  # the line break; blank lines around are left to the layout step
        else:
            # at the end of the text: take the breaks before the line too, so no hole is left
            start = max(last_kept_end, _skip_back_blank(text, a))
        reps.append(Replacement(start, end, "", reason))
        last_kept_end = end
        i = j + 1
    return reps


def _skip_back_space(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _skip_back_blank(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t\n":
        pos -= 1
    return pos
