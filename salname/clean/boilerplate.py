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
from salname.clean.repeated import candidate_key, stripped_lines
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
# outlet's own lines. What a short line is, is worked out once and remembered: page furniture
# and the outlet's own lines recur from document to document.
_FIRST_WORDS = _NAV_FIRST_WORDS | _RELATED_FIRST_WORDS
FIRST_WORD_MAX_CHARS = max(NAV_MAX_CHARS, 60, LINK_MAX_CHARS)  # the longest line the first word decides
_NO_FLAGS = (False, False, False)
# A line's info: (its outlet key or None, may it be furniture by its own look, its hint flags).
_BLANK = (None, False, _NO_FLAGS)
# stripped line (at most FIRST_WORD_MAX_CHARS long) -> its info
_LINE_INFO: dict[str, tuple[str | None, bool, tuple[bool, bool, bool]]] = {"": _BLANK}
LINE_CACHE_SIZE = 1 << 15

# Hints of the lines not seen before are looked for in all of them at once, on the UTF-8 bytes
# lower-cased (ASCII only, cheap) after "İ" -> "i": exact for the ASCII hints. The others are
# found by a byte pattern or a character that every upper- or lower-case form of them contains;
# a rare first character spares a search for most texts.
_ASCII_HINTS = tuple(h.encode() for h in _SCRIPT_HINTS + _COOKIE_HINTS + _COPYRIGHT_HINTS if h.isascii())
_SIEVED = {b"javascript": "jJ", b"java script": "jJ", b"(c)": "("}
_ALWAYS = tuple(h for h in _ASCII_HINTS if h not in _SIEVED and h not in (b"copyright", b"rights")) + (
    b"right",  # in both "copyright" and "rights": one search
    "quqlar".encode(),  # "hüquqlar"
    "rəz".encode(),  # "çərəz"
    "rƏz".encode(),
)
_HINT_CHARS = "©кКпП\u212a"  # "©" has no case; "куки", "права", "ссылк" contain к or п; K lower-cases to k


def _may_have_hints(text: str) -> bool:
    """False only when no line of ``text`` contains a hint."""
    for ch in _HINT_CHARS:
        if ch in text:
            return True
    if "İ" in text:
        text = text.replace("İ", "i")
    data = text.encode("utf-8", "surrogatepass").lower()
    for hint in _ALWAYS:
        if hint in data:
            return True
    for hint, chars in _SIEVED.items():
        if any(ch in text for ch in chars) and hint in data:
            return True
    return False


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


# first white-space token of a line -> is the first word of a line starting with it one that
# furniture starts with? Tokens recur far more than lines do.
_TOKEN_OPENS: dict[str, bool] = {}
TOKEN_CACHE_SIZE = 1 << 14


def _opens_furniture(line: str) -> bool:
    """``_first_word(line) in _FIRST_WORDS`` for a stripped, non-empty line, by its first token."""
    token = line.split(None, 1)[0]
    opens = _TOKEN_OPENS.get(token)
    if opens is None:
        m = _WORD.search(token)
        if m is None:  # "12:45", "|": the first word is in a later token
            return _first_word(line) in _FIRST_WORDS
        opens = az_lower(m.group()) in _FIRST_WORDS
        if len(_TOKEN_OPENS) >= TOKEN_CACHE_SIZE:
            _TOKEN_OPENS.clear()
        _TOKEN_OPENS[token] = opens
    return opens


