"""Words split by print layout: a hyphen at a line end, a stray hyphen or space before a suffix.

A hyphen at a line end is dropped when the word simply goes on ("Qaza-\\n\\nxistana");
it is kept, and only the break removed, when it is a real hyphen: the next part is a
name or a number ("Nur-\\nSultan"), the left part is an acronym or a number
("TÜRKPA-\\nnın", "29-\\nda"), or the word repeats ("bir-\\nbirinə").
Inside a line, a hyphen or a space is removed only before a pure inflection chain that
harmonises with a lower-case Azerbaijani word ("ərazi-lər", "bütövlüyü nü").
"""

from __future__ import annotations

import re

from salname.az.alphabet import LOWER, LOWER_SET, VOWELS, az_lower, is_acronym, last_vowel
from salname.az.suffixes import ALL_CHAINS, STANDALONE_WORDS, is_detached_suffix, is_suffix_chain
from salname.offsets import Replacement

JOINED = "hyphen line break joined"
KEPT = "line break after hyphen removed"
STRAY = "stray hyphen before suffix"
SPACE = "space before suffix"

_OPENERS = "([{<«‹“‘„\"'"
# anchors first, words found around them: a regex that starts at every word is much slower
_BREAK_TAIL = r"([ \t]*\n(?:[ \t]*\n)*[ \t]*)([^\W_]+)"  # the break, and the word after it
_BREAK = {h: re.compile(f"({h})" + _BREAK_TAIL) for h in ("-", "\u2010", "\u00ad")}
_STRAY = re.compile(r"-(?=[^\W\d_])")
# The prescan: both scans for "-" in one, a break (groups 1-3, as _BREAK["-"]) or a stray-hyphen
# candidate (group 4): a stray hyphen has a lower-case Azerbaijani letter on its left and, on its
# right, a run of them that is a whole inflection chain (checked against ALL_CHAINS by the caller).
_HYPHEN = re.compile(f"(-)(?:{_BREAK_TAIL}|(?<=[{LOWER}]-)([{LOWER}]+))")
_DETACHED = re.compile(r" n(?=[ıiuü]n?(?![\w\-/@]))")
_NOT_BEFORE = frozenset(".-/@&'’_")  # a word after these is part of a URL, a domain or a compound
_NOT_AFTER = frozenset("-/@_")


def _word_back(text: str, end: int, alnum: bool = False) -> int:
    """Start of the run of letters (or letters and digits) that ends at ``end``."""
    i = end
    if alnum:
        while i > 0 and text[i - 1].isalnum():
            i -= 1
    else:
        while i > 0 and text[i - 1].isalpha():
            i -= 1
    return i


def _word_forward(text: str, start: int, alnum: bool = False) -> int:
    i = start
    n = len(text)
    if alnum:
        while i < n and text[i].isalnum():
            i += 1
    else:
        while i < n and text[i].isalpha():
            i += 1
    return i


def _free_start(text: str, i: int) -> bool:
    """Does a word starting at ``i`` stand on its own (not inside a URL, number or compound)?"""
    if i == 0:
        return True
    ch = text[i - 1]
    return not (ch.isalnum() or ch in _NOT_BEFORE)


def _after_number(text: str, i: int) -> bool:
    """Is the word at ``i`` a unit after a number ("172 min-i", "5 mln-a")? Then its hyphen is style."""
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return j < i and j > 0 and text[j - 1].isdigit()


def _free_end(text: str, i: int) -> bool:
    if i >= len(text):
        return True
    ch = text[i]
    if ch.isalnum() or ch in _NOT_AFTER:
        return False
    return not (ch == "." and i + 1 < len(text) and text[i + 1].isalnum())


def _token_before(text: str, end: int, word_start: int) -> str:
    """The whole white-space-delimited token that ends at ``end`` (e.g. "Metbuat.az" for "az")."""
    start = word_start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip(_OPENERS)


def _lower_az(word: str) -> bool:
    return all(ch in LOWER_SET for ch in word)


