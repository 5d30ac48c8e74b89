"""Dates as Azerbaijani news writes them, turned into ISO strings.

Month names are a hand-written table (twelve words are simpler than a CLDR
dependency). Azerbaijani inflects month names ("sentyabrın 29-da", "mayın",
"martda"), so a month is its stem followed by an optional case suffix.
Russian genitive month names are included because Azerbaijani outlets also
publish in Russian and their datasets mix both.

``parse_date`` is for a date *field* (a dataset column, a meta tag, a header
line): it finds the first date it can read and returns ISO, possibly partial
("2024", "2024-03", "2024-03-05"). It never guesses a missing year.

``find_dates`` is for running text: every date expression of an article
("mayın 16-da", "dünən", "ötən həftə", "çərşənbə günü", "2024-cü ildə"), with
its span and its value resolved against the document's date; the words it
knows are the tables below it.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from email.utils import parsedate as parsedate_tuple
from typing import Callable

from salname.az.alphabet import az_lower

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


# ---------------------------------------------------------------------------------------------------
# Dates in running text: "mayın 16-da", "2024-cü ildə", "dünən", "ötən həftə", "çərşənbə günü" ...
#
# Each expression is resolved against the document's date and given an ISO value, possibly partial
# ("2024-05-16", "2024-05", "2024", "--05-16" when the year is not known, "--05" for a month alone).
# A year is never guessed: a day and month take the document's year, or the one before when that
# would put them over six months after the document (the one after when the sentence speaks of the
# future and they would fall over six months before it).
#
# Speed: this runs on every article. One scan finds the words that can start a date; small
# case-insensitive regexes are matched only where they stand.

# Words that name a day from the document's date, and how many days away.
RELATIVE_DAYS: dict[str, int] = {
    "bu gün": 0, "bugün": 0, "dünən": -1, "srağagün": -2, "srağa gün": -2,
    "sabah": 1, "birigün": 2, "o biri gün": 2,
}
# Qualifiers of a unit ("ötən həftə", "gələn ay", "bu il", "ötən çərşənbə") and which way they step.
RELATIVE_STEPS: dict[str, int] = {"bu": 0, "cari": 0, "ötən": -1, "keçən": -1, "gələn": 1, "növbəti": 1}
# With "gün" some qualifiers point at the day the text has just named ("həmin gün", "ertəsi gün"),
# some are too vague ("keçən gün": the other day): None.
DAY_QUALIFIERS: dict[str, int | None] = {"bu": 0, "cari": 0, "ötən": -1, "keçən": None, "gələn": None}
ANAPHORIC_STEPS: dict[str, int] = {"həmin": 0, "ertəsi": 1, "növbəti": 1}
WEEKDAYS: dict[str, int] = {  # Monday = 0
    "bazar ertəsi": 0, "çərşənbə axşamı": 1, "çərşənbə": 2, "cümə axşamı": 3, "cümə": 4, "şənbə": 5, "bazar": 6,
}
# One-word weekday names are a date only with "günü" after them ("bazar" is also a market,
# "çərşənbə" a Novruz Tuesday); "bazar" needs it even after "bu" ("bu bazar": this market).
WEEKDAYS_NEED_GUNU: frozenset[str] = frozenset({"çərşənbə", "cümə", "şənbə", "bazar"})
NUMBER_WORDS: dict[str, int] = {
    "bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8, "doqquz": 9,
    "on": 10, "iyirmi": 20, "otuz": 30, "qırx": 40, "əlli": 50,
}
BEFORE_WORDS: tuple[str, ...] = ("əvvəl", "öncə", "qabaq")
AFTER_WORDS: tuple[str, ...] = ("sonra",)
# "iki gün əvvəl" counts from the document; "görüşdən iki gün əvvəl" from something else, except these.
FROM_NOW_WORDS: frozenset[str] = frozenset({"bundan", "indən"})
# Endings of a day number: "16-da", "24-nə", "4-ü", "11-dən", "8-dək", "9-u".
DAY_ENDINGS: tuple[str, ...] = ("da", "də", "dan", "dən", "a", "ə", "na", "nə", "ya", "yə", "dək", "ədək", "nadək",
                                "nədək", "ı", "i", "u", "ü", "sı", "si", "su", "sü", "ndə", "nda", "ndan", "ndən",
                                "nə qədər", "na qədər", "cı", "ci", "cu", "cü")
# Parts of a month, week or year: "mayın əvvəlində", "həftənin sonunda", "ilin ikinci yarısında".
# A part resolves to its whole (a month's end is that month), except for weeks (WEEK_PARTS).
PART_WORDS: tuple[str, ...] = (
    "əvvəl", "orta", "son həftə", "son gün", "son ay", "son ongünlü", "son", "birinci yarı", "ikinci yarı", "ilk yarı",
    "ilk gün", "ilk həftə", "ilk ay", "birinci rüb", "ikinci rüb", "üçüncü rüb", "dördüncü rüb", "ilk ongünlü",
    "birinci ongünlü", "ikinci ongünlü", "üçüncü ongünlü",
)
SEASONS: tuple[str, ...] = ("yaz", "yay", "payız", "qış")
# Days of the week (Monday = 0) a part of it covers: "həftənin əvvəlində" Monday to Wednesday.
WEEK_PARTS: dict[str, tuple[int, int]] = {"əvvəl": (0, 2), "orta": (1, 3), "son": (4, 6), "sonu": (5, 6)}
# Kinds of year written between the year and "il": "2023-2024-cü tədris ili".
YEAR_KINDS: tuple[str, ...] = ("tədris", "təsərrüfat", "maliyyə", "büdcə", "mövsüm")
# A day and month before these is a name ("28 May metrosu", "20 Yanvar küçəsi"), not a date.
NAME_AFTER_DATE: tuple[str, ...] = ("metro", "küçə", "prospekt", "stansiya", "qəsəbə", "meydan", "bulvar",
                                    "mikrorayon", "park")
# Endings (with diacritics folded) that the words may take and stay a date. Plural endings never:
# "bu günlərdə" (these days), "ötən illər" (past years) are no dates.
DAY_WORD_ENDINGS: frozenset[str] = frozenset({"", "ki", "ku", "den", "dan", "e", "a", "edek", "adek", "dek", "un", "u",
                                              "de", "da", "nun", "nin", "ncan"})
WEEK_ENDINGS: frozenset[str] = frozenset({"", "nin", "de", "den", "ye", "yedek", "ki", "ni", "sonu", "sonunda",
                                          "sonuna", "sonundan"})
MONTH_UNIT_ENDINGS: frozenset[str] = frozenset({"", "in", "da", "dan", "a", "adek", "ki", "i", "inda", "indan"})
YEAR_UNIT_ENDINGS: frozenset[str] = frozenset({"", "in", "de", "den", "e", "edek", "ki", "i", "ine", "inde", "inden",
                                               "ecen"})
# A month name alone is a date with these endings ("noyabrda", "maydan", "avqustunda", "mayadək");
# other endings need a day, a year or "ay" with it ("maya dəyəri" is a cost, "Mayın" a name).
MONTH_ALONE_ENDINGS: frozenset[str] = frozenset({
    "da", "de", "ta", "te", "dan", "den", "tan", "ten", "dek", "adek", "edek", "inda", "unda", "indan", "undan",
    "inadek", "unadek", "inedek", "unedek", "inacan", "acan", "ecen",
})
MONTH_AY_ENDINGS: frozenset[str] = frozenset({
    "", "i", "in", "inda", "indan", "ina", "inadek", "inin", "lar", "larda", "larinda", "lari", "lardan",
    "larinadek", "larin",
})
# The tense of the first verb after a date tells whether it looks forward: the future ("keçiriləcək",
# "gələcəyini"), a plan ("planlaşdırılır", "nəzərdə tutulur", "gözlənilir"), or the past ("keçirilib",
# "keçirilmiş").
FUTURE_ENDINGS: tuple[str, ...] = ("acaq", "əcək", "acağ", "əcəy")
PAST_ENDINGS: tuple[str, ...] = ("ıb", "üb", "mış", "müş")
PLAN_WORDS: tuple[str, ...] = ("planlaşdırıl", "nəzərdə tutul", "gözlənil")

_PLAIN = {"ə": "e", "ı": "i", "ö": "o", "ü": "u", "ş": "s", "ç": "c", "ğ": "g"}
_TO_PLAIN = str.maketrans(_PLAIN)


def _plain(s: str) -> str:
    return s.translate(_TO_PLAIN)


def _loose(word: str) -> str:
    """A regex for a lower-case word that also matches it typed without diacritics."""
    out = []
    for ch in word:
        if ch == " ":
            out.append(r"\s+")
        elif ch in _PLAIN:
            out.append(f"[{ch}{_PLAIN[ch]}]")
        elif ch == "i":
            out.append("[iı]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alt(words) -> str:
    return "(?:" + "|".join(_loose(w) for w in sorted(words, key=len, reverse=True)) + ")"


_LET = "[a-zçəğıöşü]"
# "16-da", "16da", "16'da"; in tokenised text "16 - da", there only with the endings a day takes.
_DAYSUF = rf"(?:[-‐'’]?{_LET}{{1,8}}|\s[-‐]\s{_alt(DAY_ENDINGS)}(?!\w))?"
_ORD = r"(?:\s?[-‐]\s?c[üuiı]|c[üuiı])"
_YR = r"(?:1[89]|20)\d\d(?!\d)"
_MONTHS = "(?:" + "|".join(sorted(MONTHS_AZ, key=len, reverse=True)) + ")"
_PARTS = "(?:" + "|".join(_loose(w) if w != "son" else "son(?!ra)" for w in PART_WORDS) + f"){_LET}*"
_SEASONS = _alt(SEASONS) + f"{_LET}*"
_QUALS = _alt(RELATIVE_STEPS)
_WEEKDAY_ALT = _alt(WEEKDAYS)
_NUMW = _alt(NUMBER_WORDS)


def _days(p: str) -> str:
    """A day or a range of days with its ending: "16-da", "16-17-də"."""
    return rf"(?P<{p}1>\d{{1,2}})(?:\s*[-–]\s*(?P<{p}2>\d{{1,2}}))?(?P<{p}s>{_DAYSUF})"


# At a month name: what follows it.
_MONTH_FWD = re.compile(
    rf"(?P<stem>{_MONTHS})(?:"
    rf"(?P<gen>['’]?[ıiuü]n)\s+(?:{_days('g')}(?:\s+(?P<g3>\d{{1,2}})(?P<g3s>{_DAYSUF}))?|(?P<gpart>{_PARTS}))"
    rf"|\s+ay(?:(?P<aygen>[ıi]n[ıi]n)\s+(?:{_days('a')}|(?P<apart>{_PARTS}))|(?P<aysuf>{_LET}*))"
    rf"|[-–‐](?P<stem2>{_MONTHS})(?:\s+ay(?P<ay2>{_LET}*)|(?P<suf2>{_LET}*))"
    rf"|(?P<suf>['’]?{_LET}*)"
    rf")(?!\w)(?P<yr>,?\s+(?P<year>{_YR}){_ORD}?(?:\s+il(?P<yil>{_LET}*))?)?", re.I
)
# Before a month name: "16 ", "16-17 ", "2024-cü ilin ", "bu ilin ", "cari il 16 ".
_MONTH_BACK = re.compile(
    rf"(?:(?P<y>{_YR}){_ORD}?\s+il(?:[ıi]n)?,?\s+|(?P<rq>{_QUALS})\s+il(?:[ıi]n)?\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<d2>\d{1,2}))?\s+)?\Z", re.I
)
# Years: "2024-cü ildə", "2023-2024-cü tədris ili", "1990-cı illərdə", "2025-ci ilin sonunadək".
_YEAR_RX = re.compile(
    rf"(?:1[89]|20)(?<![\w\-–./,]\d\d)\d\d(?!\d)(?:\s*[-–]\s*(?P<y2>{_YR}))?(?P<ord>{_ORD})?"
    rf"(?:\s+{_alt(YEAR_KINDS)})?\s+il(?P<ysuf>{_LET}*)(?:\s+(?P<part>{_PARTS}|{_SEASONS}))?(?!\w)", re.I
)
# "16.05.2024", "16/05/2024", "2024-05-16", with "-cü il" after it.
_NUMERIC_RX = re.compile(
    r"(?:(?P<d>\d(?<![\d.,/]\d)\d?)(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>" + _YR + ")"
    r"|(?P<iy>(?:1[89]|20)(?<![\d.,/\-]\d\d)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?!\d))"
    rf"(?![.,/]\d)(?:{_ORD}?\s+il(?P<ysuf>{_LET}*))?", re.I
)
# At a qualifier: "bu gün", "ötən həftənin sonunda", "gələn ay", "bu ayın 20-də", "ötən il", "ötən çərşənbə".
_QUAL_RX = re.compile(
    rf"(?P<q>{_alt(list(RELATIVE_STEPS) + list(ANAPHORIC_STEPS))})\s+(?:"
    rf"(?P<wd>{_WEEKDAY_ALT})(?P<wdsuf>{_LET}*)(?:\s+(?P<wgunu>g[üu]n[üu]){_LET}*)?"
    rf"|(?P<gun>g[üu]n)(?P<gsuf>{_LET}*)"
    rf"|(?P<wk>h[əe]ft[əe])(?P<wsuf>{_LET}*)(?:\s+(?P<wpart>sonu|{_PARTS}))?"
    rf"|(?P<ay>ay)(?P<msuf>{_LET}*)(?:\s+(?:{_days('m')}|(?P<mpart>{_PARTS})))?"
    rf"|(?P<il>il)(?P<ysuf>{_LET}*)(?:\s+(?P<ypart>{_PARTS}|{_SEASONS}))?"
    rf"|(?P<tarix>tarix){_LET}*"
    r")(?!\w)", re.I
)
_DAY_RX = re.compile(rf"(?P<w>{_alt(RELATIVE_DAYS)})(?P<suf>{_LET}*)(?!\w)", re.I)
_WEEKDAY_RX = re.compile(
    rf"(?P<wd>{_WEEKDAY_ALT})(?P<wsuf>{_LET}*)(?:\s+(?P<gunu>g[üu]n[üu]){_LET}*)?(?!\w)", re.I
)
# Before "əvvəl"/"sonra": "iki gün ", "3 gündən ", "bir həftə ".
_AGO_BACK = re.compile(
    rf"(?P<n>\d{{1,3}}|{_NUMW}(?:\s+{_NUMW})?)\s+(?P<u>g[üu]n|h[əe]ft[əe]|ay|il)(?:d[əe]n|dan)?\s+\Z", re.I
)
_AGO_FWD = re.compile(rf"(?P<dir>{_alt(BEFORE_WORDS + AFTER_WORDS)})(?:k[ıi])?(?!\w)", re.I)
_QEDER = re.compile(r"\s+q[əe]d[əe]r(?!\w)", re.I)
_NAME_AFTER = re.compile(rf"\s+{_alt(NAME_AFTER_DATE)}", re.I)
_TENSE = re.compile(
    rf"(?<!\w)(?P<plan>{_alt(PLAN_WORDS)})"
    rf"|(?<!\w){_LET}+?(?:(?P<fut>{_alt(FUTURE_ENDINGS)}){_LET}*|(?P<past>{_alt(PAST_ENDINGS)})(?:l[ae]r|d[ıiuü]r)*)(?!\w)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# A past participle before its noun ("bərpa edilmiş məscid") tells the noun, not the tense of the clause.
_ATTRIBUTIVE = ("mış", "miş", "muş", "müş", "mis", "mus")
_NOUN_NEXT = re.compile(r"\s+[a-zəöüğıçş]", re.I)
_PAST_PLAN = re.compile(r"\w*(?:d[ıiuü]|m[ıiuü]şd[ıiuü])\b")  # "planlaşdırılmışdı", "nəzərdə tutulurdu"
_MOVED_TO = re.compile(r"\s+(?:\w+\s+){0,2}(?:keçirilib|təxirə salınıb|ertələnib|saxlanılıb|dəyişdirilib)")
_GAP_DASH = re.compile(r"\s*[-–—]\s*\Z")

# Where a date can start: the word (or its start) and what kind of expression follows. One scan finds
# them all: a space (or bracket, quote, dash) and then one of these, lower case or capitalised, with
# or without diacritics; or a year ("2024"), or a numeric date ("16.05.").
_ANCHORS: list[tuple[str, str]] = (
    [(m, "month") for m in MONTHS_AZ]
    + [(q + " ", "qual") for q in {**RELATIVE_STEPS, **ANAPHORIC_STEPS}]
    + [(w, "day") for w in ("dünən", "sabah", "srağa", "birigün", "bugün", "o biri")]
    + [(w, "weekday") for w in ("bazar", "çərşənbə", "cümə", "şənbə")]
    + [(w, "ago") for w in BEFORE_WORDS + AFTER_WORDS]
    + [("ayın ", "ayin")]
    + [("həftəsonu", "weekend"), ("həftə sonu", "weekend")]
)
_ANCHOR_KIND: dict[str, str] = {_plain(w).strip(): k for w, k in _ANCHORS}
_BOUNDARY = " \n\t\u00a0(«\"“„'‘’/—–"


def _anchor_scans() -> dict[str, re.Pattern[str]]:
    """One regex per boundary character: a regex led by a literal runs far faster than one led by a
    class, and the boundaries other than the space are rare (tested with ``in`` first)."""
    by_first: dict[str, set[str]] = {}
    for word, _ in _ANCHORS:
        rest = _loose(word[1:].rstrip()) + (r"(?=\s)" if word.endswith(" ") else "")
        first = word[0]
        for f in {first, _PLAIN.get(first, first)}:
            for v in {f, f.upper(), "İ" if f == "i" else f}:
                by_first.setdefault(v, set()).add(rest)
    branches = [re.escape(f) + "(?:" + "|".join(sorted(r, key=len, reverse=True)) + ")"
                for f, r in sorted(by_first.items())]
    body = "(?:" + "|".join(branches) + r"|(?:1[89]|20)\d\d|\d\d?[./]\d)"
    return {ch: re.compile(re.escape(ch) + body) for ch in _BOUNDARY}


_ANCHOR_SCANS = _anchor_scans()


def _anchor_hits(text: str) -> list[tuple[int, str]]:
    """(position in text, word) of every place a date can start."""
    padded = " " + text
    hits: list[tuple[int, str]] = []
    for ch, rx in _ANCHOR_SCANS.items():
        if ch in padded:
            hits.extend((m.start(), m.group()[1:]) for m in rx.finditer(padded))
    if len(hits) > 1:
        hits.sort()
    return hits


def _back(rx: re.Pattern[str], text: str, p: int, words: int = 5, span: int = 48) -> re.Match[str] | None:
    """The longest match of ``rx`` that starts at one of the few words before ``p`` and ends at ``p``."""
    lo = max(0, p - span)
    starts: list[int] = []
    k = p
    while len(starts) < words:
        while k > lo and text[k - 1] in _SPACES:
            k -= 1
        if k <= lo:
            break
        s = max(text.rfind(" ", lo, k), text.rfind("\n", lo, k), text.rfind("\u00a0", lo, k)) + 1
        if s == 0 and lo > 0:
            break  # the word goes on before the window
        k = s
        while s < p and text[s] in _OPENERS:  # "(16 may)", "«Dünən»"
            s += 1
        starts.append(s)
    for s in reversed(starts):
        if not _bad_before(text, s):
            m = rx.match(text, s, p)
            if m is not None:
                return m
    return None


_SPACES = frozenset(" \t\n\u00a0")
_OPENERS = frozenset("(«\"“„'‘’[")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression of running text: its span and its ISO value against the document's date."""

    start: int
    end: int
    text: str
    value: str | None  # ISO, possibly partial: "2024-05-16", "2024-05", "2024", "--05-16", "--05"; None
    relative: bool  # resolved from the document's date (or from the date the text named just before)
    end_value: str | None = None  # the last day (month, year) of a range