def _learn(stripped: list[str], infos: list) -> None:
    """Fill in the infos of the lines not known yet (None in ``infos``), and remember the short ones."""
    missing = [i for i, info in enumerate(infos) if info is None]
    block = [stripped[i] for i in missing]
    joined = "\n".join(block)
    flags_of = _hint_flags(joined, _starts(block)) if _may_have_hints(joined) else {}
    cache = _LINE_INFO
    for n, i in enumerate(missing):
        line = stripped[i]
        flags = flags_of.get(n, _NO_FLAGS)
        if len(line) > FIRST_WORD_MAX_CHARS:
            infos[i] = (None, flags is not _NO_FLAGS, flags)  # too long to be a candidate or to recur
            continue
        key = candidate_key(line)
        opens = flags is not _NO_FLAGS or (bool(line) and _opens_furniture(line))
        info = infos[i] = (key, opens, flags)
        if len(cache) >= LINE_CACHE_SIZE:
            # drop the older half: recurring lines come back at once, one-off lines do not
            for old in list(islice(cache, LINE_CACHE_SIZE // 2)):
                cache.pop(old, None)
            cache[""] = _BLANK
        cache[line] = info


# stripped line -> its verdict (below): furniture lines recur, and their verdict costs regexes
_VERDICTS: dict[str, tuple[str | None, bool, bool]] = {}
VERDICT_CACHE_SIZE = 1 << 12


def _verdict(line: str, flags: tuple[bool, bool, bool]) -> tuple[str | None, bool, bool]:
    """(classify_line's reason, is it a related-news heading, is it a related-news line with its
    heading inline) of a stripped line; the last two only when the first is None. ``flags`` are
    the line's own hints, so the verdict depends on the line alone and can be remembered."""
    reason = classify_line(line, flags)
    heading = inline = False
    if reason is None:
        heading = is_related_heading(line)
        inline = (
            not heading
            and len(line) <= LINK_MAX_CHARS
            and _first_word(line) in _RELATED_FIRST_WORDS
            and _RELATED_INLINE.match(az_lower(line)) is not None
        )
    return reason, heading, inline


def find_boilerplate(text: str, outlet_keys: frozenset[str] = frozenset(), *, prescan: bool = True) -> list[Replacement]:
    """Replacements deleting every furniture line of ``text``, with its line break.

    With ``prescan`` (the default) a line is classified only when what is known about it says it
    may be furniture; without it every line is, with hints found over the whole text. Both give
    the same result.
    """
    stripped = stripped_lines(text)
    count = len(stripped)
    lines: list[str] | None = None  # the lines unstripped, split when positions are needed
    if prescan:
        infos = list(map(_LINE_INFO.get, stripped))
        if None in infos:
            _learn(stripped, infos)
        if outlet_keys:
            todo = [i for i, info in enumerate(infos) if info[1] or (info[0] is not None and info[0] in outlet_keys)]
        else:
            todo = [i for i, info in enumerate(infos) if info[1]]
        if not todo:
            return []
        flags_of = {}
    else:
        infos = None
        todo = list(range(count))
        lines = text.split("\n")
        flags_of = _hint_flags(text, _starts(lines))
    starts: list[int] | None = None
    reasons: dict[int, str] = {}
    tails: list[tuple[int, int]] = []  # script notices at the end of a content line
    in_block = False
    k = 0  # next index into todo
    i = -1
    while True:
        # the next line to look at: every line inside a related-news block, else the next in todo
        if in_block:
            i += 1
            if i >= count:
                break
        else:
            while k < len(todo) and todo[k] <= i:
                k += 1
            if k == len(todo):
                break
            i = todo[k]
        line = stripped[i]
        if not line:
            continue
        if infos is not None:
            key, marked, flags = infos[i]
            if not (in_block or marked):
                reasons[i] = OUTLET  # in todo only for its outlet key
                continue
        else:
            flags = flags_of.get(i, _NO_FLAGS)
        if infos is None:
            verdict = _verdict(line, flags)
        else:
            verdict = _VERDICTS.get(line)
            if verdict is None:
                verdict = _verdict(line, flags)
                if len(line) <= FIRST_WORD_MAX_CHARS:  # long lines seldom recur, and would take room
                    if len(_VERDICTS) >= VERDICT_CACHE_SIZE:
                        _VERDICTS.clear()
                    _VERDICTS[line] = verdict
        if in_block:
            other = verdict[0]
            if other or _is_link_title(line):
                reasons[i] = other or RELATED
                continue
            in_block = False
        reason = verdict[0]
        if reason is None:
            if verdict[1]:  # a related-news heading
                reason = RELATED
                in_block = True
            elif verdict[2]:  # a related-news line with its heading inline
                reason = RELATED
            elif outlet_keys:
                key = candidate_key(line)
                if key is not None and key in outlet_keys:
                    reason = OUTLET
        if reason is None and flags[0]:
            if starts is None:
                lines = text.split("\n")
                starts = _starts(lines)
            raw_line = lines[i]
            lead = starts[i] + len(raw_line) - len(raw_line.lstrip())
            start = notice_start(line)
            if start:
                tails.append((_skip_back_space(text, lead + start), starts[i] + len(raw_line)))
        if reason is not None:
            reasons[i] = reason
    if not reasons and not tails:
        return []
    if lines is None or starts is None:
        lines = text.split("\n")
        starts = _starts(lines)
    return _deletions(text, starts, lines, stripped, reasons) + [Replacement(s, e, "", SCRIPT) for s, e in tails]


def _starts(lines: list[str]) -> list[int]:
    """Start offset of every line of the text that split into ``lines``."""
    out = []
    pos = 0
    for line in lines:
        out.append(pos)
        pos += len(line) + 1
    return out


def _deletions(
    text: str, starts: list[int], lines: list[str], stripped: list[str], reasons: dict[int, str]
) -> list[Replacement]:
    """Merge runs of removed lines with one reason (blank lines between them included) into deletions.

    ``reasons`` maps line numbers to the reason the line goes; the lines in between are only
    looked at to find where a run stops and where the last kept line ends."""
    reps: list[Replacement] = []
    n = len(text)
    count = len(lines)
    last_kept_end = 0  # end of the last kept non-blank line, or of the last deletion
    done = -1  # the lines up to here are accounted for
    for i in sorted(reasons):
        if i <= done:
            continue
        for q in range(i - 1, done, -1):  # a kept non-blank line since the last deletion?
            if stripped[q]:
                last_kept_end = starts[q] + len(lines[q])
                break
        reason = reasons[i]
        j = i
        k = i + 1
        while k < count:
            other = reasons.get(k)
            if other == reason:
                j = k
            elif other is not None or stripped[k]:
                break
            k += 1
        start = starts[i]
        end = starts[j] + len(lines[j])
        if end < n:
            end += 1  # the line break; blank lines around are left to the layout step
        else:
            # at the end of the text: take the breaks before the line too, so no hole is left
            start = max(last_kept_end, _skip_back_blank(text, start))
        reps.append(Replacement(start, end, "", reason))
        last_kept_end = end
        done = j
    return reps


def _skip_back_space(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _skip_back_blank(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t\n":
        pos -= 1
    return pos
