"""Search with bounded work on broad queries (salname.archive.search, salname.archive.ftsterms): the terms
of a prefix read off the index, BM25 computed as FTS5 computes it, counting that stops at a cap, and the
ranking of a bounded set of candidates when a query matches many documents. No test here times anything."""

from __future__ import annotations

import random
import sqlite3
import warnings

import pytest

from salname.archive import Archive, ftsterms
from salname.archive import search as S
from salname.archive.schema import FTS_TABLE
from salname.document import Document, Mention

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

WORDS = ("Bakıda görüş keçirilib parlament iclası Qafarova Qazaxıstan Senatının nümayəndə heyəti enerji "
         "memorandumu imzalanıb şahmat turniri Novruz bayramı hava küləkli görüşüb görüşdə Bakı Bakının "
         "iclasında iclasları deputatlar müzakirə ediblər").split()


def _doc(i: int, title: str, body: str, outlet: str = "a.az", date: str | None = "2024-05-01",
         mentions: list[Mention] | None = None) -> Document:
    d = Document(raw=f"{body} Nömrə {i:05d}.", source=f"{i}.txt", title=title, outlet=outlet, date=date)
    d.clean = d.raw
    if mentions:
        d.mentions = mentions
    return d


def _corpus(n: int = 60, seed: int = 3) -> list[Document]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40))) + "."
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5)))
        out.append(_doc(i, title, body, outlet=rng.choice(["a.az", "b.az"]), date=f"202{rng.randint(3, 5)}-0{rng.randint(1, 9)}"))
    return out


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "a.sqlite"
    docs = _corpus()
    with Archive.open(path) as arc:
        for k in range(0, len(docs), 7):  # several batches: several index segments
            arc.add_batch(docs[k:k + 7], [])
    with Archive.open(path, readonly=True) as arc:
        yield arc


@pytest.fixture
def unbounded(monkeypatch):
    """Every match counted and ranked."""
    monkeypatch.setattr(S, "COUNT_CAP", 10**9)
    monkeypatch.setattr(S, "RANK_ALL", 10**9)


def _fts5_ranking(conn: sqlite3.Connection, query: str) -> list[tuple[int, float]]:
    """FTS5's own answer: every match ranked by bm25() with the archive's weights."""
    return conn.execute(
        f"SELECT rowid, bm25({FTS_TABLE}, {S.TITLE_WEIGHT}, {S.BODY_WEIGHT}) AS s FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH ? ORDER BY s, rowid", (S.build_match(query),)).fetchall()


def _ns(conn: sqlite3.Connection, page) -> list[int]:
    found = dict(conn.execute(f"SELECT id, n FROM documents WHERE id IN ({','.join('?' * len(page.hits))})",
                              [h.id for h in page.hits]).fetchall())
    return [found[h.id] for h in page.hits]


QUERIES = ["bakı", "Bakıda görüş", "iclas", "qazaxistan senati", "görüş", "parlament iclası", "enerji memorandum",
           "nomre", "kuləkli hava", "yoxdur", "deputatlar müzakirə"]


def test_prefix_terms_are_the_index_terms(archive):
    conn = archive.connection
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab('main', '{FTS_TABLE}', 'row')")
    vocab = sorted(r[0] for r in conn.execute("SELECT term FROM temp.vocab"))
    assert len(ftsterms.segments(conn, FTS_TABLE)) > 1
    assert ftsterms.prefix_terms(conn, FTS_TABLE, "", max_terms=10**6) == vocab
    for prefix in sorted({t[:k] for t in vocab for k in (1, 2, 3, 5)} | {"zzz", "gorus", "bakida"}):
        assert ftsterms.prefix_terms(conn, FTS_TABLE, prefix, max_terms=10**6) == [t for t in vocab if t.startswith(prefix)]
    assert ftsterms.prefix_terms(conn, FTS_TABLE, "", max_terms=3) is None  # too many: the prefix query is used


def test_prefix_terms_after_a_merge_and_deletes(tmp_path):
    path = tmp_path / "m.sqlite"
    docs = _corpus(30, seed=5)
    with Archive.open(path) as arc:
        for k in range(0, 30, 5):
            arc.add_batch(docs[k:k + 5], [])
        arc.connection.execute("DELETE FROM documents WHERE n % 3 = 0")
        arc.optimize_index()
        conn = arc.connection
        conn.execute(f"CREATE VIRTUAL TABLE temp.vocab USING fts5vocab('main', '{FTS_TABLE}', 'row')")
        vocab = sorted(r[0] for r in conn.execute("SELECT term FROM temp.vocab"))
        assert ftsterms.prefix_terms(conn, FTS_TABLE, "", max_terms=10**6) == vocab


