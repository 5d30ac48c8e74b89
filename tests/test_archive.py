import hashlib
import sqlite3
from pathlib import Path

import pytest

from salname.archive import Archive, ArchiveError, ArchiveVersionError, default_archive_path, demo_archive_path
from salname.archive import schema
from salname.archive import sqlite as archive_sqlite
from salname.document import Change, Document, Edit, Rejected, content_id
from salname.offsets import OffsetMap, Replacement, apply_replacements


def make_doc(raw: str, source: str = "a.txt", **kw) -> Document:
    """A document with a simple clean layer: surrounding white space stripped, one change recorded."""
    doc = Document(raw=raw, source=source, **kw)
    reps = []
    stripped = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    if lead:
        reps.append(Replacement(0, lead, "", "space"))
    tail_start = lead + len(stripped)
    if tail_start < len(raw):
        reps.append(Replacement(tail_start, len(raw), "", "space"))
    doc.clean, doc.clean_map = apply_replacements(raw, reps)
    doc.clean_changes = [Change(r.start, r.end, raw[r.start : r.end], r.new, r.reason) for r in reps]
    return doc


def dump(path: Path) -> dict[str, list]:
    """Everything stored, timestamps included, as plain rows (read with a separate connection)."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in ("documents", "doc_sources", "rejected", "outlet_lines", "layers", "runs"):
            out[table] = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        out["fts"] = conn.execute(
            "SELECT rowid FROM docs_fts WHERE docs_fts MATCH 'xəbər OR bakı OR hava' ORDER BY rowid"
        ).fetchall()
        out["fts_size"] = conn.execute("SELECT count(*) FROM docs_fts_docsize").fetchall()
        return out
    finally:
        conn.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "deep" / "folder" / "archive.sqlite"


@pytest.fixture
def archive(path: Path):
    with Archive.open(path) as a:
        yield a


DOCS = [
    make_doc("Bakıda hava\n\nBu gün Bakıda hava isti olacaq.  ", "a.txt", outlet="x.az", date="2024-03-05",
             title="Hava", meta={"line_keys": ["k1", "k2", "k1"], "lang": "az"}),
    make_doc("  Xəbər: parlament iclası keçirildi.", "b.txt", outlet="x.az", date="2024-04", title="İclas",
             meta={"line_keys": ["k1"]}),
    make_doc("Üçüncü xəbər, outlet yoxdur.", "c.txt", meta={"line_keys": ["k9"]}),
]  # fmt: skip


# opening and migrations ---------------------------------------------------------------------
def test_open_creates_folders_and_sets_pragmas(archive, path):
    assert path.exists()
    conn = archive.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert archive.schema_version == schema.current_version() >= 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "doc_sources", "rejected", "runs", "outlet_lines", "layers", "docs_fts"} <= tables


def test_migrates_an_empty_file_from_version_zero(tmp_path):
    p = tmp_path / "empty.sqlite"
    p.write_bytes(b"")
    with Archive.open(p) as a:
        assert a.schema_version == schema.current_version()
        assert a.add_batch([DOCS[0]], []).new == 1
    conn = sqlite3.connect(p)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID


def test_future_version_fails_clearly(path):
    Archive.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.current_version() + 1}")
    conn.close()
    with pytest.raises(ArchiveVersionError) as err:
        Archive.open(path)
    assert "newer" in str(err.value) and str(path) in str(err.value)
    with pytest.raises(ArchiveVersionError):
        Archive.open(path, readonly=True)


def test_old_archive_migrates_forward(path, monkeypatch):
    with Archive.open(path) as a:
        a.add_batch([DOCS[0]], [])
    v = schema.current_version()
    monkeypatch.setattr(
        schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE extra (x TEXT);\nINSERT INTO extra VALUES ('hi');"]
    )
    with pytest.raises(ArchiveVersionError, match="older"):
        Archive.open(path, readonly=True)  # read-only cannot migrate
    with Archive.open(path) as a:
        assert a.schema_version == v + 1
        assert a.connection.execute("SELECT x FROM extra").fetchall() == [("hi",)]
        assert a.get(DOCS[0].id) is not None


def test_archive_with_early_index_triggers_is_migrated(path):
    Archive.open(path).close()
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO docs_fts (rowid, title, clean) VALUES (new.n, new.title, new.clean);
        END;
        PRAGMA user_version = 1;
        """
    )
    conn.close()
    with Archive.open(path) as a:
        assert a.schema_version == schema.current_version() >= 2
        names = {r[0] for r in a.connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert names == {"documents_fts_delete"}
        a.add_batch(DOCS, [])
        assert a.check_index() and a.search("hava").total == 1
        assert a.connection.execute("SELECT count(*) FROM docs_fts_docsize").fetchone()[0] == 3


def test_failing_migration_leaves_file_at_old_version(path, monkeypatch):
    Archive.open(path).close()
    v = schema.current_version()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE extra (x);\nCREATE TABLE extra (y);"])
    with pytest.raises(ArchiveError, match="migrating"):
        Archive.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == v
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0


def test_refuses_files_that_are_not_archives(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello, this is not a database\n" * 100)
    with pytest.raises(ArchiveError, match="notes.txt"):
        Archive.open(text)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveError, match="not a salname archive"):
        Archive.open(other)
    with pytest.raises(ArchiveError, match="folder"):
        Archive.open(tmp_path)


def test_readonly(path):
    with pytest.raises(ArchiveError, match="no archive"):
        Archive.open(path, readonly=True)
    with Archive.open(path) as a:
        a.add_batch(DOCS, [])
    with Archive.open(path, readonly=True) as ro:
        assert len(ro) == 3
        assert ro.search("hava").total == 1
        with pytest.raises(ArchiveError, match="read-only"):
            ro.add_batch([make_doc("new one")], [])


def test_default_archive_path(monkeypatch, tmp_path):
    monkeypatch.setenv("SALNAME_ARCHIVE", str(tmp_path / "x.sqlite"))
    assert default_archive_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("SALNAME_ARCHIVE")
    p = default_archive_path()
    assert p.name == "archive.sqlite" and "salname" in str(p)
    monkeypatch.delenv("SALNAME_DEMO_ARCHIVE", raising=False)
    assert demo_archive_path() == p.with_name("demo.sqlite")
    monkeypatch.setenv("SALNAME_DEMO_ARCHIVE", str(tmp_path / "d.sqlite"))
    assert demo_archive_path() == tmp_path / "d.sqlite"


# add_batch --------------------------------------------------------------------------------------
def test_add_batch_counts_and_dedupes(archive, path):
    dup_same_batch = make_doc(DOCS[0].raw, "copy-of-a.txt")
    res = archive.add_batch([*DOCS, dup_same_batch], [Rejected("bad.bin", "binary file")])
    assert (res.new, res.duplicates, res.rejected) == (3, 1, 1)
    assert res.new_ids == [d.id for d in DOCS]
    assert archive.known_ids([DOCS[0].id, "0" * 16, DOCS[2].id]) == {DOCS[0].id, DOCS[2].id}
    assert archive.sources_of(DOCS[0].id) == ["a.txt", "copy-of-a.txt"]
    assert len(archive) == 3


def test_readding_a_batch_adds_nothing(archive, path):
    rej = [Rejected("bad.bin", "binary file"), Rejected("worse.bin", "empty", "clean")]
    archive.add_batch(DOCS, rej)
    before = dump(path)
    res = archive.add_batch(DOCS, rej)
    assert (res.new, res.duplicates, res.rejected, res.new_ids) == (0, 3, 2, [])
    after = dump(path)
    for table in ("documents", "doc_sources", "outlet_lines", "fts", "fts_size"):
        assert after[table] == before[table], table
    assert len(after["rejected"]) == 2
    assert sorted(r["times"] for r in archive.rejected()) == [2, 2]


def test_duplicate_from_a_new_source_adds_only_a_source(archive):
    archive.add_batch([DOCS[0]], [])
    res = archive.add_batch([make_doc(DOCS[0].raw, "mirror/a.txt")], [])
    assert (res.new, res.duplicates) == (0, 1)
    assert len(archive) == 1
    assert archive.sources_of(DOCS[0].id) == ["a.txt", "mirror/a.txt"]
    assert archive.stats()["sources"] == 2


def test_rejections_are_keyed_by_source_and_reason(archive):
    archive.add_batch([], [Rejected("x.bin", "binary")])
    archive.add_batch([], [Rejected("x.bin", "binary"), Rejected("x.bin", "too short", "clean")])
    rows = {(r["source"], r["reason"]): r for r in archive.rejected()}
    assert set(rows) == {("x.bin", "binary"), ("x.bin", "too short")}
    assert rows[("x.bin", "binary")]["times"] == 2
    assert rows[("x.bin", "too short")]["stage"] == "clean"
    assert rows[("x.bin", "binary")]["first_seen"] <= rows[("x.bin", "binary")]["last_seen"]
    assert len(archive.rejected(limit=1)) == 1


@pytest.mark.parametrize("step", ["_insert_documents", "_index_documents", "_insert_sources", "_count_lines", "_insert_rejected"])
def test_failing_batch_leaves_archive_exactly_as_before(archive, path, monkeypatch, step):
    archive.add_batch(DOCS[:1], [Rejected("old.bin", "binary")])
    before = dump(path)
    real = getattr(archive_sqlite.Archive, step)

    def failing(self, conn, *args):
        real(self, conn, *args)  # do the work, then fail: the transaction must undo it
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(archive_sqlite.Archive, step, failing)
    new_docs = [make_doc("Təzə xəbər: Bakıda hava soyuq.", "new.txt", outlet="x.az", meta={"line_keys": ["k1"]})]
    with pytest.raises(RuntimeError, match="disk on fire"):
        archive.add_batch([*DOCS, *new_docs], [Rejected("old.bin", "binary"), Rejected("n.bin", "empty")])
    assert not archive.connection.in_transaction
    assert dump(path) == before
    monkeypatch.undo()
    assert archive.add_batch(new_docs, []).new == 1  # and the archive still works


def test_undecodable_text_becomes_a_store_rejection(archive):
    good = make_doc("Yaxşı mətn burada.", "good.txt")
    bad = make_doc("Pis mətn \udcff burada", "bad.txt")
    res = archive.add_batch([good, bad, bad], [])
    assert (res.new, res.duplicates, res.rejected) == (1, 1, 1)
    rej = archive.rejected()
    assert [(r["source"], r["stage"]) for r in rej] == [("bad.txt", "store")]
    assert "raw" in rej[0]["reason"] and "surrogate" in rej[0]["reason"]
    assert archive.known_ids([good.id, bad.id]) == {good.id}


def test_get_restores_the_clean_layer(archive):
    archive.add_batch(DOCS, [])
    doc = archive.get(DOCS[0].id)
    src = DOCS[0]
    assert doc is not None and doc.id == src.id
    assert (doc.raw, doc.clean, doc.title, doc.outlet, doc.date, doc.source) == (
        src.raw, src.clean, src.title, src.outlet, src.date, src.source)  # fmt: skip
    assert doc.clean_map == src.clean_map and isinstance(doc.clean_map, OffsetMap)
    assert doc.clean_changes == src.clean_changes and doc.clean_changes
    assert doc.raw_span(0, 5) == src.raw_span(0, 5)
    assert doc.meta == {"lang": "az"}  # line_keys are a pipeline hint, not stored
    assert archive.get(src.id[:6].upper()).id == src.id
    assert archive.get("ffffffffffffffff") is None
    with pytest.raises(ValueError, match="at least 6"):
        archive.get(src.id[:5])


def test_get_with_an_ambiguous_prefix_lists_candidates(archive):
    seen: dict[str, str] = {}
    pair = None
    for i in range(200_000):
        raw = f"sənəd {i}"
        prefix = hashlib.sha256(raw.encode()).hexdigest()[:6]
        if prefix in seen:
            pair = (seen[prefix], raw)
            break
        seen[prefix] = raw
    assert pair is not None
    docs = [make_doc(r) for r in pair]
    archive.add_batch(docs, [])
    with pytest.raises(ValueError) as err:
        archive.get(docs[0].id[:6])
    assert docs[0].id in str(err.value) and docs[1].id in str(err.value)
    assert archive.get(docs[0].id).raw == pair[0]


# iteration, outlets, re-cleaning ------------------------------------------------------------------
def test_iter_documents_streams_in_insertion_order(archive):
    docs = [make_doc(f"Sənəd nömrə {i}\nİkinci sətir.", f"{i}.txt") for i in range(10)]
    archive.add_batch(docs[:4], [])
    archive.add_batch(docs[4:], [])
    got = list(archive.iter_documents(batch_size=3))
    assert [d.id for d in got] == [d.id for d in docs]
    assert got[7].clean == docs[7].clean


def test_outlet_line_counts_and_boilerplate_keys(archive):
    archive.add_batch(DOCS, [])
    # a duplicate must not count its lines again
    archive.add_batch([make_doc(DOCS[0].raw, "again.txt", outlet="x.az", meta={"line_keys": ["k1"]})], [])
    rows = dict(
        ((o, k), n) for o, k, n in archive.connection.execute("SELECT outlet, key, docs FROM outlet_lines")
    )
    assert rows == {("x.az", "k1"): 2, ("x.az", "k2"): 1}  # k1 once per document; no outlet -> no count
    assert archive.boilerplate_keys(2) == {"x.az": frozenset({"k1"})}
    assert archive.boilerplate_keys(1) == {"x.az": frozenset({"k1", "k2"})}
    assert archive.boilerplate_keys(3) == {}


def test_update_clean_rewrites_text_and_index(archive, path):
    archive.add_batch(DOCS, [])
    assert archive.search("isti").total == 1
    seen = []
    for doc in archive.documents_of_outlet("x.az", batch_size=1):
        seen.append(doc.id)
        raw = doc.raw
        cut = raw.index("Bu gün") if "Bu gün" in raw else 0
        doc.clean, doc.clean_map = apply_replacements(raw, [Replacement(0, cut, "", "boilerplate")])
        doc.clean += " yenilənib"
        doc.clean_changes = [Change(0, cut, raw[:cut], "", "boilerplate")]
        doc.meta["boilerplate_removed"] = ["k1"]
        assert archive.update_clean([doc]) == 1
    assert seen == [DOCS[0].id, DOCS[1].id]
    assert archive.search("isti").total == 1
    assert archive.search("yenilənib").total == 2
    assert archive.search("Bakıda").total == 1  # only the new clean text of DOCS[0] still has it once
    got = archive.get(DOCS[0].id)
    assert got.clean.startswith("Bu gün") and got.clean_changes[0].reason == "boilerplate"
    assert got.meta == {"lang": "az", "boilerplate_removed": ["k1"]}
    assert got.clean_map.span_in(0, 6) == (got.raw.index("Bu gün"), got.raw.index("Bu gün") + 6)
    assert archive.check_index()
    assert archive.update_clean([make_doc("not stored")]) == 0


def test_index_stays_consistent_after_delete_and_rebuild(archive, monkeypatch, path):
    archive.add_batch(DOCS, [])
    archive.connection.execute("DELETE FROM documents WHERE id = ?", (DOCS[1].id,))
    assert archive.check_index()
    assert archive.search("parlament").total == 0
    before = [(h.id, h.snippet) for h in archive.search("xəbər").hits]
    archive.rebuild_index()
    assert [(h.id, h.snippet) for h in archive.search("xəbər").hits] == before
    archive.close()
    # a new tokenizer in the code rebuilds the index on the next writable open
    monkeypatch.setattr(schema, "FTS_TOKENIZER", "unicode61")
    with Archive.open(path) as a:
        stored = a.connection.execute("SELECT value FROM settings WHERE key = 'fts_tokenizer'").fetchone()[0]
        assert stored.startswith("unicode61; az-terms-")
        sql = a.connection.execute("SELECT sql FROM sqlite_master WHERE name = 'docs_fts'").fetchone()[0]
        assert "tokenize='unicode61'" in sql
        assert a.search("Üçüncü").total == 1
        assert a.check_index()
    # so does a new version of the Azerbaijani analyzer (e.g. after a grammar change)
    monkeypatch.setattr(schema, "ANALYZER_VERSION", "az-terms-test")
    with Archive.open(path) as a:
        stored = a.connection.execute("SELECT value FROM settings WHERE key = 'fts_tokenizer'").fetchone()[0]
        assert "; az-terms-test; layout " in stored
        assert a.search("ucuncu").total == 1
        assert a.check_index()


# word counts ---------------------------------------------------------------------------------------
def test_word_counts_grow_with_new_documents_only(archive, path):
    archive.add_batch(DOCS, [])
    counts = dict(archive.word_counts())
    assert counts["bakıda"] == 2 and counts["hava"] == 2 and archive.word_count("parlament") == 1
    archive.add_batch(DOCS[:1], [])  # already stored: not counted again
    assert dict(archive.word_counts()) == counts
    # re-cleaning replaces a document's counts
    doc = archive.get(DOCS[0].id)
    doc.clean = "Bakıda külək əsir."
    archive.update_clean([doc])
    assert archive.word_count("hava") == 0 and archive.word_count("külək") == 1
    assert archive.word_count("bakıda") == 1
    after = dict(archive.word_counts())
    archive.recount_words()
    assert dict(archive.word_counts()) == after
    assert dict(archive.word_counts(min_count=2)) == {k: v for k, v in after.items() if v >= 2}


def test_word_counts_of_a_killed_writer_are_caught_up(path):
    a = Archive.open(path)
    a.add_batch(DOCS[:2], [])
    a.flush_word_counts()
    first = dict(a.word_counts())
    a.add_batch(DOCS[2:], [])  # held in memory ...
    a.connection.close()  # ... and lost: the process "dies" without close()
    a._conn = None
    with Archive.open(path) as b:
        counts = dict(b.word_counts())
        b.recount_words()
        assert counts == dict(b.word_counts()) != first


def test_archive_without_word_counts_is_counted_on_open(archive, path):
    archive.add_batch(DOCS, [])
    expected = dict(archive.word_counts())
    archive.connection.execute("DELETE FROM word_counts")
    archive.connection.execute("DELETE FROM settings WHERE key = 'word_counts_upto'")
    archive.close()
    with Archive.open(path, readonly=True) as ro:
        assert dict(ro.word_counts()) == {}  # read-only: left alone
    with Archive.open(path) as a:
        assert dict(a.word_counts()) == expected


def test_word_pairs_are_counted_with_the_words(archive, path):
    archive.add_batch(DOCS, [])
    # "Bakıda hava" twice in the first text (its title line and its sentence), once nowhere else
    assert archive.pair_count("bakıda", "hava") == 2 and archive.pair_count("BAKIDA", "Hava") == 2
    assert archive.pair_count("parlament", "iclası") == 1 and archive.pair_count("hava", "bakıda") == 0
    doc = archive.get(DOCS[0].id)
    doc.clean = "Bakıda külək əsir."
    archive.update_clean([doc])  # re-cleaning replaces a document's pairs too
    assert archive.pair_count("bakıda", "hava") == 0 and archive.pair_count("bakıda", "külək") == 1
    pairs = dict(archive.connection.execute("SELECT pair, n FROM word_pairs"))
    archive.recount_words()
    assert dict(archive.connection.execute("SELECT pair, n FROM word_pairs")) == pairs


def test_an_archive_from_before_word_pairs_counts_them_on_open(archive, path):
    from salname.archive import schema

    archive.add_batch(DOCS, [])
    words = dict(archive.word_counts())
    # as a version-4 archive left it: no pairs table, words counted, the marker at the end
    archive.connection.execute("DROP TABLE word_pairs")
    archive.connection.execute("PRAGMA user_version = 4")
    archive.close()
    with Archive.open(path) as a:
        assert schema.user_version(a.connection) == schema.current_version() >= 5
        assert a.pair_count("bakıda", "hava") == 2 and dict(a.word_counts()) == words


# runs and stats ------------------------------------------------------------------------------------
def test_runs_and_stats(archive, path):
    r1 = archive.start_run("ingest", ["a/", "b.jsonl"])
    archive.add_batch(DOCS, [Rejected("bad.bin", "binary")], run_id=r1)
    archive.finish_run(r1, {"new": 3, "rejected": 1})
    r2 = archive.start_run("ingest", ["c/"])  # killed: never finished
    assert r2 > r1
    with pytest.raises(ValueError, match="no run"):
        archive.finish_run(999, {})
    runs = archive.runs()
    assert [r["id"] for r in runs] == [r2, r1]
    assert runs[1]["counts"] == {"new": 3, "rejected": 1} and runs[1]["finished_at"]
    assert runs[0]["finished_at"] is None and runs[0]["inputs"] == ["c/"]

    s = archive.stats()
    assert s["documents"] == 3 and s["rejected"] == 1
    assert s["outlets"] == {"x.az": 2}
    assert (s["date_min"], s["date_max"]) == ("2024-03-05", "2024-04")
    assert s["formats"] == {"txt": 3}
    assert s["raw_chars"] == sum(len(d.raw) for d in DOCS)
    assert s["clean_chars"] == sum(len(d.clean) for d in DOCS)
    assert s["schema_version"] == schema.current_version()
    assert s["runs"] == 2 and s["unfinished_runs"] == 1 and s["last_run"]["id"] == r2
    assert s["file_size"] > 0
    stored = archive.connection.execute("SELECT DISTINCT run_id FROM documents").fetchall()
    assert stored == [(r1,)]


def test_ids_are_content_ids(archive):
    doc = make_doc("Eyni mətn")
    archive.add_batch([doc], [])
    assert archive.known_ids([content_id("Eyni mətn")]) == {doc.id}


# the corrected layer ---------------------------------------------------------------------------------
def corrected_doc() -> Document:
    raw = "Qazaxistana rəsmi səfər. Görüş Astanada kecirilib."
    doc = make_doc(raw, "k.txt", title="Səfər")
    k = raw.index("kecirilib")
    fixes = [(0, 11, "Qazaxıstana"), (k, k + 9, "keçirilib")]
    doc.corrected, doc.corrected_map = apply_replacements(
        doc.clean, [Replacement(a, b, new, "spelling") for a, b, new in fixes]
    )
    doc.edits = [Edit(a, b, doc.clean[a:b], new, "diacritics", 0.97) for a, b, new in fixes]
    return doc


def test_corrected_layer_is_stored_searched_and_mapped_back(archive):
    doc = corrected_doc()
    archive.add_batch([doc, *DOCS], [])
    back = archive.get(doc.id)
    assert back.corrected == "Qazaxıstana rəsmi səfər. Görüş Astanada keçirilib."
    assert back.clean == doc.clean and back.raw == doc.raw  # the layers below are untouched
    assert [e.as_dict() for e in back.edits] == [e.as_dict() for e in doc.edits]
    start = back.text.index("keçirilib")
    a, b = back.text_raw_span(start, start + len("keçirilib"))
    assert back.raw[a:b] == "kecirilib"
    hit = archive.search("keçirilib").hits[0]  # the corrected text is what is searched and shown
    assert hit.id == doc.id and "keçirilib" in hit.plain_snippet
    assert archive.get(DOCS[0].id).corrected is None and archive.get(DOCS[0].id).text == DOCS[0].clean
    assert archive.check_index()


def test_recleaning_without_a_correction_drops_the_old_one_and_deleting_keeps_the_index_sound(archive):
    doc = corrected_doc()
    archive.add_batch([doc, *DOCS], [])
    plain = archive.get(doc.id)
    plain.corrected, plain.corrected_map, plain.edits = None, None, []
    archive.update_clean([plain])
    again = archive.get(doc.id)
    assert again.corrected is None and again.edits == []
    assert doc.id in [h.id for h in archive.search("keçirilib").hits]  # "kecirilib" has the same folded key
    archive.update_clean([corrected_doc()])
    assert archive.get(doc.id).corrected is not None and archive.check_index()
    archive.connection.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
    assert archive.check_index() and archive.search("Astanada").total == 0
    assert archive.connection.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0


def test_export_gives_the_corrected_text_and_its_edits(archive, tmp_path):
    import json

    from salname.archive.export import export_documents

    doc = corrected_doc()
    archive.add_batch([doc, *DOCS[:1]], [])
    out = tmp_path / "e.jsonl"
    assert export_documents(archive, out, "jsonl", ["id", "clean", "text", "edits"]) == 2
    rows = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert rows[doc.id]["text"] == doc.corrected and rows[doc.id]["clean"] == doc.clean
    assert [e["replacement"] for e in rows[doc.id]["edits"]] == ["Qazaxıstana", "keçirilib"]
    assert rows[DOCS[0].id]["text"] == DOCS[0].clean and rows[DOCS[0].id]["edits"] == []
