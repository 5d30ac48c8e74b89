"""The fourth dev set bench/data/news_dev_d: files and gold agree, the set has the variety it was
written for, and its wording stays apart from the other dev sets (see bench/data/news_dev_d/README.md).
These tests read only the files and the gold; they never run the extractor on the set."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"
TEST = DATA / "news_dev_d"
GOLD = json.loads((TEST / "gold.json").read_text(encoding="utf-8"))
FILES = sorted(p.name for p in TEST.glob("*.txt"))

ENTITY_TYPES = {"PER", "ORG", "LOC"}
EVENT_TYPES = {"MEET", "VISIT", "ATTEND", "SIGN", "CALL"}
STATUSES = {"happened", "planned", "negated"}
OUTLETS = {"AZERTAC", "APA", "report.az", "trend.az", "metbuat.az", "oxu.az", "qafqazinfo.az", None}
DATE_LINE = re.compile(r"date (\d{4}-\d{2}(?:-\d{2})?)")
FILE_NAME = re.compile(r"(\d{2,3})_[a-z0-9_]+\.txt")
# the Azerbaijani Latin alphabet (no w), plus Turkish ı/İ that it shares
LETTERS = set("abcçdeəfgğhxıijkqlmnoöprsştuüvyz") | set("ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ")
RELATIVE_DAYS = {"bu gün": 0, "Bu gün": 0, "dünən": -1, "Dünən": -1, "sabah": 1}
# weekday names, longest first so "bazar ertəsi" is not read as "bazar"; plain-typed forms included
WEEKDAYS = [("bazar ertəsi", 0), ("çərşənbə axşamı", 1), ("cümə axşamı", 3), ("çərşənbə", 2),
            ("cümə", 4), ("şənbə", 5), ("bazar", 6)]


def text_of(name: str) -> str:
    """Headline and body: everything after the date line, or the whole file when it has none."""
    raw = (TEST / name).read_text(encoding="utf-8")
    first, rest = raw.split("\n", 1)
    return rest if DATE_LINE.fullmatch(first) else raw


def spans_of(text: str, s: str) -> list[tuple[int, int]]:
    """Occurrences of ``s`` not glued to a letter, digit or hyphen on either side."""
    pat = r"(?<![\w-])" + re.escape(s) + r"(?![\w-])"
    return [m.span() for m in re.finditer(pat, text)]


def free_spans(text: str, strings) -> dict[str, list[int]]:
    """Start offsets of each string outside the occurrences of longer ones (mentions do not nest:
    "Qafarova" inside "Sahibə Qafarova" is not a second mention)."""
    taken: list[tuple[int, int]] = []
    found: dict[str, list[int]] = {}
    for s in sorted(set(strings), key=len, reverse=True):
        for a, b in spans_of(text, s):
            if all(b <= x or a >= y for x, y in taken):
                taken.append((a, b))
                found.setdefault(s, []).append(a)
    return found


def well_formed(date: str | None) -> bool:
    if date is None:
        return True
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            dt.date.fromisoformat(date)
        elif re.fullmatch(r"\d{4}-\d{2}", date):
            dt.date.fromisoformat(date + "-01")
        elif re.fullmatch(r"--\d{2}-\d{2}", date):
            dt.date.fromisoformat("2024" + date[1:])  # a leap year accepts 02-29
        else:
            return False
    except ValueError:
        return False
    return True


def compatible(a: str | None, b: str | None) -> bool:
    """Same date, or one a coarser form of the other (2025-04 and 2025-04-17)."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def all_events():
    return [(name, ev) for name, entry in GOLD.items() for ev in entry["events"]]


def five_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}


def test_sixteen_articles_each_with_one_gold_entry():
    assert len(FILES) == 16
    assert set(GOLD) == set(FILES)
    numbers = sorted(int(FILE_NAME.fullmatch(f).group(1)) for f in FILES)
    assert numbers == list(range(85, 101))


@pytest.mark.parametrize("name", FILES)
def test_article_layout_and_header(name):
    raw = (TEST / name).read_text(encoding="utf-8")
    lines = raw.split("\n")
    entry = GOLD[name]
    m = DATE_LINE.fullmatch(lines[0])
    if m:
        assert entry["doc_date"] == m.group(1) and well_formed(entry["doc_date"])
        lines = lines[1:]
    else:
        assert entry["doc_date"] is None and not lines[0].startswith("date")
    assert lines[0] == entry["title"] and lines[0].strip() and lines[1] == ""
    assert entry["outlet"] in OUTLETS
    words = len(text_of(name).split())
    assert 120 <= words <= 300, words
    letters = {c for c in raw if c.isalpha()}
    assert letters <= LETTERS, sorted(letters - LETTERS)


@pytest.mark.parametrize("name", FILES)
def test_entities_and_mentions_in_text_order(name):
    text = text_of(name)
    entities = GOLD[name]["entities"]
    canon = [e["canonical"] for e in entities]
    assert len(canon) == len(set(canon))
    listed: Counter[str] = Counter()
    owners: dict[str, set[str]] = {}
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
            owners.setdefault(m, set()).add(e["canonical"])
    found = free_spans(text, listed)
    for m, n in listed.items():
        assert len(found.get(m, [])) == n, (m, n, len(found.get(m, [])))
    for e in entities:  # an entity's mentions, read off left to right, come in text order
        seen: Counter[str] = Counter()
        last = -1
        for m in e["mentions"]:
            if len(owners[m]) > 1:
                continue
            start = found[m][seen[m]]
            seen[m] += 1
            assert start > last, (e["canonical"], m)
            last = start