def _break_replacement(text: str, m: re.Match[str]) -> tuple[int, int, str, str]:
    if m.group(1) == "\u00ad":  # a soft hyphen only ever marks a split
        return (m.start(1), m.end(2), "", JOINED)
    hyphen = m.start(1)
    # the word before the hyphen: most often all that follows the last space or line break
    left_start = max(text.rfind(" ", 0, hyphen), text.rfind("\n", 0, hyphen)) + 1
    left = text[left_start:hyphen]
    if not left.isalnum():
        left_start = _word_back(text, hyphen, alnum=True)
        left = text[left_start:hyphen]
    right = m.group(3)
    keep = (
        right[0].isupper()
        or right[0].isdigit()
        or not left.isalpha()  # has digits: "29-\nda"
        or is_acronym(left)
        or last_vowel(left) is None  # an abbreviation: "km-\ni"
        or (len(left) >= 2 and az_lower(right[: len(left)]) == az_lower(left))  # "bir-\nbirinə"
        or _token_before(text, hyphen, left_start) != left  # "Metbuat.az-": part of a compound token
    )
    if keep:
        return (m.start(2), m.end(2), "", KEPT)
    return (m.start(1), m.end(2), "", JOINED)


def _stray(text: str, pos: int) -> tuple[int, int, str, str] | None:
    if pos < 2 or not text[pos - 1].isalpha():
        return None
    a = _word_back(text, pos)
    b = _word_forward(text, pos + 1)
    left, right = text[a:pos], text[pos + 1 : b]
    if (
        _free_start(text, a)
        and not _after_number(text, a)
        and _free_end(text, b)
        and _lower_az(left)
        and last_vowel(left) is not None  # "km-i", "mln-a": abbreviations keep their hyphen
        and _lower_az(right)
        and right not in STANDALONE_WORDS
        and right != left
        and is_suffix_chain(right, left)
    ):
        return (pos, pos + 1, "", STRAY)
    return None


def _detached(text: str, pos: int) -> tuple[int, int, str, str] | None:
    if pos == 0 or text[pos - 1] not in VOWELS:
        return None
    a = _word_back(text, pos)
    left = text[a:pos]
    b = _word_forward(text, pos + 1)
    if len(left) >= 2 and _free_start(text, a) and _lower_az(left) and is_detached_suffix(left, text[pos + 1 : b]):
        return (pos, pos + 1, "", SPACE)
    return None


def find_splits(text: str, *, prescan: bool = True) -> list[Replacement]:
    """Replacements joining the words that layout split."""
    return [Replacement(*r) for r in split_spans(text, prescan=prescan)]


def split_spans(text: str, *, prescan: bool = True) -> list[tuple[int, int, str, str]]:
    """:func:`find_splits` as ``(start, end, new, reason)`` tuples.

    With ``prescan`` one scan finds the line breaks after "-" and the hyphens between a lower-case
    Azerbaijani letter and a lower-case run that is an inflection chain (no other can be a stray
    hyphen); without it, a scan finds the breaks and another every hyphen before a letter. Both
    give the same result.
    """
    reps: list[tuple[int, int, str, str]] = []
    if "\n" in text:
        for hyphen, rx in _BREAK.items():
            if hyphen in text and not (prescan and hyphen == "-"):
                for m in rx.finditer(text):
                    if m.start() > 0 and text[m.start() - 1].isalnum():
                        reps.append(_break_replacement(text, m))
    if "-" in text:
        if prescan:
            # one scan for line breaks after "-" and for stray hyphens; only the hyphens between a
            # lower-case letter and a lower-case run that is a whole inflection chain can be stray
            for m in _HYPHEN.finditer(text):
                chain = m.group(4)
                if chain is None:
                    if m.start() > 0 and text[m.start() - 1].isalnum():
                        reps.append(_break_replacement(text, m))
                elif chain in ALL_CHAINS:
                    r = _stray(text, m.start())
                    if r is not None:
                        reps.append(r)
        else:
            for m in _STRAY.finditer(text):
                r = _stray(text, m.start())
                if r is not None:
                    reps.append(r)
    if " n" in text:
        for m in _DETACHED.finditer(text):
            r = _detached(text, m.start())
            if r is not None:
                reps.append(r)
    if len(reps) > 1:
        reps.sort(key=_start_end)
        kept = [reps[0]]
        for r in reps[1:]:
            if r[0] >= kept[-1][1]:
                kept.append(r)
        reps = kept
    return reps


def _start_end(r: tuple[int, int, str, str]) -> tuple[int, int]:
    return r[0], r[1]
