"""The checks that a bench data set's article files and its gold.json agree, written once for every
set that has a tests/test_news_*_gold.py: layout and header, word counts, alphabet, mentions in text
order without nesting, events pointing at entities and verbatim evidence, relative days and weekday
names resolved against the date line, same_as and reprint links, the variety the set was written
for, and wording kept apart from other sets. These checks read only the files and the gold; they
never run the extractor.

A set's test file describes the set and puts the checks into its own namespace, so pytest shows
one test per check (one per article for the per-article checks) under that file::

    import pytest
    pytest.register_assert_rewrite("gold_checks")  # keep pytest's detailed assertion messages
    from gold_checks import GoldSet, define_checks

    define_checks(globals(), GoldSet(folder="news_dev_x", numbers=range(1, 21), ...))
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"

ENTITY_TYPES = {"PER", "ORG", "LOC"}
EVENT_TYPES = {"MEET", "VISIT", "ATTEND", "SIGN", "CALL"}
STATUSES = {"happened", "planned", "negated"}
OUTLETS = {"AZERTAC", "APA", "report.az", "trend.az", "metbuat.az", "oxu.az", "qafqazinfo.az", None}
DATE_LINE = re.compile(r"date (\d{4}-\d{2}(?:-\d{2})?)")
FILE_NAME = re.compile(r"(\d{2,3})_[a-z0-9_]+\.txt")
# the Azerbaijani Latin alphabet (no w), plus Turkish ı/İ that it shares
LETTERS = set("abcçdeəfgğhxıijkqlmnoöprsştuüvyz") | set("ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ")
RELATIVE_DAYS = {"bu gün": 0, "Bu gün": 0, "dünən": -1, "Dünən": -1, "sabah": 1, "Sabah": 1,
                 "srağagün": -2, "Srağagün": -2, "iki gün əvvəl": -2}
# weekday names, longest first so "bazar ertəsi" is not read as "bazar"; plain-typed forms included
WEEKDAYS = [("bazar ertəsi", 0), ("çərşənbə axşamı", 1), ("cümə axşamı", 3), ("çərşənbə", 2),
            ("cümə", 4), ("şənbə", 5), ("bazar", 6)]
PLAIN_LETTERS = str.maketrans("əışçğöüİƏ", "eiscgouIE")


@dataclass(frozen=True)
class Links:
    """Articles of the set that report the same events: same_as links, and reprints (entries with
    duplicate_of, whose events all have same_as their original)."""

    other_pairs: int  # at least this many article pairs linked by same_as besides the reprints
    reprints: int = 1  # exactly this many
    changed_lines: int | None = None  # with reprints: body lines (paragraphs) in one text but not the other

    def __post_init__(self):
        assert not self.reprints or self.changed_lines is not None, "say how many lines a reprint changes"


@dataclass(frozen=True)
class GoldSet:
    """What one set was written to be. ``variety`` maps a name of VARIETY to the least count the
    set must reach, or to a (least, most) pair."""

    folder: str  # under bench/data
    numbers: range  # the articles' numbers, one file each
    words: tuple[int, int]  # least and most words of headline and body
    relative_days: int  # at least this many events dated by bu gün / dünən / sabah
    weekdays: int  # at least this many events dated by a weekday name
    variety: dict[str, int | tuple[int, int]]
    distant_from: tuple[str, ...]  # other sets (folders) whose wording this one stays apart from
    links: Links | None = None  # None: no same_as and no reprint inside the set
    events_when_any: tuple[int, int] | None = None  # an article has no events or this many
    evidence_may_open_with_digit: bool = False  # "2025-ci il ..." opens an evidence sentence
    max_shared_five_grams: float = 0.15  # share of an article's 5-grams found in distant_from

    def __post_init__(self):
        unknown = set(self.variety) - set(VARIETY)
        assert not unknown, f"no such variety measure: {sorted(unknown)}; known: {sorted(VARIETY)}"


class Gold:
    """A set's files and gold.json as read from disk."""

    def __init__(self, folder: str):
        self.path = DATA / folder
        self.entries: dict = json.loads((self.path / "gold.json").read_text(encoding="utf-8"))
        self.files = sorted(p.name for p in self.path.glob("*.txt"))

    def raw(self, name: str) -> str:
        return (self.path / name).read_text(encoding="utf-8")

    def text_of(self, name: str) -> str:
        """Headline and body: everything after the date line, or the whole file when it has none."""
        raw = self.raw(name)
        first, rest = raw.split("\n", 1)
        return rest if DATE_LINE.fullmatch(first) else raw

    def events(self):
        return [(name, ev) for name, entry in self.entries.items() for ev in entry["events"]]

    def entities(self):
        return [x for e in self.entries.values() for x in e["entities"]]


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


def five_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}