_Doc = tuple[int | None, int | None, int | None]


@lru_cache(maxsize=256)
def _doc_parts(doc_date: str | None) -> _Doc:
    value = parse_date(doc_date) if doc_date else None
    if not value:
        return None, None, None
    parts = [int(p) for p in value.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


def resolve_weekday(doc_date: str | None, weekday: int | str, future: bool | None = None) -> str | None:
    """The date of the weekday (Monday = 0, or its name) nearest the document's date: on or before
    it, or on or after it when ``future``. None without a full document date."""
    if isinstance(weekday, str):
        wd = WEEKDAYS.get(_canon(weekday))
        if wd is None:
            return None
        weekday = wd
    return _weekday(_doc_parts(doc_date), weekday, bool(future))


def _weekday(doc: _Doc, weekday: int, future: bool | None, strict: bool = False) -> str | None:
    """The weekday on or before the document's day; on or after it when ``future``; the nearer of the
    two when ``future`` is None."""
    y, m, d = doc
    if y is None or m is None or d is None:
        return None
    base = _dt.date(y, m, d)
    if future is None:
        future = (weekday - base.weekday()) % 7 < (base.weekday() - weekday) % 7
    if future:
        delta = (weekday - base.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return (base + _dt.timedelta(days=delta)).isoformat()
    delta = (base.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return (base - _dt.timedelta(days=delta)).isoformat()


def _shift_days(doc: _Doc, days: int) -> str | None:
    """The day ``days`` from the document's; with a partial document date only its month (or year),
    and only for a day or two either way."""
    y, m, d = doc
    if y is None:
        return None
    if d is None or m is None:
        return (iso(y, m) if m else iso(y)) if abs(days) <= 2 else None
    return (_dt.date(y, m, d) + _dt.timedelta(days=days)).isoformat()


def _shift_months(doc: _Doc, step: int, day: int | None = None) -> str | None:
    y, m, _ = doc
    if y is None or m is None:
        return None
    k = y * 12 + m - 1 + step
    return iso(k // 12, k % 12 + 1, day)


def _week(doc: _Doc, step: int, part: str | None) -> tuple[str | None, str | None]:
    """A week as the month it falls in (two months when it straddles them)."""
    y, m, d = doc
    if y is None:
        return None, None
    if d is None or m is None:
        return (iso(y, m) if m else iso(y)) if step == 0 else None, None
    base = _dt.date(y, m, d) + _dt.timedelta(days=7 * step)
    monday = base - _dt.timedelta(days=base.weekday())
    lo, hi = WEEK_PARTS.get(part or "", (0, 6))
    a, b = monday + _dt.timedelta(days=lo), monday + _dt.timedelta(days=hi)
    va, vb = iso(a.year, a.month), iso(b.year, b.month)
    return va, (vb if vb != va else None)


def _future(text: str, end: int) -> bool | None:
    """Whether the first verb of the sentence after ``end`` speaks of the future or of a plan. A date
    something was moved to lies ahead ("yanvarın ikinci yarısına keçirilib"); a plan told in the past
    ("dekabrın əvvəlinə planlaşdırılmışdı", "çərşənbə günü ... nəzərdə tutulurdu") may have been for
    either side of the news: None, the nearest such day."""
    m = _SENTENCE_END.search(text, end)
    stop = m.start() if m else min(len(text), end + 300)
    t = _TENSE.search(text, end, stop)
    while t is not None and t.group("past") is not None and t.group(0).lower().endswith(_ATTRIBUTIVE) \
            and _NOUN_NEXT.match(text, t.end()):
        t = _TENSE.search(text, t.end(), stop)  # "bərpa edilmiş məscidini ziyarət etməsi planlaşdırılır"
    if t is not None and t.group("plan") is not None and _PAST_PLAN.match(text, t.end()):
        return None
    if t is not None and t.group("past") is not None and text[end - 2:end] in ("na", "nə", "ya", "yə") \
            and _MOVED_TO.match(text, end):
        return True
    return t is not None and t.group("past") is None


def _day_month(doc: _Doc, month: int, day: int | None, future) -> str | None:
    """A day and month (or a month alone) in the year the document's date gives them."""
    y, m, d = doc
    if day is not None and iso(2000, month, day) is None:
        return None
    if y is None:
        return f"--{month:02d}-{day:02d}" if day is not None else f"--{month:02d}"
    if m is None:  # a year alone: the year is sure only for months no rule could move
        fut = future()
        if (fut and month < 6) or (not fut and month > 7):
            return f"--{month:02d}-{day:02d}" if day is not None else f"--{month:02d}"
        return iso(y, month, day)
    year = y
    if d is not None and day is not None:
        cand = iso(y, month, day)
        delta = (_dt.date(y, month, day) - _dt.date(y, m, d)).days if cand else (month - m) * 30
    else:  # a month, or a document date without its day: count in months
        delta = 183.5 if month - m > 6 else -183.5 if m - month > 6 else 0
    ahead = future()
    if delta > 183 and not ahead:
        year -= 1
    elif delta < -183 and (ahead or ahead is None):  # (None: the nearest)
        year += 1
    return iso(year, month, day)


def find_dates(text: str, doc_date: str | None) -> list[DateMention]:
    """Every date expression of ``text``, in order, with its ISO value resolved against ``doc_date``
    (ISO, possibly partial, or None). "həmin gün" / "ertəsi gün" resolve against the day the text
    named just before, and are left out when it named none."""
    if not text:
        return []
    hits = _anchor_hits(text)
    if not hits:
        return []
    cands: list[_Cand] = []
    for i, word in hits:
        if word[0].isdigit():
            _at_digits(text, i, cands)
        else:
            _ANCHOR_HANDLERS[_ANCHOR_KIND[_key(" ".join(word.split()))]](text, i, cands)
    if not cands:
        return []
    cands.sort(key=lambda c: (c[0], -c[1]))
    kept: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c[0] >= last_end:
            kept.append(c)
            last_end = c[1]
    return _resolve(text, kept, _doc_parts(doc_date))


# ---- what stands at each kind of anchor: each adds (start, end, kind, data) candidates ----------

_Cand = tuple[int, int, str, tuple]
_CANON: dict[str, str] = {}
for _w in [*RELATIVE_STEPS, *ANAPHORIC_STEPS, *RELATIVE_DAYS, *WEEKDAYS]:
    _CANON[_plain(_w)] = _w


def _key(s: str) -> str:
    """A matched word lowered with diacritics folded, for looking it up."""
    return _plain(az_lower(s))


def _canon(word: str) -> str:
    """The vocabulary entry a matched word is (case and spaces normalised, diacritics restored)."""
    return _CANON.get(_key(" ".join(word.split())), word)


def _bad_before(text: str, i: int) -> bool:
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".,:/")


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in ".!?:\n\"«“„'(—–-•*#"


def _at_month(text: str, p: int, cands: list[_Cand]) -> None:
    """ "mayın 16-da", "16-17 may", "2024-cü il mayın 16-da", "may ayında", "mayın sonunda",
    "bu ilin mayında", "yanvar-fevral aylarında", "noyabrda", "16 may 2024"."""
    m = _MONTH_FWD.match(text, p)
    if not m:
        return
    g = m.group
    month = MONTHS_AZ[_key(g("stem"))]
    start, year, rel, pd = p, None, None, None
    if p > 0:
        b = _back(_MONTH_BACK, text, p)
        if b is not None:
            start = b.start()
            year = int(b.group("y")) if b.group("y") else None
            rel = RELATIVE_STEPS[_canon(b.group("rq"))] if b.group("rq") else None
            if b.group("d1"):
                pd = (int(b.group("d1")), int(b.group("d2")) if b.group("d2") else None)
    has_year = year is not None or rel is not None
    days: tuple[int, int | None] | None = None
    month2 = None
    end = -1
    if g("gen") is not None and g("g1"):
        days = (int(g("g1")), int(g("g2")) if g("g2") else None)
        end = m.end("gs")
        if g("g3") and days[1] is None and _key(g("gs")).endswith(("dan", "den")):
            days, end = (days[0], int(g("g3"))), m.end("g3s")
    elif g("gen") is not None:
        end = m.end("gpart")
    elif g("aygen") is not None:
        if g("a1"):
            days, end = (int(g("a1")), int(g("a2")) if g("a2") else None), m.end("as")
        else:
            end = m.end("apart")
    elif g("aysuf") is not None and _key(g("aysuf")) in MONTH_AY_ENDINGS:
        end = m.end("aysuf")
    elif g("stem2") is not None:
        if g("ay2") is not None and _key(g("ay2")) in MONTH_AY_ENDINGS:
            month2, end = MONTHS_AZ[_key(g("stem2"))], m.end("ay2")
        elif g("suf2") is not None and (has_year or _key(g("suf2")) in MONTH_ALONE_ENDINGS):
            month2, end = MONTHS_AZ[_key(g("stem2"))], m.end("suf2")
    if end < 0:  # the month word alone, with whatever ending it has
        suf = g("suf") or ""
        end = p + len(g("stem")) + len(suf)
        psuf = _key(suf.lstrip("'’"))
        trailing_year = suf == "" and g("year") is not None and not has_year  # "16 may 2024", "may 2024"
        if pd is None and not has_year and not trailing_year:
            if psuf in ("a", "e", "ya", "ye") and _QEDER.match(text, end):
                end = _QEDER.match(text, end).end()  # type: ignore[union-attr]  # "maya qədər"
            elif psuf not in MONTH_ALONE_ENDINGS:
                return  # "maya dəyəri", "mayın" alone
            if text[p].isupper() and not _sentence_initial(text, p):
                return  # "Maydan", "Tereza Mayın": a name
        days = pd
        if trailing_year:
            year, end = int(g("year")), m.end("yr")
    elif pd is not None:  # "5 mayın 16-da": the number before belongs to something else
        start, year, rel = p, None, None
    if days is not None:
        if year is None and rel is None and _NAME_AFTER.match(text, end):
            return  # "28 May metrosu"
    cands.append((start, end, "month", (month, month2, days, year, rel)))


def _at_qualifier(text: str, p: int, cands: list[_Cand]) -> None:
    """ "bu gün", "ötən həftənin sonunda", "gələn ay", "bu ayın 20-də", "ötən il", "ötən çərşənbə",
    "həmin gün", "ertəsi gün"."""
    m = _QUAL_RX.match(text, p)
    if not m:
        return
    g = m.group
    q = _canon(g("q"))
    step = RELATIVE_STEPS.get(q)
    anaphoric = ANAPHORIC_STEPS.get(q)
    if g("wd") is not None:
        wd = _canon(g("wd"))
        if step is None:
            return
        if g("wdsuf") and _key(g("wdsuf")).startswith(("lar", "ler")):
            return
        if wd == "bazar" and not g("wgunu"):
            return
        cands.append((p, m.end(), "weekday", (WEEKDAYS[wd], step)))
    elif g("gun") is not None:
        end = m.end("gsuf")
        if _key(g("gsuf")) not in DAY_WORD_ENDINGS:
            return
        if _key(g("gsuf")) in ("e", "a"):
            qd = _QEDER.match(text, end)
            end = qd.end() if qd else end
        if anaphoric is not None:
            cands.append((p, end, "anaphora", ("day", anaphoric)))
        elif DAY_QUALIFIERS.get(q) is not None:
            cands.append((p, end, "days", (DAY_QUALIFIERS[q],)))
    elif g("wk") is not None:
        wsuf = _key(g("wsuf"))
        if step is None or wsuf not in WEEK_ENDINGS:
            return
        end, part = m.end("wsuf"), None
        wp = _key(g("wpart") or "")
        if wsuf.startswith("sonu"):  # "həftəsonu": the weekend
            part = "sonu"
        elif wsuf == "" and wp.startswith("sonu"):  # "bu həftə sonu(nda)"
            part, end = "sonu", m.end("wpart")
        elif wsuf == "nin" and wp:  # "həftənin əvvəlində / ortasında / sonunda"
            part = next((k for k in ("əvvəl", "orta", "son") if wp.startswith(_key(k))), None)
            part = part or ("əvvəl" if wp.startswith("ilk") else None)
            end = m.end("wpart")
        cands.append((p, end, "week", (step, part)))
    elif g("ay") is not None:
        msuf = _key(g("msuf"))
        if msuf not in MONTH_UNIT_ENDINGS:
            return
        end = m.end("msuf")
        if anaphoric is not None and step is None:
            if anaphoric == 0:
                cands.append((p, end, "anaphora", ("month", 0)))
            return
        if step is None:
            return
        if msuf == "in" and g("m1"):
            end = m.end("ms")
            cands.append((p, end, "month_day", (step, int(g("m1")), int(g("m2")) if g("m2") else None)))
            return
        if msuf == "in" and g("mpart"):
            end = m.end("mpart")
        cands.append((p, end, "months", (step,)))
    elif g("il") is not None:
        ysuf = _key(g("ysuf"))
        if ysuf not in YEAR_UNIT_ENDINGS:
            return
        end = m.end("ysuf")
        if ysuf == "in" and g("ypart"):
            end = m.end("ypart")
        if anaphoric is not None and step is None:
            if anaphoric == 0:
                cands.append((p, end, "anaphora", ("year", 0)))
            return
        if step is not None:
            cands.append((p, end, "years", (step,)))
    elif g("tarix") is not None and q == "həmin":
        cands.append((p, m.end(), "anaphora", ("day", 0)))


def _at_day_word(text: str, p: int, cands: list[_Cand]) -> None:
    """ "dünən", "srağagün", "sabah", "birigün", "bugünkü", "sabaha qədər"."""
    m = _DAY_RX.match(text, p)
    if not m:
        return
    suf = _key(m.group("suf"))
    if suf not in DAY_WORD_ENDINGS:
        return
    if text[p].isupper() and not _sentence_initial(text, p):
        return  # "Sabah qəzeti": a name
    end = m.end()
    if suf in ("e", "a"):
        qd = _QEDER.match(text, end)
        end = qd.end() if qd else end
    cands.append((p, end, "days", (RELATIVE_DAYS[_canon(m.group("w"))],)))


def _at_weekday(text: str, p: int, cands: list[_Cand]) -> None:
    """ "çərşənbə günü", "cümə axşamı", "bazar ertəsi"."""
    m = _WEEKDAY_RX.match(text, p)
    if not m:
        return
    wd = _canon(m.group("wd"))
    wsuf = _key(m.group("wsuf"))
    if wd in WEEKDAYS_NEED_GUNU and (not m.group("gunu") or wsuf):
        return
    if wsuf.startswith(("lar", "ler")):
        return
    cands.append((p, m.end(), "weekday", (WEEKDAYS[wd], None)))


def _at_ago(text: str, p: int, cands: list[_Cand]) -> None:
    """ "iki gün əvvəl", "3 gün sonra", "bir həftə öncə", "iki gündən sonra"."""
    f = _AGO_FWD.match(text, p)
    if not f or p == 0:
        return
    b = _back(_AGO_BACK, text, p)
    if b is None:
        return
    before = text[max(0, b.start() - 30) : b.start()].split()
    word = _key(before[-1]) if before else ""
    if word.endswith(("dan", "den")) and word not in _FROM_NOW:
        return  # "görüşdən iki gün əvvəl", "16-dan iki gün sonra": counted from something else
    n = b.group("n")
    if n.isdigit():
        k = int(n)
    else:
        k = sum(NUMBER_WORDS[_canon_num(x)] for x in n.split())
    sign = 1 if _key(f.group("dir")) in _AFTER else -1
    unit = _key(b.group("u"))
    cands.append((b.start(), f.end(), "ago", (sign * k, unit)))


_NUM_CANON = {_key(w): w for w in NUMBER_WORDS}
_FROM_NOW = frozenset(_key(w) for w in FROM_NOW_WORDS)
_AFTER = frozenset(_key(w) for w in AFTER_WORDS)


def _canon_num(word: str) -> str:
    return _NUM_CANON.get(_key(word), word)


_AYIN_RX = re.compile(rf"ay[ıi]n\s+{_days('m')}(?:\s+(?P<m3>\d{{1,2}})(?P<m3s>{_DAYSUF}))?(?!\w)", re.I)


def _at_ayin(text: str, p: int, cands: list[_Cand]) -> None:
    """ "ayın 10-da": a day of the document's month (as "bu ayın 10-da"); not "may ayının", which
    the month reads."""
    if p > 0 and text[p - 1].isalnum():
        return
    m = _AYIN_RX.match(text, p)
    if m and m.group("ms") and _key(m.group("ms").lstrip("-‐'’ ")) in {_plain(e) for e in DAY_ENDINGS}:
        d1, d2, end = int(m.group("m1")), int(m.group("m2")) if m.group("m2") else None, m.end("ms")
        if d2 is None and m.group("m3") and _key(m.group("ms")).endswith(("dan", "den")):
            d2, end = int(m.group("m3")), m.end("m3s")  # "ayın 7-dən 9-dək"
        cands.append((p, end, "month_day", (0, d1, d2)))
        return
    part = _AYIN_PART_RX.match(text, p)
    if part:  # "ayın əvvəlində", "ayın sonunda": a part of the document's month, as "bu ayın əvvəlində"
        cands.append((p, part.end(), "months", (0,)))


_AYIN_PART_RX = re.compile(rf"ay[ıi]n\s+{_PARTS}(?!\w)", re.I)
_WEEKEND_RX = re.compile(r"h[əe]ft[əe]\s?sonu(?:nda|ndan|na)?(?!\w)", re.I)


def _at_weekend(text: str, p: int, cands: list[_Cand]) -> None:
    """ "Həftəsonu", "həftə sonunda" with no "bu"/"ötən" before it: the weekend nearest the document's
    date, the one just past in a past sentence, else the coming one."""
    m = _WEEKEND_RX.match(text, p)
    if m:
        cands.append((p, m.end(), "weekend", ()))


_ANCHOR_HANDLERS: dict[str, Callable[[str, int, list[_Cand]], None]] = {
    "month": _at_month, "qual": _at_qualifier, "day": _at_day_word, "weekday": _at_weekday, "ago": _at_ago,
    "ayin": _at_ayin, "weekend": _at_weekend,
}


def _year_cand(m: re.Match[str]) -> _Cand | None:
    ysuf = _key(m.group("ysuf"))
    plural = ysuf.startswith("ler")
    if not plural and ysuf not in YEAR_UNIT_ENDINGS:
        return None
    end = m.end("part") if (m.group("part") and ysuf == "in") else m.end("ysuf")
    y1 = int(m.group(0)[:4])
    y2 = int(m.group("y2")) if m.group("y2") else None
    if y2 is not None and y2 <= y1:
        return None
    if y2 is None and plural and y1 % 10 == 0:
        y2 = y1 + 9  # "1990-cı illərdə": the nineties
    return (m.start(), end, "year", (y1, y2))


def _at_digits(text: str, p: int, cands: list[_Cand]) -> None:
    """ "16.05.2024", "2024-05-16", "2024-cü ildə", "2023-2024-cü tədris ili"."""
    m = _NUMERIC_RX.match(text, p)
    c = _numeric_cand(text, m) if m else None
    if c is None:
        m = _YEAR_RX.match(text, p)
        c = _year_cand(m) if m else None
    if c is not None:
        cands.append(c)


def _numeric_cand(text: str, m: re.Match[str]) -> _Cand | None:
    if m.group("d"):
        v = iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    else:
        v = iso(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if v is None:
        return None
    end = m.end()
    if m.group("ysuf") is not None and _key(m.group("ysuf")) not in YEAR_UNIT_ENDINGS:
        end = m.end("y") if m.group("d") else m.end("id")
    return (m.start(), end, "numeric", (v,))


# ---- values --------------------------------------------------------------------------------------

_ABSOLUTE_KINDS = frozenset({"month", "numeric", "year"})
_TERMINATIVE = ("dek", "can", "cen", "qeder")


def _is_day(value: str | None) -> bool:
    return value is not None and (len(value) == 10 or (value.startswith("--") and len(value) == 7))


def _next_day(value: str, step: int) -> str | None:
    if not step:
        return value
    if value.startswith("--"):
        month, day = int(value[2:4]), int(value[5:7])
        if (month, day) in ((2, 28), (2, 29), (3, 1)):
            return None  # without the year, leap days make it unsure
        d = _dt.date(2001, month, day) + _dt.timedelta(days=step)
        return f"--{d.month:02d}-{d.day:02d}"
    return (_dt.date.fromisoformat(value) + _dt.timedelta(days=step)).isoformat()


def _month_value(doc: _Doc, kind_data: tuple, future: Callable[[], bool]) -> tuple[str | None, str | None, bool]:
    month, month2, days, year, rel = kind_data
    relative = rel is not None
    if rel is not None:
        year = doc[0] + rel if doc[0] is not None else None
        if year is None:
            return None, None, True
    d1, d2 = days if days else (None, None)
    if year is not None:
        value = iso(year, month, d1)
    else:
        value = _day_month(doc, month, d1, future)
    if value is None:
        return None, None, relative
    end_value = None
    if d2 is not None:
        end_value = f"--{month:02d}-{d2:02d}" if value.startswith("--") else iso(int(value[:4]), month, d2)
        if end_value is not None and d2 <= (d1 or 0):
            end_value = None
    elif month2 is not None and month2 != month:
        if value.startswith("--"):
            end_value = f"--{month2:02d}"
        else:
            end_value = iso(int(value[:4]) + (1 if month2 < month else 0), month2)
    return value, end_value, relative


def _anaphora(out: list[DateMention], unit: str, step: int) -> str | None:
    """ "həmin gün" is the last day the text named, "ertəsi gün" the day after it, "həmin ay" / "həmin
    il" the last month / year; ranges are passed over (which of their days would it be?)."""
    for d in reversed(out):
        v = d.value
        if v is None or d.end_value is not None:
            continue
        if unit == "day":
            if _is_day(v):
                return _next_day(v, step)
        elif unit == "month":
            if v.startswith("--") or len(v) >= 7:
                return v[:4] if v.startswith("--") else v[:7]
        elif not v.startswith("--"):
            return v[:4]
    return None


def _range_of(text: str, prev: DateMention, start: int, end: int, value: str | None) -> DateMention | None:
    """Two dates that make one range: "16 may – 2 iyun", "mayın 30-dan iyunun 2-dək",
    "oktyabrdan marta qədər" (the end a year on when it would come before the start)."""
    if value is None or prev.value is None or prev.end_value is not None or len(value) != len(prev.value):
        return None
    gap = text[prev.end : start]
    dash = "\n" not in gap and _GAP_DASH.match(gap) is not None
    qd = _QEDER.match(text, end)
    span = (not gap.strip() and _key(text[prev.start : prev.end]).endswith(("dan", "den"))
            and (_key(text[start:end]).endswith(_TERMINATIVE) or qd is not None))
    if not (dash or span):
        return None
    if qd is not None:
        end = qd.end()
    if value < prev.value and not value.startswith("--") and len(value) > 4:
        value = iso(int(value[:4]) + 1, *(int(x) for x in value[5:].split("-")))  # type: ignore[assignment]
    if value is None or value <= prev.value:
        return None
    return DateMention(prev.start, end, text[prev.start : end], prev.value, prev.relative, value)


def _resolve(text: str, kept: list[_Cand], doc: _Doc) -> list[DateMention]:
    out: list[DateMention] = []
    kinds: list[str] = []
    for start, end, kind, data in kept:
        cache: list[bool | None] = []

        def future(end: int = end, cache: list[bool | None] = cache) -> bool | None:
            if not cache:
                cache.append(_future(text, end))
            return cache[0]

        value: str | None
        end_value: str | None = None
        relative = True
        if kind == "month":
            value, end_value, relative = _month_value(doc, data, future)
        elif kind == "numeric":
            value, relative = data[0], False
        elif kind == "year":
            value, end_value, relative = iso(data[0]), iso(data[1]) if data[1] else None, False
        elif kind == "days":
            value = _shift_days(doc, data[0])
        elif kind == "week":
            value, end_value = _week(doc, data[0], data[1])
        elif kind == "weekend":
            y, mo, d = doc
            weekday = _dt.date(y, mo, d).weekday() if y and mo and d else None
            step = 0 if weekday is None or weekday >= 5 or future() else -1
            value, end_value = _week(doc, step, "sonu")
        elif kind == "months":
            value = _shift_months(doc, data[0])
        elif kind == "month_day":
            value = _shift_months(doc, data[0], data[1])
            end_value = _shift_months(doc, data[0], data[2]) if data[2] else None
        elif kind == "years":
            value = iso(doc[0] + data[0]) if doc[0] is not None else None
        elif kind == "ago":
            n, unit = data
            if unit == "gun":
                value = _shift_days(doc, n)
            elif unit == "hefte":
                value = _shift_days(doc, 7 * n)
            elif unit == "ay":
                value = _shift_months(doc, n)
            else:
                value = iso(doc[0] + n) if doc[0] is not None else None
        elif kind == "weekday":
            wd, step = data
            if step is None:
                value = _weekday(doc, wd, future())
            elif step == 0:
                this = _weekday(doc, 0, False)  # this week's Monday
                value = (_dt.date.fromisoformat(this) + _dt.timedelta(days=wd)).isoformat() if this else None
            else:
                value = _weekday(doc, wd, step > 0, strict=True)
        else:  # anaphora: the last day (month, year) the text named before
            unit, step = data
            value = _anaphora(out, unit, step)
            if value is None:
                if unit == "day":  # "Ertəsi gün" after a range ("iyunun 29-dan iyulun 1-dək"): which day the
                    # reader of the text knows (its events), so the phrase is kept for them to resolve
                    out.append(DateMention(start, end, text[start:end], None, True, None))
                    kinds.append(kind)
                continue
        if value is None and not relative:
            continue  # "fevralın 30-da": no such day
        if out and kind in _ABSOLUTE_KINDS and kinds[-1] in _ABSOLUTE_KINDS and end_value is None:
            merged = _range_of(text, out[-1], start, end, value)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(DateMention(start, end, text[start:end], value, relative, end_value))
        kinds.append(kind)
    return out
