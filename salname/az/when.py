"""Dates in running news text, resolved against the document's date.

``find_dates(text, doc_date)`` finds "mayın 16-da", "2024-cü il iyunun 3-də", "16 may 2024",
"16.05.2024", "may ayında", "bu gün", "dünən", "ötən həftə", "çərşənbə axşamı", "gələn ay" ... and
gives each an ISO value, possibly partial. The year is never guessed: a day and month take the
document's year (the previous one when that would put them more than six months after the
document), and without a document date they stay "--MM-DD". A relative day needs a full document
date; with only "YYYY-MM" it resolves to that month, never to an invented day.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from salname.az.alphabet import az_lower
from salname.az.dates import MONTH_RE, MONTHS_AZ, _fold, iso

# Relative days: word(s) -> offset in days from the document's date.
RELATIVE_DAYS: dict[str, int] = {
    "bu gün": 0, "bugün": 0, "bu gun": 0, "dünən": -1, "dunen": -1, "srağagün": -2, "sabah": 1,
    "birigün": 2, "ertəsi gün": 1,
}
# Relative weeks, months and years: the qualifier before "həftə", "ay", "il".
RELATIVE_STEPS: dict[str, int] = {"bu": 0, "cari": 0, "həmin": 0, "ötən": -1, "keçən": -1, "gələn": 1, "növbəti": 1}
WEEKDAYS: dict[str, int] = {  # Monday = 0
    "bazar ertəsi": 0, "çərşənbə axşamı": 1, "çərşənbə": 2, "cümə axşamı": 3, "cümə": 4, "şənbə": 5, "bazar": 6,
}
# Units of "iki gün əvvəl", "3 gün sonra", "bir həftə öncə".
NUMBER_WORDS: dict[str, int] = {"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7,
                                "səkkiz": 8, "doqquz": 9, "on": 10}
BEFORE_WORDS = ("əvvəl", "öncə", "qabaq")
AFTER_WORDS = ("sonra",)

_W = r"[a-zçəğıöşüA-ZÇƏĞİÖŞÜ]"
_END = rf"(?!{_W})"
_DAY_SUFFIX = r"(?:[-‐–]?(?:[a-zçəğıöşü]{1,6}))?"
_month = MONTH_RE.pattern
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR_IL = _YEAR + r"(?:[-‐]?(?:cü|ci|cu|cı|ci))?\s+il(?:in|də|dən)?\s+"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "2024-cü il mayın 16-da", "2024-cü ilin mayın 16-17-də"
    ("ymd", re.compile(_YEAR_IL + _month + r"\s+(?P<day>\d{1,2})(?:\s*[-–]\s*(?P<day2>\d{1,2}))?" + _DAY_SUFFIX, re.I)),
    # "2024-cü il 16 may", "16 may 2024-cü il", "16 may 2024"
    ("ydm", re.compile(_YEAR_IL + r"(?P<day>\d{1,2})\s+" + _month, re.I)),
    ("dmy", re.compile(r"(?<!\d)(?P<day>\d{1,2})(?:\s*[-–]\s*(?P<day2>\d{1,2}))?\s+" + _month
                       + r"\s+" + _YEAR + r"(?:[-‐]?(?:cü|ci|cu|cı))?(?:\s+il(?:in|də)?)?", re.I)),
    # "16.05.2024"
    ("num", re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?![\d])")),
    # "mayın 16-da", "mayın 16-17-də"
    ("md", re.compile(_month + r"\s+(?P<day>\d{1,2})(?:\s*[-–]\s*(?P<day2>\d{1,2}))?" + _DAY_SUFFIX, re.I)),
    # "16 mayda", "16-17 may"
    ("dm", re.compile(r"(?<![\d.,])(?P<day>\d{1,2})(?:\s*[-–]\s*(?P<day2>\d{1,2}))?\s+" + _month, re.I)),
    # "2024-cü ilin may ayında", "bu ilin may ayında", "may ayında", "mayın əvvəlində"
    ("ym", re.compile(_YEAR_IL + _month + r"(?:\s+ay(?:ının|ından|ında|ı)?)?", re.I)),
    ("rym", re.compile(r"(?P<rel>bu|cari|ötən|keçən|gələn)\s+ilin\s+" + _month + r"(?:\s+ay(?:ının|ından|ında|ı)?)?", re.I)),
    ("m", re.compile(_month + r"\s+ay(?:ının|ından|ında|ı)" + _END
                     + r"|" + r"(?P<az2>" + "|".join(MONTHS_AZ) + r")(?:ın|in|un|ün)\s+(?:əvvəl|ort|son|ikinci yarı|birinci yarı)"
                     + r"[a-zçəğıöşü]*", re.I)),
    # "2024-cü ildə", "2023-2024-cü illərdə"
    ("y", re.compile(r"(?<!\d)" + _YEAR + r"(?:\s*[-–]\s*(?P<year2>(?:19|20)\d\d))?[-‐]?(?:cü|ci|cu|cı)\s+il"
                     + r"(?:də|lərdə|dən|ə|in)?" + _END, re.I)),
]
_REL_DAY = re.compile(r"(?<!\w)(" + "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")(?:kü|ki)?" + _END, re.I)
_REL_UNIT = re.compile(r"(?<!\w)(?P<rel>bu|cari|ötən|keçən|gələn|növbəti)\s+(?P<unit>həftə|ay|il)"
                       r"(?P<tail>[a-zçəğıöşü]*)" + _END, re.I)
_WEEKDAY = re.compile(r"(?<!\w)(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\s+günü"
                      r"|(?<!\w)(?P<wd2>çərşənbə axşamı|cümə axşamı|bazar ertəsi)" + _END, re.I)
_AGO = re.compile(r"(?<!\w)(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>gün|həftə|ay)\s+"
                  r"(?P<dir>" + "|".join(BEFORE_WORDS + AFTER_WORDS) + r")" + _END, re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # ISO, possibly partial ("2024-05", "--05-16"), or None
    relative: bool
    end_value: str | None = None


def _doc(doc_date: str | None) -> tuple[int | None, int | None, int | None]:
    if not doc_date:
        return None, None, None
    parts = doc_date.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else None
        d = int(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return None, None, None
    return y, m, d


def _year_for(month: int, day: int | None, doc: tuple[int | None, int | None, int | None]) -> int | None:
    """The document's year, or the one before when the date would fall over six months after it."""
    y, m, d = doc
    if y is None:
        return None
    if m is not None and month - m > 6:
        return y - 1
    if m is not None and m - month > 6 and False:  # (a date far before is simply earlier that year)
        return y + 1
    return y


