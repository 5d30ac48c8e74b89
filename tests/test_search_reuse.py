"""What search keeps between queries, and what it leaves to a server's limit on expensive work
(salname.archive.search): a document's words while its text stays the same, the documents that pass a
date or outlet filter per state of the index, matches read in batches sized by what the filter keeps,
snippets cut from words already split, and ``heavy`` taken only around a broad query's ranking.
Every one of them must give the very answer computed afresh; no test here times anything."""

from __future__ import annotations

import threading

import pytest

from salname.archive import Archive
from salname.archive import search as S
from salname.archive.schema import FTS_TABLE
from salname.az.searchterms import text_words

from test_search_scale import _corpus, _doc


@pytest.fixture
def grown(tmp_path):
    path = tmp_path / "r.sqlite"
    with Archive.open(path) as arc:
        arc.add_batch(_corpus(60, seed=5), [])
    return path


def _all_matches(conn, match: str, allowed) -> list[int]:
    rows = [r[0] for r in conn.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid DESC",
                                       (match,))]
    return [n for n in rows if allowed is None or n in allowed]


@pytest.mark.parametrize("want", [1, 3, 7, 25, 200])
def test_batches_of_matches_keep_the_newest_that_pass(grown, monkeypatch, want):
    """The batch path (many documents pass the filter) with tiny batches: any batch sizes give the first
    ``want`` matches that pass, newest first."""
    monkeypatch.setattr(S, "FEW_ALLOWED", 0)
    monkeypatch.setattr(S, "MIN_BATCH", 2)
    with Archive.open(grown, readonly=True) as arc:
        conn = arc.connection
        for query in ("bakı", "görüş iclas", "nomre"):
            match = S._match_of(S._expand(conn, S.query_groups(query)))
            for where in (S._date_parts("2024", None), [("d.outlet = ?", ["a.az"])], S._date_parts("2099", None)):
                allowed = S._allowed(conn, where, ())
                assert S._newest(conn, match, want, allowed) == _all_matches(conn, match, allowed)[:want]


def test_filtered_documents_are_kept_until_the_index_changes(grown):
    with Archive.open(grown) as arc:
        where = [("d.outlet = ?", ["c.az"])]
        first = S._allowed(arc.connection, where, ())
        assert first == frozenset() and S._allowed(arc.connection, where, ()) is first  # kept
        arc.add_batch([_doc(900, "Görüş", "Bakıda görüş keçirilib.", outlet="c.az")], [])
        n = arc.connection.execute("SELECT max(n) FROM documents").fetchone()[0]
        assert S._allowed(arc.connection, where, ()) == {n}  # a new document: asked afresh
        assert [h.source for h in arc.search("görüş", outlet="c.az").hits] == ["900.txt"]


def test_remembered_documents_follow_the_index():
    text = "Bakıda görüş keçirilib, Bakı-Gəncə yolu açılıb."
    words = S._remember("x.sqlite", b"state 1", 7, "Başlıq", text)
    assert words == text_words(text) and S._remembered("x.sqlite", b"state 1", 7) == ("Başlıq", text, words)
    assert S._remembered("x.sqlite", b"state 2", 7) is None  # the index changed since
    assert S._remembered("y.sqlite", b"state 1", 7) is None and S._remembered("x.sqlite", b"state 1", 8) is None
    assert S._remember("x.sqlite", b"state 1", 9, None, None) == []


def test_a_changed_text_is_read_again(grown):
    """A document's words are kept for the state of the index: a text corrected in place (which writes the
    index) is read and scored afresh."""
    with Archive.open(grown) as arc:
        conn = arc.connection
        before = arc.search("nomre 00007")
        assert before.total == 1 and "Lənkəran" not in before.hits[0].snippet
        n = conn.execute("SELECT n FROM documents WHERE source = '7.txt'").fetchone()[0]
        row = conn.execute("SELECT clean FROM documents WHERE n = ?", (n,)).fetchone()[0]
        with conn:  # what a correction does: the index entry out, the text changed, the entry in again
            conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title_terms, terms) "
                         f"SELECT 'delete', n, title_terms, terms FROM docs_search WHERE n = ?", (n,))
            conn.execute("UPDATE documents SET clean = ? WHERE n = ?", (row + " Lənkəran.", n))
            conn.execute(f"INSERT INTO {FTS_TABLE}(rowid, title_terms, terms) "
                         f"SELECT n, title_terms, terms FROM docs_search WHERE n = ?", (n,))
        after = arc.search("nomre 00007")
        assert after.total == 1 and "Lənkəran" in after.hits[0].snippet
        assert "Lənkəran" in arc.search("lənkəran nomre").hits[0].snippet


def test_snippets_from_words_already_split_are_the_same():
    texts = ["Bakı \x02Bakıda\x03 bakı görüş", " ".join(["söz"] * 80 + ["Bakıda"] + ["söz"] * 80),
             "Milli Məclisin sədri Qafarova Bakıda görüşüb. " * 5, "", "heç nə"]
    for query in ("bakı", "qafarova görüş", "söz", "yoxdur"):
        for text in texts:
            assert S.Snippets(query).snippet(text, words=text_words(text)) == S.Highlighter(query).snippet(text)