def _bodies_alone(g: Gold) -> int:
    """Events whose participants are all organisations (a signing by two bodies)."""
    n = 0
    for name, ev in g.events():
        types = {x["canonical"]: x["type"] for x in g.entries[name]["entities"]}
        n += all(types.get(p) == "ORG" for p in ev["participants"])
    return n


def _count(items) -> int:
    return sum(1 for x in items if x)


# What a set's ``variety`` can ask for: each measure counts something in the whole set.
VARIETY: dict[str, Callable[[Gold], int]] = {
    "articles without events": lambda g: _count(not e["events"] for e in g.entries.values()),
    "articles with two or more events": lambda g: _count(len(e["events"]) >= 2 for e in g.entries.values()),
    **{f"{s} events": (lambda g, s=s: _count(ev["status"] == s for _, ev in g.events())) for s in STATUSES},
    **{f"{t} events": (lambda g, t=t: _count(ev["type"] == t for _, ev in g.events())) for t in EVENT_TYPES},
    "events without a date": lambda g: _count(ev["date"] is None for _, ev in g.events()),
    "events dated to the month": lambda g: _count(ev["date"] and len(ev["date"]) == 7 for _, ev in g.events()),
    "events with a host": lambda g: _count("host" in ev for _, ev in g.events()),
    "events with a place": lambda g: _count("place" in ev for _, ev in g.events()),
    "events by bodies alone": _bodies_alone,
    "most events stated in one sentence":
        lambda g: max(Counter(ev["evidence"] for _, ev in g.events()).values(), default=0),
    "documents dated to the month":
        lambda g: _count(e["doc_date"] is not None and len(e["doc_date"]) == 7 for e in g.entries.values()),
    "documents without a date": lambda g: _count(e["doc_date"] is None for e in g.entries.values()),
    "documents not dated to the day":
        lambda g: _count(e["doc_date"] is None or len(e["doc_date"]) != 10 for e in g.entries.values()),
    "outlets (no outlet counts as one)": lambda g: len({e["outlet"] for e in g.entries.values()}),
    # a surname, a case form's stem: the canonical name cut short
    "mentions cut short of the canonical name": lambda g: _count(
        m != x["canonical"] and x["canonical"].startswith(m) for x in g.entities() for m in x["mentions"]),
    # typed without Azerbaijani letters while the canonical keeps them spelt correctly
    "mentions typed without Azerbaijani letters": lambda g: _count(
        any(c in x["canonical"] for c in "əışçğöü") and m == x["canonical"].translate(PLAIN_LETTERS)
        for x in g.entities() for m in x["mentions"]),
    # a person's surname alone, with or without a case ending (Yakşiç, Valterlə)
    "surnames alone": lambda g: _count(
        " " not in m and m.startswith(x["canonical"].split()[-1])
        for x in g.entities() if x["type"] == "PER" and " " in x["canonical"] for m in x["mentions"]),
}


