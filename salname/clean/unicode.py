"""Character-level repairs: mojibake, line breaks, invisible and look-alike characters, NFC.

Each function returns replacements on its input and returns nothing at all for
the common case of clean UTF-8 text, after one regex scan.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

from salname.offsets import Replacement

WHITE_SPACE = "white space"
INVISIBLE = "invisible character"
SCHWA = "look-alike schwa"
MOJIBAKE = "mojibake repaired"
NFC = "NFC"

# -- mojibake ------------------------------------------------------------------

# A UTF-8 lead byte read as Latin-1/cp1252 ("Ã", "Ä", "Å", "É", "Ð", "â" ...) followed by a
# continuation byte read the same way. Cheap, and only a hint: ftfy decides.
_LEAD = "\u00c2-\u00f4"
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE_HINT = re.compile(f"[{_LEAD}][{_CONTINUATION}]")
_TOKEN = re.compile(r"\S+")
_SPLIT_SPACE = re.compile(r"(\s+)")
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def _fix_token(m: re.Match[str]) -> str:
    tok = m.group()
    return ftfy.fix_text(tok, _FTFY_CONFIG) if _MOJIBAKE_HINT.search(tok) else tok


def fix_mojibake(text: str) -> list[Replacement]:
    """Lines that look like UTF-8 read in a single-byte code page, repaired by ftfy.

    The line is fixed as a whole (ftfy needs the context); when the fix keeps the white space,
    the replacement is split per word so each word still maps to its own raw span.
    """
    m = _MOJIBAKE_HINT.search(text)
    if m is None:
        return []
    reps: list[Replacement] = []
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        if end > start and text[end - 1] == "\r":
            end -= 1
        line = text[start:end]
        fixed = ftfy.fix_text(line, _FTFY_CONFIG)
        if _MOJIBAKE_HINT.search(fixed):
            # a line mixing good text and mojibake does not decode as a whole: try word by word
            fixed = _TOKEN.sub(_fix_token, fixed)
        if fixed != line:
            reps.extend(_per_token(line, fixed, start))
        m = _MOJIBAKE_HINT.search(text, end)
    return reps


def _per_token(line: str, fixed: str, offset: int) -> list[Replacement]:
    old_parts = _SPLIT_SPACE.split(line)
    new_parts = _SPLIT_SPACE.split(fixed)
    if len(old_parts) != len(new_parts) or old_parts[1::2] != new_parts[1::2]:
        return [Replacement(offset, offset + len(line), fixed, MOJIBAKE)]
    reps = []
    pos = offset
    for old, new in zip(old_parts, new_parts):
        if old != new:
            reps.append(Replacement(pos, pos + len(old), new, MOJIBAKE))
        pos += len(old)
    return reps


# -- single characters ---------------------------------------------------------

_SPECIAL_CHARS = (
    "\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u00ad\u018e\u01dd\u034f\u04d8\u04d9\u061c"
    "\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufeff\ufff9-\ufffb"
)
_SPECIAL = re.compile(f"[{_SPECIAL_CHARS}]")
_TO_NEWLINE = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_TO_SPACE = frozenset("\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B)))
_JOINERS = frozenset("\u200c\u200d")  # meaningful in Arabic-script text and emoji: kept there
_SCHWAS = {"\u01dd": "ə", "\u018e": "Ə", "\u04d9": "ə", "\u04d8": "Ə"}
_CYRILLIC_SCHWAS = frozenset("\u04d8\u04d9")
_SOFT_HYPHEN_AT_BREAK = re.compile("[ \t]*(?:\r\n?|\n)")


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" and ch.isalpha()


def _latin_word_around(text: str, pos: int) -> bool:
    """Is the word around ``pos`` Latin script apart from its Cyrillic schwas?"""
    a = pos
    while a > 0 and text[a - 1].isalpha():
        a -= 1
    b = pos + 1
    n = len(text)
    while b < n and text[b].isalpha():
        b += 1
    latin = False
    for ch in text[a:b]:
        if ch in _CYRILLIC_SCHWAS:
            continue
        if _is_cyrillic(ch):
            return False
        if ch < "\u0250" or ch == "ə" or ch == "Ə":
            latin = True
    return latin


def _joiner_removable(text: str, pos: int) -> bool:
    """ZWNJ/ZWJ are noise next to Latin or Cyrillic letters, meaningful elsewhere."""
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    return any(ch.isalpha() and ch < "\u0590" for ch in (before, after))


def fix_characters(text: str) -> list[Replacement]:
    """Line breaks to LF, Unicode spaces to a space, invisible characters out, look-alike schwas to ə."""
    reps: list[Replacement] = []
    for m in _SPECIAL.finditer(text):
        s = m.group()
        pos = m.start()
        if s == "\r":  # CR LF loses its CR, a lone CR becomes LF
            reps.append(Replacement(pos, pos + 1, "" if text.startswith("\n", pos + 1) else "\n", WHITE_SPACE))
        elif s in _TO_NEWLINE:
            reps.append(Replacement(pos, pos + 1, "\n", WHITE_SPACE))
        elif s in _TO_SPACE:
            reps.append(Replacement(pos, pos + 1, " ", WHITE_SPACE))
        elif s in _SCHWAS:
            if s not in _CYRILLIC_SCHWAS or _latin_word_around(text, pos):
                reps.append(Replacement(pos, pos + 1, _SCHWAS[s], SCHWA))
        elif s == "\u00ad":
            # at a line end the soft hyphen marks a word split across lines: hyphenation joins it
            if not _SOFT_HYPHEN_AT_BREAK.match(text, pos + 1):
                reps.append(Replacement(pos, pos + 1, "", INVISIBLE))
        elif s in _JOINERS:
            if _joiner_removable(text, pos):
                reps.append(Replacement(pos, pos + 1, "", INVISIBLE))
        else:
            reps.append(Replacement(pos, pos + 1, "", INVISIBLE))
    return reps


# -- normalisation -------------------------------------------------------------


def fix_nfc(text: str) -> list[Replacement]:
    """NFC, one replacement per token that changes (splitting at white space keeps NFC intact)."""
    if unicodedata.is_normalized("NFC", text):
        return []
    reps: list[Replacement] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok.isascii() or unicodedata.is_normalized("NFC", tok):
            continue
        new = unicodedata.normalize("NFC", tok)
        # trim the common prefix and suffix so the change is as small as the fix
        p = 0
        limit = min(len(tok), len(new))
        while p < limit and tok[p] == new[p]:
            p += 1
        q = 0
        while q < limit - p and tok[-1 - q] == new[-1 - q]:
            q += 1
        reps.append(Replacement(m.start() + p, m.end() - q, new[p : len(new) - q], NFC))
    return reps


STEPS = (fix_mojibake, fix_characters, fix_nfc)

# One scan for what fix_mojibake and fix_characters look for: a character that fix_characters
# handles, or a mojibake lead character followed by a continuation character.
_SUSPECT = re.compile(f"[{_SPECIAL_CHARS}{_LEAD}](?:(?<=[{_SPECIAL_CHARS}])|(?<=[{_LEAD}])(?=[{_CONTINUATION}]))")


def suspect(text: str) -> bool:
    """False only when both fix_mojibake and fix_characters would find nothing in ``text``: the
    common case of clean text costs one scan instead of two."""
    return _SUSPECT.search(text) is not None
