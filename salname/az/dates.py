"""Dates as Azerbaijani news writes them, turned into ISO strings.

Month names are a hand-written table (twelve words are simpler than a CLDR
dependency). Azerbaijani inflects month names ("sentyabrın 29-da", "mayın",
"martda"), so a month is its stem followed by an optional case suffix.
Russian genitive month names are included because Azerbaijani outlets also
publish in Russian and their datasets mix both.

``parse_date`` is for a date *field* (a dataset column, a meta tag, a header
line): it finds the first date it can read and returns ISO, possibly partial
("2024", "2024-03", "2024-03-05"). It never guesses a missing year.
"""

from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate as parsedate_tuple

MONTHS_AZ: dict[str, int] = {
    "yanvar": 1,
    "fevral": 2,
    "mart": 3,
    "aprel": 4,
    "may": 5,
    "iyun": 6,
    "iyul": 7,
    "avqust": 8,
    "sentyabr": 9,
    "oktyabr": 10,
    "noyabr": 11,
    "dekabr": 12,
}

# Russian month names in the genitive ("5 марта 2024") and the nominative.
MONTHS_RU: dict[str, int] = {
    "января": 1, "январь": 1,
    "февраля": 2, "февраль": 2,
    "марта": 3, "март": 3,
    "апреля": 4, "апрель": 4,
    "мая": 5, "май": 5,
    "июня": 6, "июнь": 6,
    "июля": 7, "июль": 7,
    "августа": 8, "август": 8,
    "сентября": 9, "сентябрь": 9,
    "октября": 10, "октябрь": 10,
    "ноября": 11, "ноябрь": 11,
    "декабря": 12, "декабрь": 12,
}

# Case endings a month name takes: genitive (martın, mayın, iyunun), locative
# (martda), ablative (martdan), dative (marta), and "ayı/ayında" written apart.
MONTH_SUFFIXES: tuple[str, ...] = (
    "ın", "in", "un", "ün", "da", "də", "dan", "dən", "a", "ə", "ı", "i", "u", "ü",
)

_APOS = "'’ʼ`‘"
_month_alt = "|".join(sorted(MONTHS_AZ, key=len, reverse=True))
_suffix_alt = "|".join(sorted(MONTH_SUFFIXES, key=len, reverse=True))
_ru_alt = "|".join(sorted(MONTHS_RU, key=len, reverse=True))

# A month word: Azerbaijani stem with an optional (apostrophe +) case suffix, or a Russian form.
MONTH_RE = re.compile(
    rf"(?<!\w)(?:(?P<az>{_month_alt})(?:[{_APOS}]?(?:{_suffix_alt}))?|(?P<ru>{_ru_alt}))(?!\w)",
    re.IGNORECASE,
)

_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "2024-03-05", "2024-03-05T10:30:00+04:00", "2024/03/05", "2024.03.05", "2024-03"
_ISO_RE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>\d{1,2})(?:(?P=sep)(?P<day>\d{1,2}))?(?!\d)"
)
# "05.03.2024", "5/3/2024", "05-03-2024": day first, as written in Azerbaijan.
_DMY_RE = re.compile(r"(?<!\d)(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)" + _YEAR + r"(?!\d)")
# "5 mart 2024", "5 mart, 2024", "05 Mart 2024-cü il", "5 марта 2024 г."
_DAY_MONTH_RE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+" + MONTH_RE.pattern + r"[\s,.]+" + _YEAR + r"(?!\d)",
    re.IGNORECASE,
)
_MONTH_YEAR_RE = re.compile(MONTH_RE.pattern + r"[\s,.]+" + _YEAR + r"(?!\d)", re.IGNORECASE)
# "2024-cü il 5 mart" and "2024-cü il martın 5-də", "2024-cü ilin 5 martında"
_YEAR_IL = _YEAR + r"(?:[-\s]?(?:cü|ci|cu|cı))?\s+il(?:in)?\s+"
_YEAR_DAY_MONTH_RE = re.compile(_YEAR_IL + r"(?P<day>\d{1,2})\s+" + MONTH_RE.pattern, re.IGNORECASE)
_YEAR_MONTH_DAY_RE = re.compile(
    _YEAR_IL + MONTH_RE.pattern + r"\s+(?P<day>\d{1,2})(?!\d)", re.IGNORECASE
)
_YEAR_ONLY_RE = re.compile(r"^\s*" + _YEAR + r"\s*$")
_RFC_HINT = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


def month_number(word: str) -> int | None:
    """The month (1-12) an Azerbaijani or Russian month word names, inflected or not; else None."""
    m = MONTH_RE.fullmatch(word.strip())
    if not m:
        return None
    if m.group("az"):
        return MONTHS_AZ[_fold(m.group("az"))]
    return MONTHS_RU[m.group("ru").lower()]


def _fold(word: str) -> str:
    return word.replace("İ", "i").replace("I", "ı").lower().replace("ı", "i") if word else word


def _month_of(m: re.Match[str]) -> int:
    if m.group("az"):
        return MONTHS_AZ[_fold(m.group("az"))]
    return MONTHS_RU[m.group("ru").lower()]


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text for a (partial) date, or None when the parts are not a real date."""
    if not 1800 <= year <= 2199:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: object) -> str | None:
    """The first readable date in ``text`` as ISO (partial allowed), or None."""
    if text is None:
        return None
    if isinstance(text, _dt.datetime):
        return text.date().isoformat()
    if isinstance(text, _dt.date):
        return text.isoformat()
    if not isinstance(text, str):
        return None
    s = text.strip()
    if not s:
        return None
    m = _ISO_RE.search(s)
    if m:
        day = m.group("day")
        if m.group("sep") == "." and day is None:
            m = None  # "2024.03" is too ambiguous (could be a version or a decimal)
        else:
            got = iso(int(m.group("year")), int(m.group("month")), int(day) if day else None)
            if got:
                return got
    m = _DMY_RE.search(s)
    if m:
        got = iso(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if got:
            return got
    m = _DAY_MONTH_RE.search(s)
    if m:
        got = iso(int(m.group("year")), _month_of(m), int(m.group("day")))
        if got:
            return got
    for rx in (_YEAR_DAY_MONTH_RE, _YEAR_MONTH_DAY_RE):
        m = rx.search(s)
        if m:
            got = iso(int(m.group("year")), _month_of(m), int(m.group("day")))
            if got:
                return got
    m = _MONTH_YEAR_RE.search(s)
    if m:
        got = iso(int(m.group("year")), _month_of(m))
        if got:
            return got
    if _RFC_HINT.search(s):
        parts = parsedate_tuple(s)  # "Tue, 05 Mar 2024 10:00:00 +0000" from RSS-built datasets
        if parts:
            got = iso(parts[0], parts[1], parts[2])
            if got:
                return got
    m = _YEAR_ONLY_RE.match(s)
    if m:
        return iso(int(m.group("year")))
    return None


def date_from_timestamp(value: float) -> str | None:
    """ISO date of a Unix timestamp in seconds or milliseconds (UTC), or None if implausible."""
    if value > 1e11:  # milliseconds
        value /= 1000.0
    if not 0 < value < 7.3e9:
        return None
    return _dt.datetime.fromtimestamp(value, _dt.timezone.utc).date().isoformat()
