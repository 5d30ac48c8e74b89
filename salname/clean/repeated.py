"""Lines that recur across one outlet's documents: the outlet's own boilerplate.

The pipeline stores :func:`candidate_lines` keys of every document; once a key
is seen in ``REPEAT_MIN_DOCS`` documents of one outlet, cleaning removes that
line from all of them. Keys are computed on raw or clean text alike, so the
normalisation in :func:`line_key` absorbs what cleaning changes inside a line
(case, spacing, invisible characters); every number (a view count, a date,
"1 234", "12:30") becomes one "0".

Which lines may become outlet boilerplate: after stripping, 3..160 characters,
at most 20 words, with at least one letter; not the ``date ...`` header line;
and not prose. A line is prose when it starts with a lower-case letter or ends
with ``-`` or ``,`` (a piece of a sentence broken by layout), or when it has 5 or
more words and ends in ``.``, ``!``, ``?`` or ``…`` (optionally followed by a
closing quote), or has 8 or more words and a sentence break inside; a line with a
web marker (``http``, ``www.``, ``@``, ``©``, ``javascript``, ``cookie``) is never
prose. Formulaic article sentences ("Görüşdə digər məsələlər ətrafında da
fikir mübadiləsi aparılıb.") recur across an outlet too, and must never be
removed: that is the reason for the rule. For the same reason a line is never a
candidate when it is part of a paragraph broken into lines: the next line goes on
in lower case, or the line itself or the one right before it "runs on" (5+ words,
no sentence end, no menu separators such as ``|``) with text right under it.
"""

from __future__ import annotations

import re
import unicodedata
from hashlib import blake2b
from itertools import islice

from salname.az.alphabet import az_lower

REPEAT_MIN_DOCS = 5

MIN_CHARS = 3
MAX_CHARS = 160
MAX_WORDS = 20
SENTENCE_MIN_WORDS = 5
INNER_BREAK_MIN_WORDS = 8
WRAPPED_MIN_WORDS = 5
_MENU_SEPARATOR = re.compile(r"[|•·»/›]")

_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_DIGITS = re.compile(r"\d+(?:[ .,:/-]\d+)*")
_CLOSERS = "\"'\u201d\u00bb\u2019)"
_INNER_BREAK = re.compile(r"[.!?…] +[A-ZÇƏĞIİÖŞÜ]")
_WEB_MARKERS = ("http:", "https:", "www.", "@", "©", "javascript", "cookie")
_ALNUM_SPAN = re.compile(r"[^\W_](?:.*[^\W_])?", re.S)
_LETTER = re.compile(r"[^\W\d_]")
_DATE_HEADER = re.compile(r"^date:?\s+\d{4}-\d{2}(?:-\d{2})?$", re.I)


def normalize_line(line: str) -> str:
    """The form two occurrences of the same furniture line share."""
    s = unicodedata.normalize("NFC", _INVISIBLE.sub("", line))
    s = az_lower(s)
    s = " ".join(s.split())  # white-space runs to one space, ends stripped (split() knows all Unicode spaces)
    s = _DIGITS.sub("0", s)
    return _strip_edges(s)


def _strip_edges(s: str) -> str:
    """``s`` from its first to its last letter or digit (str.isalnum, which ``[^\\W_]`` matches)."""
    m = _ALNUM_SPAN.search(s)
    return m.group() if m else ""


def _web_marker(line: str) -> bool:
    low = line.lower()
    for marker in _WEB_MARKERS:
        if marker in low:
            return True
    return False


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "\u2026")