def test_a_page_that_is_not_a_leaf_is_refused():
    with pytest.raises(ValueError):
        ftsterms.page_terms(b"\x00\x00\xff\xff")


@pytest.mark.parametrize("query", QUERIES)
def test_scores_are_fts5s_bm25(archive, unbounded, query):
    """Counted and ranked in full, the page is FTS5's: the same documents in the same order, the same
    scores to the last bit."""
    conn = archive.connection
    full = _fts5_ranking(conn, query)
    page = archive.search(query, limit=len(full) + 1)
    assert page.total == len(full) and not page.total_is_lower_bound and page.ranked is None
    assert _ns(conn, page) == [n for n, _ in full]
    assert [-h.score for h in page.hits] == [s for _, s in full]


def test_count_stops_at_the_cap(archive, monkeypatch):
    full = len(_fts5_ranking(archive.connection, "bakı"))
    assert full > 10
    monkeypatch.setattr(S, "COUNT_CAP", 10)
    page = archive.search("bakı", limit=5)
    assert (page.total, page.total_is_lower_bound) == (10, True)  # more than 10 match
    monkeypatch.setattr(S, "COUNT_CAP", full)
    page = archive.search("bakı", limit=5)
    assert (page.total, page.total_is_lower_bound) == (full, False)  # exactly the cap: exact
    monkeypatch.setattr(S, "COUNT_CAP", 10)
    deep = archive.search("bakı", limit=5, offset=20)  # a page past the cap is still served
    assert deep.total > 20 and len(deep.hits) == 5


def test_bounded_ranking_keeps_the_top(tmp_path, monkeypatch):
    """A word in the title weighs five times: the documents holding every word in the title lead the full
    ranking, and the bounded one (those documents and the newest few) finds the same top, same scores."""
    docs = [_doc(i, "Xəbərlər", f"Bakıda görüş keçirilib. {'Hava küləkli olub. ' * (i % 4)}") for i in range(40)]
    docs += [_doc(100 + i, f"Bakıda mühüm görüş {i}", "Görüş Bakıda keçirilib.") for i in range(3)]
    docs += [_doc(200 + i, "Son xəbərlər", f"Bakıda görüş {'bir daha ' * i}") for i in range(10)]  # the newest
    path = tmp_path / "t.sqlite"
    with Archive.open(path) as arc:
        arc.add_batch(docs, [])
    with Archive.open(path, readonly=True) as arc:
        full = arc.search("Bakıda görüş", limit=10)
        assert full.ranked is None and full.total == 53
        monkeypatch.setattr(S, "RANK_ALL", 5)
        monkeypatch.setattr(S, "NEWEST_POOL", 4)
        bounded = arc.search("Bakıda görüş", limit=3)
        assert bounded.ranked == 3 + 4 and bounded.total == 53 and not bounded.total_is_lower_bound
        assert [(h.id, h.score) for h in bounded.hits] == [(h.id, h.score) for h in full.hits[:3]]
        assert {h.title for h in bounded.hits} == {f"Bakıda mühüm görüş {i}" for i in range(3)}
        # the last page: as deep as there are matches, so every match is ranked, as in the full ranking
        monkeypatch.setattr(S, "RANK_ALL", 10**9)
        everything = arc.search("Bakıda görüş", limit=60)
        monkeypatch.setattr(S, "RANK_ALL", 5)
        assert [h.id for h in arc.search("Bakıda görüş", limit=4, offset=50).hits] == [
            h.id for h in everything.hits[50:]]
        # a page deeper than the pools (but not the last): they grow to its depth
        assert arc.search("Bakıda görüş", limit=4, offset=20).ranked >= 24


def test_filters_and_entities_are_in_the_query(tmp_path):
    text = "Sahibə Qafarova Bakıda görüş keçirib."
    m = [Mention("Sahibə Qafarova", 0, 15, "PER", "Sahibə Qafarova")]
    docs = [_doc(1, "Görüş", text, "a.az", "2024-03-01", m), _doc(2, "Görüş", text, "b.az", "2025-01-02"),
            _doc(3, "Görüş", text, "a.az", None)]
    path = tmp_path / "f.sqlite"
    with Archive.open(path) as arc:
        arc.add_batch(docs, [])
        eid = arc.connection.execute("SELECT id FROM entities WHERE canonical = 'Sahibə Qafarova'").fetchone()[0]
    with Archive.open(path, readonly=True) as arc:
        assert arc.search("görüş").total == 3
        assert sorted(h.source for h in arc.search("görüş", outlet="a.az").hits) == ["1.txt", "3.txt"]
        assert [h.source for h in arc.search("görüş", date_from="2025").hits] == ["2.txt"]
        assert [h.source for h in arc.search("görüş", entity_ids=[eid]).hits] == ["1.txt"]
        assert arc.search("görüş", entity_ids=[eid + 1000]).total == 0


