"""The event benchmark's scoring (bench/events.py) on small cases: how a day of an unknown year is
compared, and how location and date errors are counted for a blind set."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from salname.document import Event

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_events", BENCH / "events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_events"] = module
    spec.loader.exec_module(module)
    return module


def _event(date: str | None) -> Event:
    return Event("MEET", ["A B", "C D"], "...", 0, 3, date=date)


def test_a_day_of_an_unknown_year_matches_a_gold_that_writes_it_and_one_that_leaves_it_out():
    b = _bench()
    partial = _event("--06-03")
    assert b._same(b._given(partial, "--06-03"), "--06-03")  # our dev sets' gold: the day in its date field
    assert b._same(b._given(partial, None), None)  # the seeds' gold: no date, the day given apart
    assert not b._same(b._given(partial, "--06-04"), "--06-04")
    full = _event("2024-06-03")
    assert b._same(b._given(full, "2024-06-03"), "2024-06-03")
    assert not b._same(b._given(full, None), None)


def test_location_and_date_errors_are_counted_by_kind():
    b = _bench()
    assert b._wrong_place(None, "Bakı") == "none for a place"
    assert b._wrong_place("Bakı", None) == "a place for none"
    assert b._wrong_place("Türkiyə", "Ankara") == "country for town"
    assert b._wrong_place("Bakı", "Milli Məclis") == "town for site"
    assert b._wrong_day(None, "2024-05") == "none for a date"
    assert b._wrong_day("2024-05-06", "2024-05") == "day for a month"
    assert b._wrong_day("2024-05", "2024-05-06") == "month for a day"
    assert b._wrong_day("2024-05-05", "2024-05-06") == "earlier"
    assert b._wrong_day("2024-05-07", "2024-05-06") == "later"


def test_events_of_the_same_type_and_sides_are_paired_to_agree_most_whatever_the_gold_order():
    b = _bench()
    got = [Event("VISIT", ["A B"], "...", 0, 3, location="Quba", date="2028-04-11"),
           Event("VISIT", ["A B"], "...", 4, 7, location="Xaçmaz", date=None, status="negated")]
    want = [{"type": "VISIT", "participants": ["A B"], "location": "Quba Soyqırımı Memorial Kompleksi",
             "date": "2028-04-11"},
            {"type": "VISIT", "participants": ["A B"], "location": "Quba", "date": "2028-04-11"},
            {"type": "VISIT", "participants": ["A B"], "location": "Xaçmaz", "date": None}]
    pairs = b._pairs(want, got)
    assert pairs == {1: 0, 2: 1}  # the site visit, first in the gold, is the one missed
    assert b._pairs(list(reversed(want)), got) == {0: 1, 1: 0}
    # other sides or another type pair with nothing
    assert b._pairs([{"type": "MEET", "participants": ["A B"], "location": None, "date": None}], got) == {}