def line_key(line: str) -> str:
    """A short stable key of a line: 16 hex digits of blake2b over its normal form."""
    return blake2b(normalize_line(line).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def is_candidate(line: str) -> bool:
    """May this (stripped) line count as outlet boilerplate? See the module docstring."""
    n = len(line)
    if n < MIN_CHARS or n > MAX_CHARS:
        return False
    # a line starting in lower case is prose: only a web marker can still make it a candidate,
    # and most lines of print-style text end here, so that test comes first
    if line[0].islower() and not _web_marker(line):
        return False
    words = line.split()
    if len(words) > MAX_WORDS or not _LETTER.search(line):
        return False
    if _DATE_HEADER.match(line):
        return False
    return not _is_prose(line, len(words)) or _web_marker(line)


def _is_prose(line: str, nwords: int) -> bool:
    if line[0].islower() or line[-1] in "-,":
        return True
    if nwords >= SENTENCE_MIN_WORDS and _ends_sentence(line):
        return True
    return nwords >= INNER_BREAK_MIN_WORDS and _INNER_BREAK.search(line) is not None


# stripped line -> its key, or "" when it is not a candidate. Furniture lines recur across
# documents, and the clean step asks again about the lines candidate_lines has just seen.
_KEYS: dict[str, str] = {"": ""}
KEY_CACHE_SIZE = 1 << 15


def candidate_key(line: str) -> str | None:
    """``line_key(line)`` when the stripped ``line`` is a candidate, else None (memoised)."""
    n = len(line)
    if n < MIN_CHARS or n > MAX_CHARS:
        return None
    key = _KEYS.get(line)
    if key is None:
        key = line_key(line) if is_candidate(line) else ""
        _remember(line, key)
    return key or None


def _remember(line: str, key: str) -> None:
    if len(_KEYS) >= KEY_CACHE_SIZE:
        # drop the older half: recurring lines come back at once, one-off lines do not
        for old in list(islice(_KEYS, KEY_CACHE_SIZE // 2)):
            _KEYS.pop(old, None)
        _KEYS[""] = ""
    _KEYS[line] = key


def _learn_keys(lines: list[str], keys: list[str | None]) -> None:
    """Fill in the keys of the lines not known yet (None in ``keys``): "" for a line that is not
    a candidate. Most such lines start in lower case, and those are candidates only with a web
    marker: one search over all of them together usually settles them at once."""
    lower_start: list[int] = []
    for i, key in enumerate(keys):
        if key is None:
            line = lines[i]
            if len(line) < MIN_CHARS or len(line) > MAX_CHARS:
                keys[i] = ""  # never a candidate; not worth remembering
            elif line[0].islower():
                lower_start.append(i)
            else:
                key = keys[i] = line_key(line) if is_candidate(line) else ""
                _remember(line, key)
    if lower_start:
        if len(lower_start) > 1 and not _web_marker("\n".join([lines[i] for i in lower_start])):
            for i in lower_start:
                keys[i] = ""
                _remember(lines[i], "")
        else:
            for i in lower_start:
                line = lines[i]
                key = keys[i] = line_key(line) if is_candidate(line) else ""
                _remember(line, key)


def stripped_lines(text: str) -> list[str]:
    """``[line.strip() for line in text.split("\\n")]``; the last text's are kept, because the
    clean step splits the text that candidate_lines has just split. Do not change the list."""
    global _last
    last = _last
    if last[0] is not text:
        last = _last = (text, [line.strip() for line in text.split("\n")])
    return last[1]


_last: tuple[str | None, list[str]] = (None, [])


def candidate_lines(text: str) -> list[str]:
    """Keys of the lines of ``text`` that could be outlet boilerplate, each key once, in order."""
    lines = stripped_lines(text)
    keys = list(map(_KEYS.get, lines))
    if None in keys:
        _learn_keys(lines, keys)
    return list(dict.fromkeys(key for i, key in enumerate(keys) if key and not _wrapped(lines, keys, i)))


def _wrapped(lines: list[str], keys: list, i: int) -> bool:
    """Is line ``i`` a piece of a paragraph that layout broke into lines? Then it is prose, however
    it looks alone. A recurring stock sentence of an outlet must never become its boilerplate."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if nxt and nxt[0].islower():
        return True  # the sentence goes on in the next line
    if nxt and _runs_on(lines[i]):
        return True  # a long line that stops mid-sentence, with more text right under it
    prev = lines[i - 1] if i > 0 else ""
    return bool(prev) and _runs_on(prev)  # the line before stopped mid-sentence


def _runs_on(line: str) -> bool:
    """A line of running text cut by layout: 5+ words, no sentence end, no menu separators."""
    return (
        len(line.split()) >= WRAPPED_MIN_WORDS
        and not _ends_sentence(line)
        and _MENU_SEPARATOR.search(line) is None
    )