@pytest.mark.parametrize("name", FILES)
def test_events_point_at_entities_and_text(name):
    entry = GOLD[name]
    text = text_of(name)
    types = {e["canonical"]: e["type"] for e in entry["entities"]}
    topics: list[str] = []
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
        if ev["date"] and ev["date"].startswith("--"):
            assert entry["doc_date"] is None  # the year is unknown only without a document date
        assert ev["evidence"] in text, ev["evidence"]
        first = ev["evidence"][0]
        assert ev["evidence"][-1] in ".!?" and first.isupper()
        if "date_text" in ev:
            assert ev["date_text"] in text
        assert isinstance(ev["topics"], list) and all(isinstance(t, str) and t for t in ev["topics"])
        topics += [t for t in ev["topics"] if t not in topics]
    if entry["events"]:
        assert entry["topics"] == topics
    else:
        assert entry["topics"]


def test_relative_days_resolve_against_the_document_date():
    checked = 0
    for name, ev in all_events():
        shift = RELATIVE_DAYS.get(ev.get("date_text"))
        doc = GOLD[name]["doc_date"]
        if shift is None or doc is None or len(doc) != 10:
            continue
        want = dt.date.fromisoformat(doc) + dt.timedelta(days=shift)
        assert ev["date"] == want.isoformat(), (name, ev["evidence"])
        checked += 1
    assert checked >= 10


def test_weekday_names_resolve_to_that_weekday_within_a_week():
    checked = 0
    for name, ev in all_events():
        said = (ev.get("date_text") or "").lower().replace("gunu", "günü")
        day = next((n for w, n in WEEKDAYS if w in said), None)
        if day is None:
            continue
        when = dt.date.fromisoformat(ev["date"])
        doc = dt.date.fromisoformat(GOLD[name]["doc_date"])
        assert when.weekday() == day, (name, ev["date_text"], ev["date"])
        assert 0 < abs((when - doc).days) <= 7, (name, ev["date"])
        checked += 1
    assert checked >= 8


def test_no_links_inside_the_set():
    """news_dev_d reports sixteen separate stories: no same_as and no reprint."""
    assert not any("same_as" in ev for _, ev in all_events())
    assert not any("duplicate_of" in e for e in GOLD.values())


def test_the_set_has_the_variety_it_was_written_for():
    events = [ev for _, ev in all_events()]
    types = Counter(ev["type"] for ev in events)
    statuses = Counter(ev["status"] for ev in events)
    per_article = [len(e["events"]) for e in GOLD.values()]
    assert sum(1 for n in per_article if n == 0) == 3
    assert all(n == 0 or 3 <= n <= 5 for n in per_article)
    assert statuses["planned"] >= 10 and statuses["negated"] >= 6
    assert types["CALL"] >= 3 and types["SIGN"] >= 5 and types["ATTEND"] >= 4
    assert types["MEET"] >= 10 and types["VISIT"] >= 10
    assert sum(1 for ev in events if ev["date"] is None) >= 3
    assert sum(1 for ev in events if ev["date"] and len(ev["date"]) == 7) >= 8  # months from spans
    assert sum(1 for ev in events if "host" in ev) >= 4
    assert sum(1 for ev in events if "place" in ev) >= 2
    bodies = 0
    for name, ev in all_events():
        types_of = {x["canonical"]: x["type"] for x in GOLD[name]["entities"]}
        bodies += all(types_of[p] == "ORG" for p in ev["participants"])
    assert bodies >= 2  # bodies acting (a signing by two bodies, unnamed signatories)
    evidences = Counter(ev["evidence"] for ev in events)
    assert max(evidences.values()) >= 3  # several events stated in one sentence
    assert all(e["doc_date"] is not None and len(e["doc_date"]) == 10 for e in GOLD.values())
    outlets = Counter(e["outlet"] for e in GOLD.values())
    assert len(outlets) >= 7
    entities = [x for e in GOLD.values() for x in e["entities"]]
    surnames = [m for x in entities if x["type"] == "PER" and " " in x["canonical"] for m in x["mentions"]
                if " " not in m and m.startswith(x["canonical"].split()[-1])]
    assert len(surnames) >= 2  # surnames alone, with and without a case ending (Yakşiç, Valterlə)


def test_wording_stays_apart_from_the_dev_sets():
    dev_grams: set[tuple[str, ...]] = set()
    for folder in ("news_dev", "news_dev_b", "news_dev_c"):  # news_test is blind: not read here
        for p in (DATA / folder).glob("*.txt"):
            dev_grams |= five_grams(p.read_text(encoding="utf-8"))
    if not dev_grams:
        pytest.skip("no dev set to compare with")
    for name in FILES:
        grams = five_grams(text_of(name))
        shared = len(grams & dev_grams) / len(grams)
        assert shared < 0.15, (name, round(shared, 3))