def define_checks(namespace: dict, spec: GoldSet) -> Gold:
    """Put the test functions that check ``spec``'s set into ``namespace`` (a test module's
    globals()) and return the set as read, for any checks of the module's own."""
    g = Gold(spec.folder)
    per_article = pytest.mark.parametrize("name", g.files)

    def test_articles_each_with_one_gold_entry():
        want = list(spec.numbers)
        assert len(g.files) == len(want)
        assert set(g.entries) == set(g.files)
        found = [FILE_NAME.fullmatch(f) for f in g.files]
        assert all(found), [f for f, m in zip(g.files, found) if not m]
        assert all(m.group(1) == f"{int(m.group(1)):02d}" for m in found), g.files  # 07, not 007
        assert sorted(int(m.group(1)) for m in found) == want

    @per_article
    def test_article_layout_and_header(name):
        raw = g.raw(name)
        lines = raw.split("\n")
        entry = g.entries[name]
        m = DATE_LINE.fullmatch(lines[0])
        if m:
            assert entry["doc_date"] == m.group(1) and well_formed(entry["doc_date"])
            lines = lines[1:]
        else:
            assert entry["doc_date"] is None and not lines[0].startswith("date")
        assert lines[0] == entry["title"] and lines[0].strip() and lines[1] == ""
        assert entry["outlet"] in OUTLETS
        words = len(g.text_of(name).split())
        least, most = spec.words
        assert least <= words <= most, words
        letters = {c for c in raw if c.isalpha()}
        assert letters <= LETTERS, sorted(letters - LETTERS)

    @per_article
    def test_entities_and_mentions_in_text_order(name):
        text = g.text_of(name)
        entities = g.entries[name]["entities"]
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

    @per_article
    def test_events_point_at_entities_and_text(name):
        entry = g.entries[name]
        text = g.text_of(name)
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
            opens = first.isupper() or (spec.evidence_may_open_with_digit and first.isdigit())
            assert ev["evidence"][-1] in ".!?" and opens, ev["evidence"]
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
        for name, ev in g.events():
            shift = RELATIVE_DAYS.get(ev.get("date_text"))
            doc = g.entries[name]["doc_date"]
            if shift is None or doc is None or len(doc) != 10:
                continue
            want = dt.date.fromisoformat(doc) + dt.timedelta(days=shift)
            assert ev["date"] == want.isoformat(), (name, ev["evidence"])
            checked += 1
        assert checked >= spec.relative_days

    def test_weekday_names_resolve_to_that_weekday_within_a_week():
        checked = 0
        for name, ev in g.events():
            said = (ev.get("date_text") or "").lower().replace("gunu", "günü")
            day = next((n for w, n in WEEKDAYS if w in said), None)
            if day is None:
                continue
            when = dt.date.fromisoformat(ev["date"])
            doc = dt.date.fromisoformat(g.entries[name]["doc_date"])
            assert when.weekday() == day, (name, ev["date_text"], ev["date"])
            assert 0 < abs((when - doc).days) <= 7, (name, ev["date"])
            checked += 1
        assert checked >= spec.weekdays

    def test_same_as_and_duplicate_links():
        pairs = set()
        for name, ev in g.events():
            other = ev.get("same_as")
            if other is None:
                continue
            assert other in g.entries and other != name
            match = [o for o in g.entries[other]["events"]
                     if o["type"] == ev["type"] and set(o["participants"]) == set(ev["participants"])]
            assert match, (name, ev["evidence"])
            if ev["type"] != "VISIT":
                assert any(compatible(o["date"], ev["date"]) for o in match), (name, ev["date"])
            pairs.add(frozenset((name, other)))
        dups = {name: e["duplicate_of"] for name, e in g.entries.items() if "duplicate_of" in e}
        assert len(dups) == spec.links.reprints, dups
        for name, original in dups.items():
            assert original in g.entries and original != name
            assert g.entries[name]["title"] != g.entries[original]["title"]
            assert g.entries[name]["outlet"] != g.entries[original]["outlet"]
            ratio = difflib.SequenceMatcher(None, g.text_of(name), g.text_of(original)).ratio()
            assert ratio > 0.9, ratio
            changed = set(g.text_of(name).split("\n")[2:]) ^ set(g.text_of(original).split("\n")[2:])
            assert len(changed) == spec.links.changed_lines, sorted(changed)
            assert len(g.entries[name]["events"]) == len(g.entries[original]["events"])
            assert all(ev.get("same_as") == original for ev in g.entries[name]["events"])
        assert len(pairs - {frozenset(p) for p in dups.items()}) >= spec.links.other_pairs

    def test_no_links_inside_the_set():
        """The set reports separate stories: no same_as and no reprint."""
        assert not [(name, ev["evidence"]) for name, ev in g.events() if "same_as" in ev]
        assert not [name for name, e in g.entries.items() if "duplicate_of" in e]

    def test_the_set_has_the_variety_it_was_written_for():
        misses = []
        for measure, want in spec.variety.items():
            least, most = want if isinstance(want, tuple) else (want, None)
            got = VARIETY[measure](g)
            if got < least or (most is not None and got > most):
                wanted = f"at least {least}" if most is None else f"{least}..{most}"
                misses.append(f"{measure}: {got}, wanted {wanted}")
        if spec.events_when_any:
            least, most = spec.events_when_any
            off = {n: len(e["events"]) for n, e in g.entries.items()
                   if e["events"] and not least <= len(e["events"]) <= most}
            if off:
                misses.append(f"articles with events but not {least}..{most} of them: {off}")
        assert not misses, "\n".join(misses)

    def test_wording_stays_apart_from_the_dev_sets():
        other_grams: set[tuple[str, ...]] = set()
        for folder in spec.distant_from:
            for p in (DATA / folder).glob("*.txt"):
                other_grams |= five_grams(p.read_text(encoding="utf-8"))
        if not other_grams:
            pytest.skip("no dev set to compare with")
        for name in g.files:
            grams = five_grams(g.text_of(name))
            shared = len(grams & other_grams) / len(grams)
            assert shared < spec.max_shared_five_grams, (name, round(shared, 3))

    tests = [test_articles_each_with_one_gold_entry, test_article_layout_and_header,
             test_entities_and_mentions_in_text_order, test_events_point_at_entities_and_text,
             test_relative_days_resolve_against_the_document_date,
             test_weekday_names_resolve_to_that_weekday_within_a_week,
             test_same_as_and_duplicate_links if spec.links else test_no_links_inside_the_set,
             test_the_set_has_the_variety_it_was_written_for, test_wording_stays_apart_from_the_dev_sets]
    for fn in tests:
        assert fn.__name__ not in namespace, f"{fn.__name__} is already defined in the test module"
        namespace[fn.__name__] = fn
    return g
