"""The hand-written dev set bench/data/news_dev: files and gold agree, and the set has the
variety it was written for (see bench/data/news_dev/README.md)."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

pytest.register_assert_rewrite("gold_checks")
from gold_checks import (DATE_LINE, ENTITY_TYPES, EVENT_TYPES, LETTERS, RELATIVE_DAYS,  # noqa: E402
                         STATUSES, compatible, free_spans, well_formed)

DEV = Path(__file__).resolve().parents[1] / "bench" / "data" / "news_dev"
GOLD = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
FILES = sorted(p.name for p in DEV.glob("*.txt"))

OUTLETS = {"AZERTAC", "APA", "report.az", "trend.az", "metbuat.az", None}
FILE_NAME = re.compile(r"(\d{2})_[a-z0-9_]+\.txt")


def text_of(name: str) -> str:
    """Headline and body: everything after the date line."""
    return (DEV / name).read_text(encoding="utf-8").split("\n", 1)[1]


def free_counts(text: str, strings) -> Counter:
    """How often each string occurs outside the occurrences of longer ones (mentions do not nest)."""
    return Counter({s: len(starts) for s, starts in free_spans(text, strings).items()})


def all_events():
    return [(name, ev) for name, entry in GOLD.items() for ev in entry["events"]]


def test_forty_articles_each_with_one_gold_entry():
    assert len(FILES) == 40
    assert set(GOLD) == set(FILES)
    numbers = sorted(int(FILE_NAME.fullmatch(f).group(1)) for f in FILES)
    assert numbers == list(range(1, 41))


@pytest.mark.parametrize("name", FILES)
def test_article_layout_and_header(name):
    raw = (DEV / name).read_text(encoding="utf-8")
    lines = raw.split("\n")
    m = DATE_LINE.fullmatch(lines[0])
    assert m, lines[0]
    entry = GOLD[name]
    assert entry["doc_date"] == m.group(1) and well_formed(entry["doc_date"])
    assert lines[1] == entry["title"] and lines[1].strip() and lines[2] == ""
    assert entry["outlet"] in OUTLETS
    words = len(text_of(name).split())
    assert 120 <= words <= 350, words
    letters = {c for c in raw if c.isalpha()}
    assert letters <= LETTERS, sorted(letters - LETTERS)


@pytest.mark.parametrize("name", FILES)
def test_entities_and_mentions(name):
    text = text_of(name)
    entities = GOLD[name]["entities"]
    canon = [e["canonical"] for e in entities]
    assert len(canon) == len(set(canon))
    listed: Counter[str] = Counter()
    for e in entities:
        assert e["type"] in ENTITY_TYPES
        assert e["mentions"], e["canonical"]
        if "affiliation" in e:
            assert e["affiliation"] in canon, e
        if "role" in e:
            assert e["role"] == "Prezident" or e["role"] == e["role"].lower(), e["role"]
        for m in e["mentions"]:
            assert m == m.strip() and "\n" not in m
            listed[m] += 1
    found = free_counts(text, listed)
    for m, n in listed.items():
        assert found[m] >= n, (m, n, found[m])


@pytest.mark.parametrize("name", FILES)
def test_events_point_at_entities_and_text(name):
    entry = GOLD[name]
    text = text_of(name)
    types = {e["canonical"]: e["type"] for e in entry["entities"]}
    for ev in entry["events"]:
        assert ev["type"] in EVENT_TYPES and ev["status"] in STATUSES
        assert ev["participants"] and len(set(ev["participants"])) == len(ev["participants"])
        for p in ev["participants"]:
            assert types.get(p) in {"PER", "ORG"}, p
        if "host" in ev:
            assert ev["host"] in ev["participants"]
        for key in ("location", "place"):
            if ev.get(key) is not None:
                assert ev[key] in types, ev[key]
        if ev["type"] == "CALL":
            assert ev["location"] is None
        assert well_formed(ev["date"]), ev["date"]
        assert ev["evidence"] in text, ev["evidence"]
        assert ev["evidence"][-1] in ".!?" and ev["evidence"][0].isupper()
        if "date_text" in ev:
            assert ev["date_text"] in text
        assert isinstance(ev["topics"], list) and all(isinstance(t, str) and t for t in ev["topics"])


def test_relative_days_resolve_against_the_document_date():
    checked = 0
    for name, ev in all_events():
        shift = RELATIVE_DAYS.get(ev.get("date_text"))
        doc = GOLD[name]["doc_date"]
        if shift is None or len(doc) != 10:
            continue
        want = dt.date.fromisoformat(doc) + dt.timedelta(days=shift)
        assert ev["date"] == want.isoformat(), (name, ev["evidence"])
        checked += 1
    assert checked >= 10


def test_same_as_and_duplicate_links():
    pairs = set()
    for name, ev in all_events():
        other = ev.get("same_as")
        if other is None:
            continue
        assert other in GOLD and other != name
        match = [o for o in GOLD[other]["events"]
                 if o["type"] == ev["type"] and set(o["participants"]) == set(ev["participants"])]
        assert match, (name, ev["evidence"])
        if ev["type"] != "VISIT":
            assert any(compatible(o["date"], ev["date"]) for o in match), (name, ev["date"])
        pairs.add(frozenset((name, other)))
    dups = {name: e["duplicate_of"] for name, e in GOLD.items() if "duplicate_of" in e}
    assert len(dups) >= 1
    for name, original in dups.items():
        assert original in GOLD and original != name
        ratio = difflib.SequenceMatcher(None, text_of(name), text_of(original)).ratio()
        assert ratio > 0.9, ratio
        assert len(GOLD[name]["events"]) == len(GOLD[original]["events"])
        assert all(ev.get("same_as") == original for ev in GOLD[name]["events"])
    assert len(pairs - {frozenset(p) for p in dups.items()}) >= 3


def test_the_set_has_the_variety_it_was_written_for():
    events = [ev for _, ev in all_events()]
    types = Counter(ev["type"] for ev in events)
    statuses = Counter(ev["status"] for ev in events)
    per_article = [len(e["events"]) for e in GOLD.values()]
    assert sum(1 for n in per_article if n == 0) >= 4
    assert sum(1 for n in per_article if n >= 2) >= 10
    assert statuses["planned"] >= 4 and statuses["negated"] >= 3
    assert types["CALL"] >= 3 and types["SIGN"] >= 4 and types["ATTEND"] >= 3
    assert types["MEET"] >= 1 and types["VISIT"] >= 1
    assert sum(1 for ev in events if ev["date"] is None) >= 1
    assert sum(1 for e in GOLD.values() if len(e["doc_date"]) == 7) >= 1
