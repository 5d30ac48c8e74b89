"""How Azerbaijani news names its publisher, as data: phrases and outlet names.

Agencies and sites sign their stories with fixed formulas: "AZERTAC xəbər
verir", "APA-nın məlumatına görə", "Bu barədə Metbuat.az-a ... məlumat
verilib", "Xəbəri Qafqazinfo təqdim edir". Each formula is one pattern with
a ``name`` group and a strength; ``outlet_from_text`` in ``readers/outlet.py``
keeps only names that are clearly outlets (a domain, or a name in
:data:`KNOWN_OUTLETS`), because a wrong outlet is worse than none.

Case suffixes are written after an apostrophe or hyphen (Metbuat.az-a, APA-ya,
Trend-ə, Report-un); :func:`strip_case_suffix` removes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Canonical outlet names. Keys are matched case-insensitively after folding
# Azerbaijani letters (see `_key`). Values: the agency acronym where the outlet
# signs with it (AZERTAC, APA), else the site's domain (what a URL would give).
# Kept modest on purpose: only names that are outlets in every context.
KNOWN_OUTLETS: dict[str, str] = {
    "azertac": "AZERTAC",
    "azertag": "AZERTAC",
    "azərtac": "AZERTAC",
    "azərtag": "AZERTAC",
    "apa": "APA",
    "report": "report.az",
    "trend": "trend.az",
    "qafqazinfo": "qafqazinfo.az",
    "metbuat": "metbuat.az",
    "oxu.az": "oxu.az",
}

# Top-level domains that make a name "look like a domain" (Metbuat.az, Day.Az, Bizim.Media).
DOMAIN_TLDS: frozenset[str] = frozenset(
    "az com net org info ru tr ge kz uz ua by io co biz media news tv online press site me eu uk us"
    " az24 world".split()
)

APOSTROPHES = "'’ʼ`‘"
HYPHENS = "-‐‑"
_SEP = f"[{APOSTROPHES}{re.escape(HYPHENS)}]"

# Case endings written after a name: dative, genitive, accusative, locative, ablative, instrumental.
CASE_SUFFIXES: tuple[str, ...] = (
    "nın", "nin", "nun", "nün", "ın", "in", "un", "ün",
    "ya", "yə", "a", "ə",
    "nı", "ni", "nu", "nü", "ı", "i", "u", "ü",
    "da", "də", "ta", "tə", "dan", "dən", "tan", "tən",
    "la", "lə", "yla", "ylə",
)
DATIVE = ("ya", "yə", "a", "ə")
GENITIVE = ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün")


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# A name: one token, letters/digits, with optional dotted parts (Report.az, Day.Az, 1news.az).
_NAME = r"(?P<name>[^\W_][^\W_]*(?:\.[^\W\d_]{2,12})*)"
# Text inside one sentence: anything but a line break or a sentence-ending mark
# (a dot inside a token, as in "Oxu.az", is allowed).
_GAP = r"(?:[^.!?\n]|\.(?=\w)){0,200}?"
# The same, word by word (the next word is tried only at word starts): faster for a verb after it.
_WORDS = r"(?:(?:[^\s.!?]|\.(?=\w))+[ \t\u00a0]+){0,30}?"
_WORD_END = r"(?!\w)"

# Verbs with which someone gives news *to* an outlet ("... Oxu.az-a bildirib").
_TOLD = (
    r"(?:məlumat\s+verilib|məlumat\s+verib|məlumat\s+veriblər|bildirilib|bildirib|bildiriblər|bildirdi"
    r"|açıqlama\s+verib|açıqlayıb|şərh\s+verib|deyib|söyləyib|danışıb|müsahibə(?:sində)?\s+(?:verib|deyib))"
)


@dataclass(frozen=True, slots=True)
class Formula:
    """One attribution formula. ``trigger`` is a cheap search for its fixed words; the full
    ``pattern`` then runs only in the window ``before``/``after`` characters around each trigger,
    which keeps the per-article cost in microseconds."""

    name: str
    strength: int
    pattern: re.Pattern[str]
    trigger: re.Pattern[str]
    before: int
    after: int
    # the formula starts with the name, which is the token right before the trigger:
    # match there instead of searching the window (several times faster)
    anchored: bool = False
    back: int = 0  # characters of the formula's own word before the trigger ("x" of "xəbər")


# A stronger formula wins over a weaker one.
FORMULAS: list[Formula] = [
    # "Bu barədə Metbuat.az-a Milli Məclisdən məlumat verilib", "Nazirlikdən APA-ya bildirilib"
    Formula(
        "told_to",
        3,
        re.compile(
            rf"(?<![\w.]){_NAME}{_SEP}(?:{_alt(DATIVE)}){_WORD_END}[ \t\u00a0]+{_WORDS}{_TOLD}{_WORD_END}",
            re.IGNORECASE,
        ),
        re.compile(rf"{_SEP}y?[aəAƏ](?!\w)"),
        80,
        320,
        anchored=True,
    ),
    # "AZERTAC xəbər verir", "Report.az xəbər verir ki"
    Formula(
        "reports",
        3,
        re.compile(rf"(?<![\w.]){_NAME}\s+xəbər\s+verir{_WORD_END}", re.IGNORECASE),
        re.compile(r"əbər\s+verir"),  # a literal start scans fast; the x/X is checked by the pattern
        80,
        20,
        anchored=True,
        back=1,
    ),
    # "AZƏRTAC-ın müxbiri xəbər verir", "APA-nın Gəncə bürosunun müxbiri xəbər verir"
    Formula(
        "correspondent",
        3,
        re.compile(
            rf"(?<![\w.]){_NAME}{_SEP}(?:{_alt(GENITIVE)}){_WORD_END}\s+(?:\w+\s+){{0,4}}?"
            rf"(?:xüsusi\s+)?müxbiri\s+(?:xəbər\s+verir|bildirir|xəbər\s+verib){_WORD_END}",
            re.IGNORECASE,
        ),
        re.compile(r"müxbiri"),
        160,
        40,
    ),
    # "Xəbəri Qafqazinfo təqdim edir", "Xəbəri APA-ya istinadən Qafqazinfo təqdim edir"
    Formula(
        "presents",
        3,
        re.compile(rf"Xəbəri\s+(?:{_GAP}\s)?{_NAME}\s+təqdim\s+edir{_WORD_END}", re.IGNORECASE),
        re.compile(r"təqdim\s+edir"),
        260,
        20,
    ),
    # "APA-nın məlumatına görə", "Trend-in məlumatına görə", "Report-un Orta Asiya bürosunun məlumatına görə"
    Formula(
        "according_to",
        2,
        re.compile(
            rf"(?<![\w.]){_NAME}{_SEP}(?:{_alt(GENITIVE)}){_WORD_END}\s+(?:\w+\s+){{0,3}}?(?:bürosunun\s+|müxbirinin\s+)?"
            rf"məlumatına\s+görə{_WORD_END}",
            re.IGNORECASE,
        ),
        re.compile(r"məlumatına\s+görə"),
        120,
        20,
    ),
    # A print dateline: "Bakı, 29 sentyabr (AZƏRTAC)." Known names only (see KNOWN_ONLY).
    Formula(
        "dateline",
        2,
        re.compile(rf"\(\s*{_NAME}\s*\)"),
        re.compile(r"\("),
        0,
        40,
    ),
]


_TOKEN_CHARS = frozenset("._" + APOSTROPHES + HYPHENS)
_SPACES = frozenset(" \t\u00a0")


def _token_before(text: str, end: int, floor: int) -> int:
    """Start of the token that ends at ``end`` (after skipping spaces back), not before ``floor``."""
    while end > floor and text[end - 1] in _SPACES:
        end -= 1
    k = end
    while k > floor and (text[k - 1].isalnum() or text[k - 1] in _TOKEN_CHARS):
        k -= 1
    return k


def find_attributions(text: str) -> list[tuple[str, int, str]]:
    """Every (formula, strength, name as written) attribution formula in ``text``."""
    found: list[tuple[str, int, str]] = []
    n = len(text)
    for f in FORMULAS:
        seen_end = -1
        for t in f.trigger.finditer(text):
            lo = max(0, t.start() - f.before, seen_end)
            hi = min(n, t.end() + f.after)
            if f.anchored:
                m = f.pattern.match(text, _token_before(text, max(lo, t.start() - f.back), lo), hi)
            else:
                m = f.pattern.search(text, lo, hi)  # one formula per trigger: the one around it
            if m is not None and m.start() <= t.start() <= m.end():
                found.append((f.name, f.strength, m.group("name")))
                seen_end = m.end()
    return found


# Formulas whose name must be a known outlet even when it looks like a domain.
KNOWN_ONLY: frozenset[str] = frozenset({"dateline"})

_SUFFIX_RE = re.compile(rf"{_SEP}(?:{_alt(CASE_SUFFIXES)})$", re.IGNORECASE)


def _key(name: str) -> str:
    """Fold a name for table look-up: Azerbaijani-aware lower case."""
    return name.replace("İ", "i").replace("I", "ı").lower().replace("ı", "i")


def strip_case_suffix(name: str) -> str:
    """ "Metbuat.az-a" -> "Metbuat.az", "APA-nın" -> "APA"; other names unchanged."""
    return _SUFFIX_RE.sub("", name.strip())


def looks_like_domain(name: str) -> bool:
    """True for names such as "Metbuat.az", "Day.Az", "www.report.az"."""
    if "." not in name or name.startswith(".") or name.endswith("."):
        return False
    return name.rsplit(".", 1)[1].lower() in DOMAIN_TLDS


def canonical_outlet(name: str | None) -> str | None:
    """The canonical form of an outlet name: table entries, lower-cased domains, else the name itself."""
    if not name:
        return None
    name = strip_case_suffix(name.strip().strip(".,;:!?\"'()[]«»“”"))
    if not name:
        return None
    key = _key(name)
    if key.startswith("www."):
        key = key[4:]
    if key in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[key]
    if looks_like_domain(name):
        stem = key.rsplit(".", 1)[0]
        if stem in KNOWN_OUTLETS:
            # "Trend.az" -> "trend.az" like "Trend"; an agency known by its acronym keeps it
            # whichever way it is named (azertag.az -> AZERTAC)
            return KNOWN_OUTLETS[stem]
        return key
    return name


def known_outlet(name: str) -> str | None:
    """The canonical name if ``name`` is in the table of known outlets, else None."""
    key = _key(strip_case_suffix(name))
    if key.startswith("www."):
        key = key[4:]
    if key in KNOWN_OUTLETS:
        return KNOWN_OUTLETS[key]
    if looks_like_domain(key) and key.rsplit(".", 1)[0] in KNOWN_OUTLETS:
        return canonical_outlet(name)
    return None
