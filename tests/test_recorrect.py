"""The more a user ingests, the better it corrects: recorrect with the archive's counts, and ingest
learning the archive's word counts into the lexicon when the archive has grown."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from salname import pipeline
from salname.archive import Archive
from salname.az import lexicon as lx
from salname.az.lexicon import NLTK, TESS, Lexicon
from salname.cli import app
from salname.correct import corrector as corrector_module
from salname.pipeline import IngestOptions, archive_corrector, ingest, learning_due, recorrect

runner = CliRunner()

WORDS = [
    "bu", "gün", "deputatlar", "məktəbdə", "iclası", "danışıb", "və", "rəsmi", "səfər", "edib", "yeni",
    "təyin", "olunub", "kitab", "oxuyub",
    "nazir", "nazim",  # "nazix" is one slip from either: only the archive can tell which was meant
]
# a word the small lexicon cannot settle alone: two fixes, equally likely
TIED = "Bu gün yeni nazix iclası danışıb.\n"
# other articles of the archive, where "yeni nazir" is common and "nazim" unheard of
CONTEXT = "{n} gün yeni nazir təyin olunub və rəsmi səfər edib.\n"
# a fix the lexicon makes only just (0.52): the document's own "yeni kitob danışıb" must not undo it
BARELY = "Bu gün deputatlar yeni kitob danışıb.\n"


def _lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add_words(WORDS, NLTK)
    lex.add_words(WORDS, TESS)
    lex._flag()
    return lex


@pytest.fixture
def user_lexicon(tmp_path, monkeypatch) -> Path:
    """A small lexicon installed as the user's, so that ingest and recorrect load it as the real one."""
    path = _lexicon().save(tmp_path / "lex.tsv.gz")
    monkeypatch.setenv("SALNAME_LEXICON", str(path))
    monkeypatch.setenv("SALNAME_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(corrector_module, "_default", None)
    return path


def _write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _context(folder: Path, n: int, start: int = 1) -> Path:
    return _write(folder, {f"c{i}.txt": CONTEXT.format(n=i) for i in range(start, start + n)})


def _by_name(arc: Archive) -> dict:
    return {Path(d.source).name: d for d in arc.iter_documents()}


def _layers(arc: Archive) -> dict:
    return {d.id: (d.clean, d.corrected, [e.as_dict() for e in d.edits]) for d in arc.iter_documents()}


@pytest.mark.parametrize("workers", [1, 2])
def test_recorrect_fixes_what_the_archive_settles(tmp_path, user_lexicon, workers):
    folder = _write(tmp_path / "in", {"a.txt": TIED})
    _context(folder, 4)
    with Archive.open(tmp_path / "a.sqlite") as arc:
        ingest([str(folder)], arc, IngestOptions(workers=1))
        before = _by_name(arc)["a.txt"]
        assert before.corrected is None  # the lexicon alone cannot choose between nazir and nazim
        assert arc.search("nazir").total == 4
        s = recorrect(arc, workers=workers)
        assert (s.documents, s.changed, s.edits_before, s.edits_after, s.failed) == (5, 1, 0, 1, 0)
        a = _by_name(arc)["a.txt"]
        assert a.corrected == "Bu gün yeni nazir iclası danışıb."
        assert [(e.original, e.replacement) for e in a.edits] == [("nazix", "nazir")]
        assert (a.raw, a.clean, a.clean_map.to_list()) == (before.raw, before.clean, before.clean_map.to_list())
        assert a.id in {h.id for h in arc.search("nazir").hits}  # search reads the new corrected text
        assert arc.search("nazix").total == 0 and arc.check_index()
        assert arc.word_count("nazix") == 1  # the counts are of the clean text, which did not change
        assert arc.runs(1)[0]["command"] == "recorrect" and arc.runs(1)[0]["counts"]["changed"] == 1
        again = recorrect(arc, workers=workers)
        assert (again.changed, again.rescored, again.edits_after) == (0, 0, 1)


def test_a_document_does_not_vouch_for_its_own_typos(tmp_path, user_lexicon):
    """Every word of a stored text is in the archive's counts, its typos too: counted as they are,
    "yeni kitob" and "kitob danışıb" would each be seen once, and keeping the typo would win."""
    folder = _write(tmp_path / "in", {"b.txt": BARELY})
    with Archive.open(tmp_path / "a.sqlite") as arc:
        ingest([str(folder)], arc, IngestOptions(workers=1))
        doc = _by_name(arc)["b.txt"]
        assert [(e.original, e.replacement) for e in doc.edits] == [("kitob", "kitab")]
        assert archive_corrector(arc).correct(doc.clean)[1] == []  # the naive way loses the fix
        s = recorrect(arc, workers=1)
        assert (s.changed, s.edits_after) == (0, 1)
        assert _by_name(arc)["b.txt"].corrected == doc.corrected


def test_a_killed_recorrect_leaves_a_consistent_archive_and_a_rerun_finishes(tmp_path, user_lexicon, monkeypatch):
    folder = _write(tmp_path / "in", {f"a{i}.txt": TIED.replace("Bu gün", f"{i} gün") for i in range(4)})
    _context(folder, 4)
    with Archive.open(tmp_path / "clean.sqlite") as arc:
        ingest([str(folder)], arc, IngestOptions(workers=1))
        recorrect(arc, workers=1)
        expected = _layers(arc)
    with Archive.open(tmp_path / "killed.sqlite") as arc:
        ingest([str(folder)], arc, IngestOptions(workers=1))
        real = Archive.update_corrections
        calls = []

        def dies_on_the_second_batch(self, docs):
            calls.append(len(docs))
            if len(calls) == 2:
                raise KeyboardInterrupt
            return real(self, docs)

        monkeypatch.setattr(Archive, "update_corrections", dies_on_the_second_batch)
        with pytest.raises(KeyboardInterrupt):
            recorrect(arc, workers=1, batch_size=1, chunk_size=1)
        monkeypatch.setattr(Archive, "update_corrections", real)
        half = _layers(arc)
        assert arc.check_index()
        assert sum(half[i] != expected[i] for i in expected) == 3  # one batch was written, and whole
        assert arc.search("nazir").total == 5
        s = recorrect(arc, workers=1)
        assert s.changed == 3 and _layers(arc) == expected and arc.check_index()
        assert arc.search("nazir").total == 8


def test_cli_recorrect_since_and_json(tmp_path, user_lexicon):
    folder = _write(tmp_path / "in", {"a.txt": TIED})
    _context(folder, 3)
    db = str(tmp_path / "a.sqlite")
    assert runner.invoke(app, ["ingest", str(folder), "--archive", db, "--workers", "1", "--no-progress"]).exit_code == 0
    res = runner.invoke(app, ["recorrect", "--archive", db, "--since", "2999-01", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["documents"] == 0
    res = runner.invoke(app, ["recorrect", "--archive", db, "--since", "2000-01-01", "--workers", "1", "--json"])
    summary = json.loads(res.stdout)
    assert (summary["documents"], summary["changed"], summary["edits_before"], summary["edits_after"]) == (4, 1, 0, 1)
    assert summary["docs_per_second"] > 0
    res = runner.invoke(app, ["recorrect", "--archive", db, "--workers", "1", "--no-progress"])
    assert res.exit_code == 0 and "Re-corrected" in res.stdout and "docs/s" in res.stdout
    res = runner.invoke(app, ["recorrect", "--archive", db, "--since", "yesterday"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output
    res = runner.invoke(app, ["recorrect", "--archive", str(tmp_path / "none.sqlite")])
    assert res.exit_code == 2 and "No archive" in res.output


@pytest.mark.parametrize("lexicon_file", ["missing", "garbage"])
def test_recorrect_without_a_usable_lexicon_says_why(tmp_path, monkeypatch, lexicon_file):
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(_write(tmp_path / "in", {"a.txt": TIED}))], arc, IngestOptions(workers=1, correct=False))
    path = tmp_path / "lex.tsv.gz"
    if lexicon_file == "garbage":
        path.write_bytes(b"not a lexicon")
    monkeypatch.setenv("SALNAME_LEXICON", str(path))
    monkeypatch.setenv("SALNAME_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(corrector_module, "_default", None)
    res = runner.invoke(app, ["recorrect", "--archive", str(db), "--workers", "1"])
    assert res.exit_code == 2
    assert "Cannot correct" in res.stderr and "salname lexicon build" in res.stderr
    with Archive.open(db) as arc:
        assert arc.runs(1)[0]["command"] == "ingest"  # nothing was started


# -- learning at the end of ingest --------------------------------------------------------------

def test_learning_is_due_at_a_quarter_more_words_and_not_below(monkeypatch):
    monkeypatch.setattr(pipeline, "LEARN_MIN_WORDS", 100)
    assert learning_due(100, 0) and not learning_due(99, 0)
    assert learning_due(1250, 1000) and not learning_due(1249, 1000)
    assert not learning_due(900, 1000)  # a smaller archive leaves a bigger one's counts alone


def _header(path: Path) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.loads(fh.readline())


def test_ingest_learns_when_the_archive_has_grown_enough(tmp_path, user_lexicon, monkeypatch):
    monkeypatch.setattr(pipeline, "LEARN_MIN_WORDS", 25)
    opts = IngestOptions(workers=1, learn=True)
    with Archive.open(tmp_path / "a.sqlite") as arc:
        s = ingest([str(_context(tmp_path / "in1", 2))], arc, opts)  # 9 words each: 18, too few
        assert (arc.word_total(), s.learned) == (18, None) and "corpus" not in _header(user_lexicon)
        s = ingest([str(_context(tmp_path / "in2", 1, start=3))], arc, opts)
        assert s.learned == 27 == arc.word_total() and s.as_dict()["learned"] == 27
        corpus = _header(user_lexicon)["corpus"]
        assert corpus["words"] == 27 and corpus["archive"] == str(arc.path)
        assert Lexicon.load(user_lexicon).count("nazir") == 3 and lx.learned_words(user_lexicon) == 27
        # a quarter more than 27 is 33.75: 33 words are not enough, 34 are
        s = ingest([str(_write(tmp_path / "in3", {"a.txt": "Yeni nazir təyin olunub və edib.\n"}))], arc, opts)
        assert (arc.word_total(), s.learned, lx.learned_words(user_lexicon)) == (33, None, 27)
        s = ingest([str(_write(tmp_path / "in4", {"b.txt": "Kitab.\n"}))], arc, opts)
        assert s.learned == 34 and Lexicon.load(user_lexicon).count("nazir") == 4
        assert corrector_module._default is None  # the next run loads the lexicon that learned
        # the next run corrects with the learned counts: nazir is the likelier fix now
        s = ingest([str(_write(tmp_path / "in5", {"t.txt": TIED}))], arc, IngestOptions(workers=1))
        assert s.edits == 1 and _by_name(arc)["t.txt"].corrected == "Bu gün yeni nazir iclası danışıb."


def test_no_learn_and_the_cli(tmp_path, user_lexicon, monkeypatch):
    monkeypatch.setattr(pipeline, "LEARN_MIN_WORDS", 10)
    db = str(tmp_path / "a.sqlite")
    folder = str(_context(tmp_path / "in", 3))
    res = runner.invoke(app, ["ingest", folder, "--archive", db, "--workers", "1", "--json", "--no-learn"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["learned"] is None and "corpus" not in _header(user_lexicon)
    with Archive.open(db) as arc:  # a library caller does not learn unless asked
        assert ingest([folder], arc, IngestOptions(workers=1)).learned is None
    res = runner.invoke(app, ["ingest", folder, "--archive", db, "--workers", "1", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "Learned the archive's word counts (27 words)" in res.stdout
    assert _header(user_lexicon)["corpus"]["words"] == 27
    res = runner.invoke(app, ["ingest", folder, "--archive", db, "--workers", "1", "--json"])
    assert json.loads(res.stdout)["learned"] is None  # nothing new: not due again


def test_the_demo_does_not_learn(tmp_path, user_lexicon, monkeypatch):
    monkeypatch.setattr(pipeline, "LEARN_MIN_WORDS", 1)
    res = runner.invoke(app, ["demo", "--archive", str(tmp_path / "demo.sqlite")])
    assert res.exit_code == 0, res.output
    assert "corpus" not in _header(user_lexicon)


def test_an_unusable_lexicon_costs_the_learning_not_the_ingest(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "LEARN_MIN_WORDS", 1)
    path = tmp_path / "lex.tsv.gz"
    path.write_bytes(b"not a lexicon")
    monkeypatch.setenv("SALNAME_LEXICON", str(path))
    monkeypatch.setenv("SALNAME_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(corrector_module, "_default", None)
    res = runner.invoke(app, ["ingest", str(_context(tmp_path / "in", 2)), "--archive", str(tmp_path / "a.sqlite"),
                              "--workers", "1", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "Could not learn" in res.stderr and "salname lexicon build" in res.stderr
    assert "Spelling correction is off" in res.stderr
    assert path.read_bytes() == b"not a lexicon"


def test_the_learned_record_survives_a_rebuild_and_old_lexicons_are_summed(tmp_path):
    lex = _lexicon()
    lex.add_counts({"nazir": 5, "kitab": 2})
    path = lex.save(tmp_path / "lex.tsv.gz")
    assert lx.learned_words(path) == 7  # learned before the record was kept: its counts add up
    lex.corpus = {"archive": "/x.sqlite", "words": 9}
    lex.save(path)
    assert Lexicon.load(path).corpus["words"] == 9 == lx.learned_words(path)
    assert lx._previous_corpus(path) == {"archive": "/x.sqlite", "words": 9}
