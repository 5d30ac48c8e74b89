"""Ingest stores the corrected layer: edits over the clean text, searched, re-made on re-clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from salname.archive import Archive
from salname.az.lexicon import NLTK, TESS, Lexicon
from salname.cli import DEFAULT_THRESHOLD as CLI_THRESHOLD
from salname.cli import app
from salname.correct import corrector as corrector_module
from salname.correct.candidates import CandidateIndex
from salname.correct.corrector import DEFAULT_THRESHOLD, Corrector
from salname import pipeline
from salname.pipeline import IngestOptions, ingest, reclean_changed_outlets
from salname.readers import ReaderOptions

runner = CliRunner()

WORDS = [
    "bu", "gün", "deputatlar", "məktəbdə", "iclası", "danışıb", "və", "rəsmi", "səfər", "parlament",
    "nümayəndə", "heyəti", "görüşüb", "ilə", "edib", "xəbərlərimizi", "kanalımızda", "izləyin",
]
# two fixes the small lexicon makes for sure: a swapped pair of letters (the search key changes, so
# only the corrected text is found by "parlament") and lost diacritics
TEXT = "Nümayəndə heyəti parlamnet ilə görüşüb.\n\nBu gün deputatlar məktəbde iclası danışıb.\n"
FIXED = "Nümayəndə heyəti parlament ilə görüşüb.\n\nBu gün deputatlar məktəbdə iclası danışıb."  # cleaned: no final newline
CLEAN_OK = "Bu gün deputatlar iclası danışıb.\n"


def _lexicon() -> Lexicon:
    lex = Lexicon()
    lex.add_words(WORDS, NLTK)
    lex.add_words(WORDS, TESS)
    lex._flag()
    return lex


@pytest.fixture
def user_lexicon(tmp_path, monkeypatch) -> Path:
    """A small lexicon installed as the user's, so ingest loads it as it would the real one."""
    path = _lexicon().save(tmp_path / "lex.tsv.gz")
    monkeypatch.setenv("SALNAME_LEXICON", str(path))
    monkeypatch.setenv("SALNAME_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(corrector_module, "_default", None)
    return path


@pytest.fixture
def no_lexicon(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SALNAME_LEXICON", str(tmp_path / "missing" / "lex.tsv.gz"))
    monkeypatch.setenv("SALNAME_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(corrector_module, "_default", None)


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(CLEAN_OK, encoding="utf-8")
    return folder


def _assert_layer_consistent(doc) -> None:
    """Every edit names what stands in the clean text, and applying them gives the corrected text."""
    out, pos = [], 0
    for e in doc.edits:
        assert doc.clean[e.start : e.end] == e.original
        out.append(doc.clean[pos : e.start] + e.replacement)
        pos = e.end
    assert "".join(out) + doc.clean[pos:] == doc.corrected
    assert doc.corrected_map.in_len == len(doc.clean) and doc.corrected_map.out_len == len(doc.corrected)


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_stores_edits_and_search_finds_the_corrected_form(tmp_path, user_lexicon, workers):
    with Archive.open(tmp_path / "a.sqlite") as arc:
        s = ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=workers))
        assert (s.correction, s.new, s.corrected, s.edits) == ("on", 2, 1, 2)
        docs = {Path(d.source).name: d for d in arc.iter_documents()}
        a, b = docs["a.txt"], docs["b.txt"]
        assert a.corrected == FIXED and a.text == FIXED
        assert [(e.original, e.replacement, e.reason) for e in a.edits] == [
            ("parlamnet", "parlament", "edit"), ("məktəbde", "məktəbdə", "diacritics")]
        assert all(DEFAULT_THRESHOLD <= e.confidence <= 1 for e in a.edits)
        _assert_layer_consistent(a)
        k = FIXED.index("parlament")
        assert a.text_raw_span(k, k + 9) == (TEXT.index("parlamnet"), TEXT.index("parlamnet") + 9)
        assert b.corrected is None and b.edits == []  # nothing to correct: no layer
        assert arc.connection.execute("SELECT count(*) FROM corrections").fetchone()[0] == 1
        hits = arc.search("parlament").hits
        assert [h.id for h in hits] == [a.id] and "parlament" in hits[0].snippet


def test_no_correct_stores_no_corrected_layer(tmp_path, user_lexicon):
    with Archive.open(tmp_path / "a.sqlite") as arc:
        s = ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=1, correct=False))
        assert (s.correction, s.corrected, s.edits, s.new) == ("off", 0, 0, 2)
        assert all(d.corrected is None and not d.edits for d in arc.iter_documents())
        assert arc.connection.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0
        assert arc.search("parlament").hits == []


def test_ingest_goes_on_without_a_lexicon_and_says_so(tmp_path, no_lexicon):
    with Archive.open(tmp_path / "a.sqlite") as arc:
        s = ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=2))
        assert s.new == 2 and s.rejected == 0 and s.corrected == 0
        assert s.correction.startswith("unavailable") and "lexicon build" in s.correction
        assert s.as_dict()["correction"] == s.correction
        assert all(d.corrected is None for d in arc.iter_documents())
    res = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--archive", str(tmp_path / "b.sqlite"),
                              "--workers", "1", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert res.stderr.count("Spelling correction is off") == 1 and "salname lexicon build" in res.stderr


def test_a_failing_corrector_costs_the_corrections_not_the_document(tmp_path):
    class Broken:
        threshold = DEFAULT_THRESHOLD

        def correct(self, text):
            raise RuntimeError("boom")

    with Archive.open(tmp_path / "a.sqlite") as arc:
        s = ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=1), corrector=Broken())
        assert s.new == 2 and s.rejected == 0 and s.corrected == 0
        assert all(d.meta.get("correction_failed") == "RuntimeError: boom" for d in arc.iter_documents())