def _day_month(month: int, day: int | None, doc) -> str | None:
    year = _year_for(month, day, doc)
    if year is None:
        return f"--{month:02d}-{day:02d}" if day else None
    return iso(year, month, day)


def _month_in(m: re.Match[str]) -> int | None:
    for g in ("az", "az2"):
        w = m.groupdict().get(g)
        if w:
            return MONTHS_AZ.get(_fold(w))
    ru = m.groupdict().get("ru")
    if ru:
        from salname.az.dates import MONTHS_RU
        return MONTHS_RU.get(ru.lower())
    return None


def find_dates(text: str, doc_date: str | None) -> list[DateMention]:
    """Every date expression of ``text``, in order, with its ISO value against ``doc_date``."""
    doc = _doc(doc_date)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, value: str | None, relative: bool, end_value: str | None = None) -> None:
        if any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        found.append(DateMention(s, e, text[s:e], value, relative, end_value))

    low = text
    for kind, rx in _PATTERNS:
        for m in rx.finditer(low):
            g = m.groupdict()
            if kind == "num":
                v = iso(int(g["year"]), int(g["mon"]), int(g["day"]))
                if v:
                    add(m.start(), m.end(), v, False)
                continue
            if kind == "y":
                y2 = g.get("year2")
                add(m.start(), m.end(), iso(int(g["year"])), False, iso(int(y2)) if y2 else None)
                continue
            month = _month_in(m)
            if month is None:
                continue
            if kind in ("ymd", "ydm", "dmy"):
                y = int(g["year"])
                v = iso(y, month, int(g["day"]))
                v2 = iso(y, month, int(g["day2"])) if g.get("day2") else None
            elif kind in ("md", "dm"):
                v = _day_month(month, int(g["day"]), doc)
                v2 = _day_month(month, int(g["day2"]), doc) if g.get("day2") else None
            elif kind == "ym":
                v, v2 = iso(int(g["year"]), month), None
            elif kind == "rym":
                y = doc[0]
                v = iso(y + RELATIVE_STEPS[az_lower(g["rel"])], month) if y is not None else None
                v2 = None
            else:  # "may ayında", "mayın sonunda"
                y = _year_for(month, None, doc)
                v, v2 = (iso(y, month) if y is not None else None), None
            if v is not None or kind in ("md", "dm"):
                add(m.start(), m.end(), v, kind in ("rym",), v2)
    for m in _REL_DAY.finditer(low):
        add(m.start(), m.end(), _shift_days(doc, RELATIVE_DAYS[az_lower(m.group(1))]), True)
    for m in _REL_UNIT.finditer(low):
        step = RELATIVE_STEPS[az_lower(m.group("rel"))]
        add(m.start(), m.end(), _shift_unit(doc, az_lower(m.group("unit")), step), True)
    for m in _AGO.finditer(low):
        n = az_lower(m.group("n"))
        k = int(n) if n.isdigit() else NUMBER_WORDS[n]
        sign = -1 if az_lower(m.group("dir")) in BEFORE_WORDS else 1
        unit = az_lower(m.group("unit"))
        value = _shift_days(doc, sign * k * (7 if unit == "həftə" else 1)) if unit != "ay" else _shift_unit(doc, "ay", sign * k)
        add(m.start(), m.end(), value, True)
    for m in _WEEKDAY.finditer(low):
        wd = az_lower((m.group("wd") or m.group("wd2")))
        add(m.start(), m.end(), resolve_weekday(doc_date, WEEKDAYS[wd]), True)
    found.sort(key=lambda d: d.start)
    return found


