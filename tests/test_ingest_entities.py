"""Ingest finds entities and fills the registry; the CLI lists and profiles them; stored documents
from before get theirs when the extractor changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from salname import pipeline
from salname.archive import Archive
from salname.cli import app
from salname.extract import EXTRACTOR_VERSION
from salname.pipeline import IngestOptions, extract_stored, ingest

runner = CliRunner()

A = """date 2024-05-16
Qafarova Astanada

Milli Məclisin sədri Sahibə Qafarova Astanada Qazaxıstan Respublikasının Prezidenti Kasım-Jomart Tokayevlə görüşüb. Görüşdə Tokayev TÜRKPA-nın rolunu qeyd edib.
"""
B = """date 2025-02-20
Qafarova Bakıda

Spiker Sahibə Qafarova Bakıda Türk Dövlətlərinin Parlament Assambleyasının nümayəndələrini qəbul edib.
"""


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_fills_the_registry(tmp_path, workers):
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=workers, correct=False))
        docs = {Path(d.source).name: d for d in arc.iter_documents()}
        mentions = [m for m, _ in arc.mentions(docs["a.txt"].id)]
        text = docs["a.txt"].text
        assert all(text[m.start:m.end] == m.text for m in mentions)
        q = next(m for m in mentions if m.canonical == "Sahibə Qafarova")
        assert (q.role, q.affiliation) == ("sədr", "Milli Məclis")
    res = runner.invoke(app, ["entities", "--archive", str(db), "--type", "PER", "--json"])
    assert res.exit_code == 0, res.output
    people = {e["canonical"]: e for e in json.loads(res.stdout)}
    assert people["Sahibə Qafarova"]["documents"] == 2
    assert people["Sahibə Qafarova"]["first_seen"] == "2024-05-16" and people["Sahibə Qafarova"]["last_seen"] == "2025-02-20"
    assert "Kasım-Jomart Tokayev" in people
    res = runner.invoke(app, ["entities", "--archive", str(db), "--query", "turkpa", "--json"])
    found = json.loads(res.stdout)
    assert len(found) == 1 and found[0]["documents"] == 2  # the letters and the full name are one body


def test_entity_profile_from_the_cli(tmp_path):
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=1, correct=False))
    res = runner.invoke(app, ["entity", "qafarovanin", "--archive", str(db), "--json"])
    assert res.exit_code == 0, res.output
    p = json.loads(res.stdout)
    assert p["canonical"] == "Sahibə Qafarova"
    assert [(r["role"], r["first"]) for r in p["roles"]] == [("sədr", "2024-05-16"), ("spiker", "2025-02-20")]
    assert {e["canonical"] for e in p["appears_with"]} >= {"Milli Məclis", "Bakı", "Astana"}
    res = runner.invoke(app, ["entity", "Nobody Atall", "--archive", str(db)])
    assert res.exit_code == 1 and "No entity" in res.stderr


def test_no_extract_stores_no_mentions_and_a_later_run_catches_up(tmp_path):
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=1, correct=False, extract=False))
        assert arc.connection.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
        ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=1, correct=False))  # nothing new, but the backlog
        assert arc.connection.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0
        assert arc.entities_state() == (EXTRACTOR_VERSION, arc.max_rowid())


def test_a_new_extractor_finds_the_entities_of_stored_documents_again(tmp_path, monkeypatch):
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=1, correct=False))
        before = arc.connection.execute("SELECT count(*) FROM mentions").fetchone()[0]
        docs_before = arc.connection.execute("SELECT sum(docs) FROM entities").fetchone()[0]
        monkeypatch.setattr("salname.extract.EXTRACTOR_VERSION", "entities-test")
        assert extract_stored(arc, arc.max_rowid()) == 2
        # found again, not counted twice
        assert arc.connection.execute("SELECT count(*) FROM mentions").fetchone()[0] == before
        assert arc.connection.execute("SELECT sum(docs) FROM entities").fetchone()[0] == docs_before
        assert arc.entities_state()[0] == "entities-test"


def test_extraction_failure_costs_the_mentions_not_the_document(tmp_path, monkeypatch):
    def boom(text):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("salname.extract.extract_entities", boom)
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        s = ingest([str(_inputs(tmp_path))], arc, IngestOptions(workers=1, correct=False))
        assert s.new == 2 and s.rejected == 0
        assert all("extractor bug" in d.meta.get("extraction_failed", "") for d in arc.iter_documents())


def test_a_name_in_brackets_is_the_same_entity_where_the_text_says_so(tmp_path):
    folder = tmp_path / "alias"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2019-04-01\nSəfər\n\nNümayəndə heyəti Nur-Sultanda olub.\n", encoding="utf-8")
    (folder / "b.txt").write_text("date 2023-06-01\nSəfər\n\nSpiker Astanaya (keçmiş Nur-Sultan) gedib. "
                                  "Sonra Bakıya (Azərbaycan) qayıdıb.\n", encoding="utf-8")
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(folder)], arc, IngestOptions(workers=1, correct=False))
    res = runner.invoke(app, ["entities", "--archive", str(db), "--type", "LOC", "--json"])
    places = {e["canonical"]: e for e in json.loads(res.stdout)}
    assert "Astana" not in places or "Nur-Sultan" not in places  # one entry for the two names
    one = places.get("Nur-Sultan") or places["Astana"]
    assert one["documents"] == 2 and set(one["aliases"]) & {"Astana", "Nur-Sultan"}
    assert "Bakı" in places and "Azərbaycan" in places  # a city and its country stay two