def test_api_and_page_say_when_the_count_stopped(tmp_path, monkeypatch):
    from salname.web.app import create_app

    path = tmp_path / "w.sqlite"
    with Archive.open(path) as arc:
        arc.add_batch(_corpus(30, seed=9), [])
    monkeypatch.setenv("SALNAME_WEB_CACHE", "0")
    with TestClient(create_app(path)) as c:
        body = c.get("/api/search", params={"q": "nomre"}).json()
        assert (body["total"], body["total_is_lower_bound"], body["ranked"]) == (30, False, None)
        monkeypatch.setattr(S, "COUNT_CAP", 12)
        monkeypatch.setattr(S, "RANK_ALL", 5)
        body = c.get("/api/search", params={"q": "nomre", "per_page": 5}).json()
        assert (body["total"], body["total_is_lower_bound"]) == (12, True) and body["ranked"] >= 5
        assert len(body["results"]) == 5
        monkeypatch.setattr(S, "COUNT_CAP", 25)  # the page shows 20
        html = c.get("/", params={"q": "nomre"}).text
        assert "more than <strong>25</strong> documents match" in html and "Ranked among" in html
        schema = c.get("/openapi.json").json()["components"]["schemas"]["SearchResponse"]["properties"]
        assert "total_is_lower_bound" in schema and "ranked" in schema


def test_scores_follow_the_archive_as_it_grows(tmp_path, unbounded):
    """Document frequencies are kept between searches, per state of the index: an ingest in between
    changes them, and the scores stay FTS5's."""
    path = tmp_path / "g.sqlite"
    docs = _corpus(20, seed=11)
    with Archive.open(path) as arc:
        arc.add_batch(docs[:6], [])
        for k in (6, 20):
            if k == 20:
                arc.add_batch(docs[6:], [])
            for q in ("bakı", "görüş iclas"):
                full = _fts5_ranking(arc.connection, q)
                assert [-h.score for h in arc.search(q, limit=50).hits] == [s for _, s in full]


def test_date_condition_is_the_shorter_precision_rule():
    """date_condition (which the date index answers) keeps exactly what the plain rule keeps."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (date TEXT)")
    dates = [None, "", "2", "2023", "2024", "2025", "2024-03", "2024-3", "2024-03-05", "2024-03-15", "2024-03-31",
             "2024-04", "2024-12", "2024-12-31", "2025-01-01", "2023-12-31", "2024-", "2024-03-1", "20240315", "x"]
    conn.executemany("INSERT INTO t VALUES (?)", [(d,) for d in dates])
    bounds = [None, "2024", "2024-03", "2024-03-15", "2023-12-31", "2025", "2024-12"]
    for f in bounds:
        for t in bounds:
            if not (f or t):
                continue
            plain, params = [], []
            if f:
                plain.append("date >= substr(?, 1, length(date))")
                params.append(f)
            if t:
                plain.append("substr(date, 1, ?) <= ?")
                params += [len(t), t]
            want = conn.execute(f"SELECT rowid FROM t WHERE {' AND '.join(plain)} ORDER BY rowid", params).fetchall()
            sql, args = S.date_condition(f, t, "date")
            assert conn.execute(f"SELECT rowid FROM t WHERE {sql} ORDER BY rowid", args).fetchall() == want, (f, t)


def test_date_parts_are_the_date_condition():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE documents (n INTEGER PRIMARY KEY, date TEXT)")
    dates = [None, "", "2", "2023", "2024", "2025", "2024-03", "2024-03-05", "2024-03-15", "2024-12-31", "x"]
    conn.executemany("INSERT INTO documents (date) VALUES (?)", [(d,) for d in dates])
    bounds = [None, "2024", "2024-03", "2024-03-15", "2025"]
    for f in bounds:
        for t in bounds:
            if f or t:
                sql, args = S.date_condition(f, t, "date")
                want = {r[0] for r in conn.execute(f"SELECT n FROM documents WHERE {sql}", args)}
                got = [{r[0] for r in conn.execute(f"SELECT d.n FROM documents d WHERE {part}", a)}
                       for part, a in S._date_parts(f, t)]
                assert set().union(*got) == want and sum(map(len, got)) == len(want), (f, t)  # disjoint