def test_documents_already_stored_are_not_corrected_again(tmp_path, monkeypatch):
    lex = _lexicon()
    real = Corrector(lex, CandidateIndex.from_lexicon(lex))
    texts: list[str] = []

    class Counting:
        threshold = real.threshold

        def correct(self, text):
            texts.append(text)
            return real.correct(text)

    folder = _inputs(tmp_path)
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(folder)], arc, IngestOptions(workers=1), corrector=Counting())
        assert len(texts) == 2
        (folder / "c.txt").write_text(TEXT.replace("Bu gün", "Dünən"), encoding="utf-8")
        s = ingest([str(folder)], arc, IngestOptions(workers=1), corrector=Counting())
        assert (s.new, s.duplicates, s.corrected) == (1, 2, 1)
        assert len(texts) == 3 and texts[-1].startswith("Nümayəndə") and "Dünən" in texts[-1]
        ids = [d.id for d in arc.iter_documents()]
    monkeypatch.setattr(pipeline, "_reader", None)
    assert pipeline._stored_ids(str(db), ids + ["0" * 16]) == set(ids)  # what a worker asks
    pipeline._reader[2].close()
    monkeypatch.setattr(pipeline, "_reader", None)
    assert pipeline._stored_ids(str(tmp_path / "none.sqlite"), ids) == set()


FOOTER = "Xəbərlərimizi kanalımızda izləyin məktəbde"  # a recurring line with a word to correct


def OPTS(**kw) -> IngestOptions:
    return IngestOptions(reader=ReaderOptions(default_outlet="report.az"), workers=1, **kw)


def test_reclean_remakes_the_corrected_layer_from_the_new_clean_text(tmp_path):
    """The first articles are stored before their outlet's footer is known as boilerplate, with the
    footer's edit; re-cleaning takes the footer out, and the edits must follow the new text."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(8):
        body = TEXT if i % 2 else CLEAN_OK
        (folder / f"r{i}.txt").write_text(f"{body.replace('Bu gün', f'{i + 1} gün')}\n{FOOTER}\n"
                                          "", encoding="utf-8")
    lex = _lexicon()
    corrector = Corrector(lex, CandidateIndex.from_lexicon(lex))
    with Archive.open(tmp_path / "a.sqlite") as arc:
        s = ingest([str(folder)], arc, OPTS(batch_size=2), corrector=corrector)
        assert s.recleaned >= 1
        docs = list(arc.iter_documents())
        assert {d.outlet for d in docs} == {"report.az"} and all(FOOTER not in d.clean for d in docs)
        for d in docs:
            if "parlamnet" in d.clean:
                assert [e.original for e in d.edits] == ["parlamnet", "məktəbde"]
                _assert_layer_consistent(d)
            else:  # its one edit was in the footer: no layer is left
                assert d.corrected is None and d.edits == []
        assert arc.connection.execute("SELECT count(*) FROM corrections").fetchone()[0] == 4
        assert reclean_changed_outlets(arc, {}, corrector) == 0  # all cleaned against the final set


def test_reclean_without_a_corrector_drops_the_layer(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"r{i}.txt").write_text(f"{TEXT.replace('Bu gün', f'{i + 1} gün')}\n{FOOTER}\n"
                                          "", encoding="utf-8")
    lex = _lexicon()
    corrector = Corrector(lex, CandidateIndex.from_lexicon(lex))
    with Archive.open(tmp_path / "a.sqlite") as arc:
        # one document per run: each is cleaned before the footer counts as boilerplate
        for p in sorted(folder.iterdir())[:4]:
            ingest([str(p)], arc, OPTS(), corrector=corrector)
        assert all(FOOTER in d.clean and len(d.edits) == 3 for d in arc.iter_documents())
        s = ingest([str(folder)], arc, OPTS(correct=False))
        assert s.recleaned >= 4 and s.correction == "off"
        docs = list(arc.iter_documents())
        assert all(FOOTER not in d.clean and d.corrected is None and not d.edits for d in docs)
        assert arc.connection.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0


def test_cli_ingest_reports_corrections_and_show_lists_edits(tmp_path, user_lexicon):
    db = tmp_path / "a.sqlite"
    folder = str(_inputs(tmp_path))
    res = runner.invoke(app, ["ingest", folder, "--archive", str(db), "--workers", "1", "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert (summary["corrected"], summary["edits"], summary["correction"]) == (1, 2, "on")
    hit = json.loads(runner.invoke(app, ["search", "parlament", "--archive", str(db), "--json"]).stdout)["hits"][0]
    res = runner.invoke(app, ["show", hit["id"], "--archive", str(db), "--edits"])
    assert res.exit_code == 0, res.output
    assert "parlament ilə görüşüb" in res.stdout and "2 spelling corrections" in res.stdout
    assert "parlamnet" in res.stdout and "diacritics" in res.stdout
    rec = json.loads(runner.invoke(app, ["show", hit["id"], "--archive", str(db), "--json"]).stdout)
    assert rec["text"] == FIXED and rec["clean"] == TEXT.rstrip() and len(rec["edits"]) == 2
    # a threshold no confidence reaches (a share of all options is below 1) makes no edit
    res = runner.invoke(app, ["ingest", folder, "--archive", str(tmp_path / "b.sqlite"), "--workers", "1",
                              "--json", "--threshold", "1.0"])
    assert json.loads(res.stdout)["edits"] == 0
    res = runner.invoke(app, ["ingest", folder, "--archive", str(tmp_path / "c.sqlite"), "--workers", "1",
                              "--no-correct"])
    assert res.exit_code == 0 and "Spelling correction is off" not in res.output


def test_the_threshold_defaults_agree():
    assert CLI_THRESHOLD == DEFAULT_THRESHOLD == IngestOptions().threshold