def _shift_days(doc, days: int) -> str | None:
    y, m, d = doc
    if y is None or m is None:
        return None
    if d is None:
        return iso(y, m) if days == 0 or abs(days) <= 1 else None
    day = _dt.date(y, m, d) + _dt.timedelta(days=days)
    return day.isoformat()


def _shift_unit(doc, unit: str, step: int) -> str | None:
    y, m, d = doc
    if y is None:
        return None
    if unit == "il":
        return iso(y + step)
    if m is None:
        return None
    if unit == "ay":
        k = (y * 12 + m - 1) + step
        return iso(k // 12, k % 12 + 1)
    # a week: the month it falls in (a week is no day)
    if d is None:
        return iso(y, m) if step == 0 else None
    day = _dt.date(y, m, d) + _dt.timedelta(days=7 * step)
    return iso(day.year, day.month)


def resolve_weekday(doc_date: str | None, weekday: int, future: bool | None = None) -> str | None:
    """The date of the weekday nearest the document's date: on or before it, or after it when
    ``future``; None without a full document date."""
    y, m, d = _doc(doc_date)
    if y is None or m is None or d is None:
        return None
    base = _dt.date(y, m, d)
    if future:
        delta = (weekday - base.weekday()) % 7 or 7
        return (base + _dt.timedelta(days=delta)).isoformat()
    delta = (base.weekday() - weekday) % 7
    return (base - _dt.timedelta(days=delta)).isoformat()
