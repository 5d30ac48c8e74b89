"""Dates in running news text (salname.az.when), resolved against the document's date."""

from __future__ import annotations

import pytest

from salname.az.when import find_dates, resolve_weekday


def values(text: str, doc_date: str | None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, doc_date)]


@pytest.mark.parametrize("text, doc_date, want", [
    ("Görüş mayın 16-da keçirilib.", "2024-05-17", [("mayın 16-da", "2024-05-16")]),
    ("Saziş 2024-cü il iyunun 3-də imzalanıb.", "2024-06-10", [("2024-cü il iyunun 3-də", "2024-06-03")]),
    ("Forum 16 may 2024-cü il tarixində açılıb.", None, [("16 may 2024-cü il", "2024-05-16")]),
    ("Sənəd 16.05.2024 tarixində imzalanıb.", None, [("16.05.2024", "2024-05-16")]),
    ("Nümayəndə heyəti dünən gəlib.", "2024-05-17", [("dünən", "2024-05-16")]),
    ("Bu gün görüş olub.", "2024-05-17", [("Bu gün", "2024-05-17")]),
    ("Sabah Gəncəyə gedəcək.", "2024-05-31", [("Sabah", "2024-06-01")]),
    ("Səfər gələn ay olacaq.", "2024-12-10", [("gələn ay", "2025-01")]),
    ("Ötən il imzalanıb.", "2024-12-10", [("Ötən il", "2023")]),
    ("Ötən həftə görüşüb.", "2024-05-03", [("Ötən həftə", "2024-04")]),
    ("Görüş may ayında keçiriləcək.", "2024-03-01", [("may ayında", "2024-05")]),
    ("Bu ilin iyul ayında Romada olub.", "2024-10-01", [("Bu ilin iyul ayında", "2024-07")]),
    ("Sentyabrın ikinci yarısında görüşəcəklər.", "2024-08-02", [("Sentyabrın ikinci yarısında", "2024-09")]),
    ("Çərşənbə axşamı görüşmüşdülər.", "2024-06-13", [("Çərşənbə axşamı", "2024-06-11")]),
    ("İki gün əvvəl gəlib.", "2024-05-10", [("İki gün əvvəl", "2024-05-08")]),
    ("Sessiya mayın 16-17-də keçirilib.", "2024-05-20", [("mayın 16-17-də", "2024-05-16")]),
])
def test_dates_resolved_against_the_document(text, doc_date, want):
    assert values(text, doc_date) == want


def test_a_date_late_in_the_year_in_a_january_article_is_last_year():
    assert values("Dekabrın 28-də görüşüblər.", "2025-01-10") == [("Dekabrın 28-də", "2024-12-28")]


def test_without_a_document_date_the_year_is_never_guessed():
    assert values("Sentyabrın 29-da görüşüb.", None) == [("Sentyabrın 29-da", "--09-29")]
    assert values("Dünən görüşüb.", None) == [("Dünən", None)]


def test_a_partial_document_date_gives_partial_dates():
    assert values("Bu gün görüşüb.", "2024-03") == [("Bu gün", "2024-03")]
    assert values("Martın 5-də görüşüb.", "2024-03") == [("Martın 5-də", "2024-03-05")]


def test_ranges_have_an_end():
    (d,) = find_dates("Sessiya mayın 16-17-də keçirilib.", "2024-05-20")
    assert (d.value, d.end_value) == ("2024-05-16", "2024-05-17")


def test_numbers_that_are_no_dates():
    assert values("Tədbirdə 16 nəfər iştirak edib, 2024 manat toplanıb, COP29 və Bakutel-2023 xatırlanıb.", "2024-05-01") == []


def test_spans_point_into_the_text():
    text = "Qeyd edək ki, Elnur Məmmədli fevralın 20-də Bakıda olub."
    (d,) = find_dates(text, "2024-04-11")
    assert text[d.start:d.end] == d.text == "fevralın 20-də"


def test_weekdays_resolve_before_the_document_or_after_it_when_asked():
    assert resolve_weekday("2024-06-13", 1) == "2024-06-11"  # Tuesday before a Thursday
    assert resolve_weekday("2024-06-13", 1, future=True) == "2024-06-18"
    assert resolve_weekday("2024-06", 1) is None
