"""Tokens with character offsets, for Azerbaijani news text.

One compiled regex scans the text once; its alternatives are ordered so that the
longer readings win (a URL before a word, "29.09.2024" before "29", "prof." before
"prof"). Azerbaijani writes suffixes on acronyms, numbers and domains after a hyphen
or an apostrophe ("TÜRKPA-nın", "29-da", "Metbuat.az-a"): such a word stays one token
with ``base`` and ``suffix`` set. A hyphen between two words ("Kasım-Jomart",
"neft-qaz", "Nur-Sultandakı") makes a compound, split only when what follows the
hyphen is nothing but inflection. Every character that is not white space lands in
some token, and ``text[token.start:token.end] == token.text`` always holds.
"""

from __future__ import annotations

import re
from salname.az.abbreviations import ACRONYMS, dotted_forms
from salname.az.alphabet import is_acronym
from salname.az.suffixes import is_suffix_chain

# Kinds of token.
WORD = "word"
NUMBER = "number"
DATE = "date"
TIME = "time"
PERCENT = "percent"
PUNCT = "punct"
ABBREV = "abbrev"
INITIAL = "initial"
URL = "url"
EMAIL = "email"
SYMBOL = "symbol"


class Token:
    """One token; ``base`` is the text without a suffix split off after a hyphen/apostrophe."""

    __slots__ = ("text", "start", "end", "kind", "base", "suffix")

    def __init__(self, text: str, start: int, end: int, kind: str, base: str | None = None, suffix: str = ""):
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.base = text if base is None else base
        self.suffix = suffix

    def _key(self) -> tuple[str, int, int, str, str, str]:
        return (self.text, self.start, self.end, self.kind, self.base, self.suffix)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        extra = f", base={self.base!r}, suffix={self.suffix!r}" if self.suffix else ""
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r}{extra})"

    @property
    def is_word(self) -> bool:
        return self.kind in (WORD, ABBREV)


HYPHENS = "-\u2010\u2011"
APOSTROPHES = "'\u2019\u02bc"
SEPARATORS = HYPHENS + APOSTROPHES
SENTENCE_FINAL = ".!?…"
OPENING_QUOTES = "“„«‹\"'‘‚"
CLOSING_QUOTES = "”»›\"'’"

# a letter, a letter or digit; U+02BC looks like a letter to Unicode but is an apostrophe here
_L = r"[^\W\d_\u02bc]"
_AN = r"[^\W_\u02bc]"
_SEP = "[" + re.escape(SEPARATORS) + "]"
_LOWER = "[a-zçəğıöşü]"
_UPPER = "[A-ZÇƏĞİÖŞÜ]"
_TLDS = "az|com|ru|org|net|info|tr|gov|edu|io|news|tv|uk|de|fr|us|me|co|ge|kz|uz|ua|eu|int|biz|online"
_SPACE = "[ \u00a0\u202f\u2009]"

_PATTERN = "|".join(
    [
        r"(?P<url>(?:https?://|www\.)[^\s<>\"“”«»]*[^\s<>\"“”«».,;:!?)\]'’])",
        r"(?P<email>[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){0,4}\.[^\W\d_]{2,})",
        rf"(?P<domain>(?:{_AN}[\w-]{{0,62}}+\.){{1,4}}(?i:{_TLDS})(?!{_AN})(?:{_SEP}{_L}+)?)",
        rf"(?P<date>(?:\d{{1,2}}\.\d{{1,2}}\.\d{{4}}(?!\d)|\d{{4}}-\d{{2}}-\d{{2}}(?!\d))(?:{_SEP}{_LOWER}+)?)",
        rf"(?P<time>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)(?:{_SEP}{_LOWER}+)?)",
        rf"(?P<percent>(?:\d+(?:[.,]\d+)?[ \u00a0]?%|%[ \u00a0]?\d+(?:[.,]\d+)?)(?:{_SEP}{_LOWER}+)?)",
        rf"(?P<alnum>\d++{_L}{_AN}*+)",
        rf"(?P<number>(?:\d{{1,3}}(?:{_SPACE}\d{{3}})++(?!\d)|\d+(?:[.,]\d+)*)(?:{_SEP}{_LOWER}+)?)",
        rf"(?P<initial>(?:{_UPPER}\.){{1,3}}(?=[ \u00a0]?{_UPPER}))",
        "(?P<abbrev>(?<![\\w.])(?:" + "|".join(re.escape(a) for a in dotted_forms()) + "))",
        rf"(?P<cword>{_L}{_AN}*+(?:{_SEP}{_AN}++)++)",
        rf"(?P<word>{_L}{_AN}*+)",
        r"(?P<stop>[.!?…]+)",
        r"(?P<punct>[,;:\"'“”„‟«»‹›‘’‚ʼ()\[\]{}\-‐‑‒–—―/\\])",
        r"(?P<symbol>\S)",
    ]
)
_RX = re.compile(_PATTERN)

_KIND = {
    "url": URL,
    "email": EMAIL,
    "domain": URL,
    "date": DATE,
    "time": TIME,
    "percent": PERCENT,
    "alnum": WORD,
    "number": NUMBER,
    "initial": INITIAL,
    "abbrev": ABBREV,
    "word": WORD,
    "cword": WORD,
    "stop": PUNCT,
    "punct": PUNCT,
    "symbol": SYMBOL,
}
_SEP_SET = frozenset(SEPARATORS)
_MAY_HAVE_SUFFIX = frozenset({"domain", "date", "time", "percent", "number"})


def _last_sep(t: str) -> int:
    for i in range(len(t) - 1, 0, -1):
        if t[i] in _SEP_SET:
            return i
    return -1


def _is_suffix(base: str, part: str, kind: str) -> bool:
    """Whether ``part`` after a hyphen/apostrophe is inflection of ``base``."""
    if not (part.islower() or (part.isupper() and base.isupper())):
        return False
    if kind in (NUMBER, PERCENT, DATE, TIME):
        return True  # ordinals and cases on numbers: "2024-cü", "29-da", "5%-i"
    if kind == URL or is_acronym(base) or not base[-1].isalpha():
        # acronyms and domains are read letter by letter, so any harmony may follow
        return is_suffix_chain(part)
    return is_suffix_chain(part, base)


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text`` in order, with offsets into it."""
    out: list[Token] = []
    append = out.append
    kinds = _KIND
    may_have_suffix = _MAY_HAVE_SUFFIX
    for m in _RX.finditer(text):
        group = m.lastgroup
        t = m.group()
        start, end = m.span()
        if group == "word":
            append(Token(t, start, end, ABBREV if t in ACRONYMS else WORD, t))
            continue
        kind = kinds[group]  # type: ignore[index]
        if group == "cword" or (group in may_have_suffix and t[-1].isalpha()):
            i = _last_sep(t)
            if i > 0:
                base, part = t[:i], t[i + 1 :]
                if _is_suffix(base, part, kind):
                    if kind == WORD and base in ACRONYMS:
                        kind = ABBREV
                    append(Token(t, start, end, kind, base, part))
                    continue
                if group == "domain":
                    # a domain followed by a word, not a suffix: "report.az-Bakı"
                    append(Token(base, start, start + i, URL, base))
                    append(Token(t[i], start + i, start + i + 1, PUNCT, t[i]))
                    append(Token(part, start + i + 1, end, WORD, part))
                    continue
        append(Token(t, start, end, kind, t))
    return out


def words(text: str) -> list[Token]:
    """Only the word-like tokens (words and abbreviations)."""
    return [t for t in tokenize(text) if t.kind == WORD or t.kind == ABBREV]
