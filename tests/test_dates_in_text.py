"""Dates in running text (salname.az.dates.find_dates), resolved against the document's date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salname.az.dates import DateMention, find_dates, parse_date, resolve_weekday

DOC = "2024-05-16"  # a Thursday
REPO = Path(__file__).resolve().parents[1]


def found(text: str, doc_date: str | None = DOC) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, doc_date)]


def one(text: str, doc_date: str | None = DOC) -> DateMention:
    got = find_dates(text, doc_date)
    assert len(got) == 1, got
    return got[0]


# ---- absolute dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2024-cü il mayın 16-da", "2024-05-16"),
    ("2023-cü il noyabrın 3-də", "2023-11-03"),
    ("16 may 2024-cü il", "2024-05-16"),
    ("16 may 2024", "2024-05-16"),
    ("16.05.2024", "2024-05-16"),
    ("2024-05-16", "2024-05-16"),
    ("mayın 16-da", "2024-05-16"),
    ("Sentyabrın 18-də", "2024-09-18"),
    ("İyunun 5-də", "2024-06-05"),
    ("16 mayda", "2024-05-16"),
    ("aprelin 4-ü", "2024-04-04"),
    ("iyunun 24-nə", "2024-06-24"),
    ("may ayında", "2024-05"),
    ("oktyabr ayında", "2024-10"),
    ("mayın əvvəlində", "2024-05"),
    ("mayın ortasında", "2024-05"),
    ("mayın sonunda", "2024-05"),
    ("sentyabrın ikinci yarısında", "2024-09"),
    ("noyabrda", "2024-11"),  # six months after the document: still its year
    ("2024-cü ildə", "2024"),
    ("2020-ci ildən", "2020"),
    ("2025-ci ilin sonunadək", "2025"),
    ("cari ilin mayında", "2024-05"),
    ("bu ilin may ayında", "2024-05"),
    ("ötən ilin dekabrında", "2023-12"),
    ("gələn ilin yanvarında", "2025-01"),
    ("2024-cü ilin aprelində", "2024-04"),
])
def test_absolute(text, expected):
    d = one(text)
    assert d.text == text
    assert d.value == expected


@pytest.mark.parametrize("text, value, end_value", [
    ("mayın 16-17-də", "2024-05-16", "2024-05-17"),
    ("16-17 may", "2024-05-16", "2024-05-17"),
    ("Martın 23-dən 27-dək", "2024-03-23", "2024-03-27"),
    ("mayın 30-dan iyunun 2-dək", "2024-05-30", "2024-06-02"),
    ("2024-cü ilin yanvar-fevral aylarında", "2024-01", "2024-02"),
    ("2023-2024-cü tədris ili", "2023", "2024"),
    ("1990-cı illərdə", "1990", "1999"),
])
def test_ranges(text, value, end_value):
    d = one(text)
    assert (d.text, d.value, d.end_value) == (text, value, end_value)


def test_relative_flag_only_for_what_the_document_date_resolves():
    assert one("mayın 16-da").relative is False
    assert one("2024-cü ildə").relative is False
    assert one("bu ilin may ayında").relative is True
    assert one("dünən").relative is True


# ---- relative to the document's date -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("bu gün", "2024-05-16"),
    ("Bu gün", "2024-05-16"),
    ("bugünkü", "2024-05-16"),
    ("dünən", "2024-05-15"),
    ("srağagün", "2024-05-14"),
    ("sabah", "2024-05-17"),
    ("birigün", "2024-05-18"),
    ("bu həftə", "2024-05"),
    ("ötən həftə", "2024-05"),
    ("keçən həftə", "2024-05"),
    ("gələn həftə", "2024-05"),
    ("bu ay", "2024-05"),
    ("ötən ay", "2024-04"),
    ("keçən ay", "2024-04"),
    ("gələn ay", "2024-06"),
    ("bu ayın 20-də", "2024-05-20"),
    ("ötən ayın 15-də", "2024-04-15"),
    ("bu il", "2024"),
    ("ötən il", "2023"),
    ("keçən il", "2023"),
    ("gələn il", "2025"),
    ("çərşənbə günü", "2024-05-15"),
    ("cümə axşamı", "2024-05-16"),  # on or before the document's day: the day itself
    ("bazar ertəsi", "2024-05-13"),
    ("ötən çərşənbə", "2024-05-15"),
    ("gələn cümə", "2024-05-17"),
    ("iki gün əvvəl", "2024-05-14"),
    ("3 gün sonra", "2024-05-19"),
    ("bir həftə öncə", "2024-05-09"),
    ("iki gündən sonra", "2024-05-18"),
    ("iki ay əvvəl", "2024-03"),
])
def test_relative(text, expected):
    d = one(text)
    assert (d.text, d.value, d.relative) == (text, expected, True)


def test_week_straddling_two_months_gives_both():
    d = one("bu həftə", "2024-05-31")  # Monday 27 May .. Sunday 2 June
    assert (d.value, d.end_value) == ("2024-05", "2024-06")
    assert one("gələn həftə", "2024-05-31").value == "2024-06"
    assert one("Ötən həftənin əvvəlində", "2024-05-20").value == "2024-05"


def test_week_part_falls_in_its_own_month():
    # week of Monday 29 April .. Sunday 5 May: its start is in April, its end in May
    assert one("bu həftənin əvvəlində", "2024-05-02").value == "2024-04"
    assert one("bu həftənin sonunda", "2024-05-02").value == "2024-05"


def test_weekday_past_by_default_future_with_a_future_verb():
    assert one("Nümayəndə heyəti çərşənbə günü Bakıya gəlib.").value == "2024-05-15"
    got = find_dates("Nümayəndə heyəti çərşənbə günü Bakıya gələcək.", DOC)
    assert got[0].value == "2024-05-22"
    got = find_dates("Görüşün şənbə günü keçirilməsi planlaşdırılır.", DOC)
    assert got[0].value == "2024-05-18"


def test_resolve_weekday():
    assert resolve_weekday(DOC, 2) == "2024-05-15"
    assert resolve_weekday(DOC, 2, future=True) == "2024-05-22"
    assert resolve_weekday(DOC, 3) == "2024-05-16"
    assert resolve_weekday(DOC, 3, future=True) == "2024-05-16"
    assert resolve_weekday(DOC, "cümə", future=False) == "2024-05-10"
    assert resolve_weekday("2024-05", 2) is None
    assert resolve_weekday(None, 2) is None


def test_same_day_and_next_day_refer_back_to_the_last_day_named():
    text = "Mayın 15-də nazir Bakıda olub. Ötən il də gəlmişdi. Həmin gün görüş keçirilib. Ertəsi gün qonaq Şuşaya gedib."
    assert found(text) == [("Mayın 15-də", "2024-05-15"), ("Ötən il", "2023"), ("Həmin gün", "2024-05-15"),
                           ("Ertəsi gün", "2024-05-16")]
    # nothing to refer to: kept without a day, for the events to date by the day they have set
    assert found("Həmin gün görüş keçirilib.") == [("Həmin gün", None)]
    assert found("İyunun 29-dan iyulun 1-dək səfərdə olub. Ertəsi gün gedib.")[1] == ("Ertəsi gün", None)


# ---- year rules: never guess -------------------------------------------------------------------------

def test_year_rollover_to_the_previous_year():
    assert one("dekabrın 28-də", "2024-01-10").value == "2023-12-28"
    assert one("dekabrın 28-də", "2024-09-10").value == "2024-12-28"
    assert one("iyulun 5-də", "2024-01-10").value == "2024-07-05"  # under six months after
    assert one("iyulun 20-də", "2024-01-10").value == "2023-07-20"  # over six months after
    assert one("dekabr ayında", "2024-02-01").value == "2023-12"
    assert one("noyabrda", "2024-04-16").value == "2023-11"
    assert one("noyabrda keçiriləcək", "2024-04-16").value == "2024-11"


def test_year_rollover_forward_only_for_the_future():
    assert one("yanvarın 15-də keçiriləcək", "2024-12-20").value == "2025-01-15"
    assert one("yanvarın 15-də keçirilib", "2024-12-20").value == "2024-01-15"
    # a January article planning December keeps its own year
    assert one("dekabrın 28-də keçiriləcək", "2024-01-10").value == "2024-12-28"


def test_a_date_moved_to_lies_ahead_and_a_past_plan_takes_the_nearest():
    # moved to January in a December article: next January, though "keçirilib" is a past
    assert one("səfər yanvarın ikinci yarısına keçirilib", "2026-12-09").value == "2027-01"
    assert one("yanvarın 15-də keçirilib", "2026-12-09").value == "2026-01-15"  # held then, not moved there
    # a plan told in the past: the nearest such month or weekday, before or after the article
    assert one("səfər əvvəlcə dekabrın əvvəlinə planlaşdırılmışdı", "2026-01-28").value == "2025-12"
    assert one("çərşənbə günü görüşməsi nəzərdə tutulurdu", "2025-08-18").value == "2025-08-20"  # a Monday
    assert one("cümə günü görüşməsi nəzərdə tutulurdu", "2025-08-18").value == "2025-08-15"


def test_partial_document_date():
    doc = "2024-05"
    assert one("mayın 16-da", doc).value == "2024-05-16"
    assert one("dekabrın 16-da", doc).value == "2023-12-16"
    assert one("bu gün", doc).value == "2024-05"
    assert one("dünən", doc).value == "2024-05"
    assert one("bu ay", doc).value == "2024-05"
    assert one("ötən ay", doc).value == "2024-04"
    assert one("ötən həftə", doc).value is None
    assert one("çərşənbə günü", doc).value is None
    assert one("iki gün əvvəl", doc).value == "2024-05"  # a day or two away: the month
    assert one("bir həftə əvvəl", doc).value is None
    # a year alone: only months no rule could move take it
    assert one("iyunun 5-də", "2024").value == "2024-06-05"
    assert one("dekabrın 5-də", "2024").value == "--12-05"


def test_no_document_date():
    assert one("mayın 16-da", None).value == "--05-16"
    assert one("16-17 may", None).end_value == "--05-17"
    assert one("may ayında", None).value == "--05"
    assert one("2024-cü il mayın 16-da", None).value == "2024-05-16"
    assert one("16.05.2024", None).value == "2024-05-16"
    for text in ("dünən", "bu gün", "ötən həftə", "gələn ay", "bu il", "çərşənbə günü", "bu ilin mayında"):
        d = one(text, None)
        assert d.value is None and d.relative, text


def test_bad_document_date_is_no_date():
    assert one("mayın 16-da", "not a date").value == "--05-16"
    assert one("dünən", "").value is None


# ---- spans ---------------------------------------------------------------------------------------------

def test_spans_are_exact_offsets_into_the_text():
    text = "Nümayəndə heyəti mayın 16-da Milli Məclisdə olub, dünən isə Şuşada idi."
    got = find_dates(text, DOC)
    assert [(d.start, d.end) for d in got] == [(17, 28), (50, 55)]
    for d in got:
        assert text[d.start:d.end] == d.text
    text = "Bakı, 29 noyabr (AZERTAC). Sənəd 16 may 2024-cü il tarixində imzalanıb; görüş (16 may) olub."
    assert found(text) == [("29 noyabr", "2023-11-29"), ("16 may 2024-cü il", "2024-05-16"), ("16 may", "2024-05-16")]
    assert found("Sənəd 16.05.2024 tarixində imzalanıb.") == [("16.05.2024", "2024-05-16")]


def test_time_is_ignored_day_kept():
    assert found("Görüş mayın 16-da saat 15:00-da başlayıb.") == [("mayın 16-da", "2024-05-16")]


def test_without_diacritics():
    assert found("Dunen mayin 16-da, oten hefte ise 2024-cu ilin aprelinde") == [
        ("Dunen", "2024-05-15"), ("mayin 16-da", "2024-05-16"), ("oten hefte", "2024-05"),
        ("2024-cu ilin aprelinde", "2024-04")]


# ---- not dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "16 nəfər iştirak edib",
    "2024 manat ayrılıb",
    "1-ci yerə çıxıb",
    "artım 16% olub",
    "Bakutel-2023 sərgisi açılıb",
    "COP29 konfransı",
    "saat 15:00-da",
    "bu günlərdə",
    "ötən illər ərzində",
    "bu ilk görüşdür",
    "maya dəyəri artıb",
    "xırda-mayda işlər",
    "Tereza May bəyanat verib",
    "28 May metrosunun yanında",
    "görüşdən iki gün əvvəl",
    "bir neçə gün əvvəl",
    "daha sonra",
    "bazar iqtisadiyyatı",
    "fevralın 30-da",
    "Bunu Sabah qəzetinin müxbiri yazıb",
])
def test_not_dates(text):
    assert find_dates(text, DOC) == []


def test_holiday_is_a_date():
    assert found("28 may Müstəqillik Günü qeyd olunur") == [("28 may", "2024-05-28")]


def test_empty_and_dateless_text():
    assert find_dates("", DOC) == []
    prose = ("Görüşdə enerji təhlükəsizliyi, nəqliyyat və tranzit sahəsində əməkdaşlıq məsələləri də "
             "müzakirə olunub. Tərəflər beynəlxalq parlament təşkilatlarında qarşılıqlı dəstəyin vacibliyini "
             "vurğulayıblar. ") * 10
    assert find_dates(prose, DOC) == []


def test_parse_date_unchanged():
    assert parse_date("05.03.2024") == "2024-03-05"
    assert parse_date("2024-cü il martın 5-də") == "2024-03-05"
    assert parse_date("2024") == "2024"


# ---- the dev set's gold event dates --------------------------------------------------------------------

def test_news_dev_gold_event_dates():
    dev = REPO / "bench" / "data" / "news_dev"
    gold = json.loads((dev / "gold.json").read_text(encoding="utf-8"))
    total = right = 0
    for name, entry in gold.items():
        first, _, body = (dev / name).read_text(encoding="utf-8").partition("\n")
        mentions = find_dates(body, first[5:].strip())
        for event in entry["events"]:
            if not event.get("date_text"):
                continue
            total += 1
            i = body.find(event["date_text"], max(0, body.find(event.get("evidence") or "\0")))
            i = i if i >= 0 else body.find(event["date_text"])
            over = [m for m in mentions if m.start < i + len(event["date_text"]) and i < m.end]
            right += bool(over) and over[0].value == event["date"]
    assert total >= 50
    assert right / total >= 0.95


# ---- in sentences, as the event extractor meets them (the cases of the first version, az/when.py) -------

@pytest.mark.parametrize("text, doc_date, want", [
    ("Görüş mayın 16-da keçirilib.", "2024-05-17", [("mayın 16-da", "2024-05-16")]),
    ("Saziş 2024-cü il iyunun 3-də imzalanıb.", "2024-06-10", [("2024-cü il iyunun 3-də", "2024-06-03")]),
    ("Forum 16 may 2024-cü il tarixində açılıb.", None, [("16 may 2024-cü il", "2024-05-16")]),
    ("Nümayəndə heyəti dünən gəlib.", "2024-05-17", [("dünən", "2024-05-16")]),
    ("Sabah Gəncəyə gedəcək.", "2024-05-31", [("Sabah", "2024-06-01")]),
    ("Səfər gələn ay olacaq.", "2024-12-10", [("gələn ay", "2025-01")]),
    ("Ötən il imzalanıb.", "2024-12-10", [("Ötən il", "2023")]),
    ("Ötən həftə görüşüb.", "2024-05-03", [("Ötən həftə", "2024-04")]),
    ("Görüş may ayında keçiriləcək.", "2024-03-01", [("may ayında", "2024-05")]),
    ("Bu ilin iyul ayında Romada olub.", "2024-10-01", [("Bu ilin iyul ayında", "2024-07")]),
    ("Sentyabrın ikinci yarısında görüşəcəklər.", "2024-08-02", [("Sentyabrın ikinci yarısında", "2024-09")]),
    ("Çərşənbə axşamı görüşmüşdülər.", "2024-06-13", [("Çərşənbə axşamı", "2024-06-11")]),
    ("İki gün əvvəl gəlib.", "2024-05-10", [("İki gün əvvəl", "2024-05-08")]),
    ("Dekabrın 28-də görüşüblər.", "2025-01-10", [("Dekabrın 28-də", "2024-12-28")]),
    ("Sentyabrın 29-da görüşüb.", None, [("Sentyabrın 29-da", "--09-29")]),
    ("Qeyd edək ki, Elnur Məmmədli fevralın 20-də Bakıda olub.", "2024-04-11", [("fevralın 20-də", "2024-02-20")]),
    ("Tədbirdə 16 nəfər iştirak edib, 2024 manat toplanıb, COP29 və Bakutel-2023 xatırlanıb.", "2024-05-01", []),
    ("Sessiya 2024-cü il mayın 16-dan 18-dək Bakıda keçirilib.", "2024-05-20",
     [("2024-cü il mayın 16-dan 18-dək", "2024-05-16")]),
])
def test_in_sentences(text, doc_date, want):
    assert found(text, doc_date) == want


def test_dates_after_line_breaks_brackets_and_quotes():
    text = "Başlıq\nDünən görüş olub (16.05.2024) və «bu gün» davam edib.\n2023-cü ildə də görüşmüşdülər."
    assert found(text) == [("Dünən", "2024-05-15"), ("16.05.2024", "2024-05-16"), ("bu gün", "2024-05-16"),
                           ("2023-cü ildə", "2023")]


def test_weekend_of_the_week():
    assert one("bu həftə sonu", "2024-05-31").value == "2024-06"  # Saturday 1 and Sunday 2 June
    assert one("ötən həftənin sonunda", "2024-05-16").value == "2024-05"


def test_a_ten_day_part_of_a_month_is_that_month():
    from salname.az.dates import find_dates

    for text, want in (("fevralın ikinci ongünlüyündə səfər edəcək", "2026-02"),
                       ("mayın son ongünlüyündə imzalanacaq", "2026-05")):
        found = find_dates(text, "2026-01-14")
        assert [d.value for d in found] == [want] and "ongünlüyündə" in found[0].text


def test_a_past_participle_before_its_noun_does_not_make_a_weekday_past():
    text = "Cümə günü heyətin Ağdama gedərək bərpa edilmiş Ağdam Cümə məscidini ziyarət etməsi planlaşdırılır."
    assert [d.value for d in find_dates(text, "2026-05-12")][:1] == ["2026-05-15"]
    text = "Cümə günü heyət bərpa edilmişdir."  # a finite past: the Friday gone by
    assert [d.value for d in find_dates(text, "2026-05-12")][:1] == ["2026-05-08"]