def test_scores_and_snippets_are_the_same_with_words_remembered(grown, monkeypatch):
    """A second search over the same documents (their words remembered) gives the first's answer, which is
    the answer with nothing remembered."""
    with Archive.open(grown, readonly=True) as arc:
        for query in ("bakı", "görüş iclas", "Bakıda görüş", "enerji memorandum"):
            first = arc.search(query, limit=50)
            again = arc.search(query, limit=50)
            with monkeypatch.context() as m:
                m.setattr(S, "_remembered", lambda *a: None)  # nothing kept
                fresh = arc.search(query, limit=50)
            for page in (again, fresh):
                assert [(h.id, h.score, h.snippet) for h in page.hits] == [(h.id, h.score, h.snippet) for h in first.hits]


class _Gate:
    def __init__(self):
        self.entered = 0
        self.lock = threading.Lock()

    def __call__(self):
        self.entered += 1
        return self.lock


def test_heavy_is_taken_for_broad_queries_only(grown, monkeypatch):
    with Archive.open(grown, readonly=True) as arc:
        conn = arc.connection
        gate = _Gate()
        narrow = S.run_search(conn, "nomre 00007", heavy=gate)
        assert narrow.total == 1 and gate.entered == 0
        monkeypatch.setattr(S, "LIGHT_MATCHES", 5)
        broad = S.run_search(conn, "bakı", limit=20, heavy=gate)
        assert gate.entered == 1 and not gate.lock.locked()  # taken, and given back
        plain = S.run_search(conn, "bakı", limit=20)
        assert [(h.id, h.score, h.snippet) for h in broad.hits] == [(h.id, h.score, h.snippet) for h in plain.hits]
        with pytest.raises(ValueError):
            S.run_search(conn, "bakı", date_from="bad", heavy=gate)
        assert not gate.lock.locked()


@pytest.mark.parametrize("bounded", [False, True])
def test_a_document_filter_keeps_the_ranking_of_the_rest(grown, monkeypatch, bounded):
    """``documents``: only those, in the order (and with the scores and snippets) the whole search gives them."""
    if not bounded:
        monkeypatch.setattr(S, "COUNT_CAP", 10**9)
        monkeypatch.setattr(S, "RANK_ALL", 10**9)
    with Archive.open(grown, readonly=True) as arc:
        conn = arc.connection
        keep = {n for (n,) in conn.execute("SELECT n FROM documents WHERE n % 3 = 0")}
        ids = dict(conn.execute("SELECT id, n FROM documents").fetchall())
        for query in ("bakı", "görüş iclas", "nomre"):
            page = S.run_search(conn, query, limit=100, documents=keep)
            assert page.hits and {ids[h.id] for h in page.hits} <= keep
            if not bounded:
                whole = S.run_search(conn, query, limit=100)
                assert [(h.id, h.score, h.snippet) for h in page.hits] == [
                    (h.id, h.score, h.snippet) for h in whole.hits if ids[h.id] in keep]
                assert page.total == sum(1 for h in whole.hits if ids[h.id] in keep)
            assert S.run_search(conn, query, documents=set()).total == 0


def test_remembered_titles_follow_the_index(grown):
    with Archive.open(grown) as arc:
        conn = arc.connection
        expanded = S._expand(conn, S.query_groups("görüş"))
        phrases = [ph for group in expanded for ph in group]
        sizes = [len(group) for group in expanded]
        ns = [n for (n,) in conn.execute("SELECT n FROM documents ORDER BY n DESC LIMIT 10")]
        first = S._Scorer(conn, phrases, S._db_key(conn), remember=True)._titles(ns)
        assert first == dict(conn.execute("SELECT n, title FROM documents ORDER BY n DESC LIMIT 10").fetchall())
        assert S._Scorer(conn, phrases, S._db_key(conn), remember=True)._titles(ns) == first
        n = ns[0]
        with conn:  # a new title, re-indexed
            conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title_terms, terms) "
                         f"SELECT 'delete', n, title_terms, terms FROM docs_search WHERE n = ?", (n,))
            conn.execute("UPDATE documents SET title = 'Lənkəranda görüş' WHERE n = ?", (n,))
            conn.execute(f"INSERT INTO {FTS_TABLE}(rowid, title_terms, terms) "
                         f"SELECT n, title_terms, terms FROM docs_search WHERE n = ?", (n,))
        again = S._Scorer(conn, phrases, S._db_key(conn), remember=True)._titles(ns)
        assert again == {**first, n: "Lənkəranda görüş"}
        titled = S._Scorer(conn, phrases, S._db_key(conn), remember=True).in_title(ns, sizes, 10)
        assert n in titled and titled == S._Scorer(conn, phrases, S._db_key(conn)).in_title(ns, sizes, 10)


def test_a_prefix_s_terms_are_kept_until_the_index_changes(grown):
    with Archive.open(grown) as arc:
        conn = arc.connection
        state = S._index_state(conn)
        prefix = S.word_terms("zəfərlinski")[0][:5]  # as the index writes its terms
        first = S._prefix_terms(conn, prefix, state)
        assert first == S.ftsterms.prefix_terms(conn, FTS_TABLE, prefix)  # the index's own terms
        assert S._prefix_terms(conn, prefix, state) is first  # kept
        arc.add_batch([_doc(901, "Zəfərli", "Zəfərlinski adlı yeni söz.", outlet="c.az")], [])
        assert S._index_state(conn) != state
        again = S._prefix_terms(conn, prefix, S._index_state(conn))
        assert again == S.ftsterms.prefix_terms(conn, FTS_TABLE, prefix) and again != first  # the new words too
        assert [h.source for h in arc.search("zəfərlinski").hits] == ["901.txt"]
