"""End-to-end ingestion: read -> clean -> store, idempotency, rejections, crash safety."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salname.archive import Archive
from salname.pipeline import IngestOptions, ingest

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = SHARED / "examples"

ARTICLE = (
    "date 2024-05-{day:02d}\n\n"
    "Milli Məclisin sədri Sahibə Qafarova {n}-ci dəfə Qazaxıstan Parlamenti Senatının sədri ilə görüşüb.\n\n"
    "Bu barədə Report-a Milli Məclisin mətbuat xidmətindən məlumat verilib.\n\n"
    "Görüşdə ikitərəfli əlaqələrin inkişafı, o cümlədən Orta Dəhliz layihəsi müzakirə edilib. Tərəflər "
    "parlamentlərarası əməkdaşlığın genişlən-\n\ndirilməsinin vacibliyini vurğulayıblar.\n\n"
    "Paylaş: Facebook Twitter WhatsApp\n"
)


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(ARTICLE.format(day=1 + i % 28, n=i + 1), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    rows = [json.dumps({"text": ARTICLE.format(day=3, n=1000 + i), "title": f"Sətir {i}"}, ensure_ascii=False) for i in range(5)]
    rows.insert(2, "{not json")
    (folder / "rows.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def snapshot(path: Path) -> dict:
    """Everything a user can see in an archive, without timestamps and run ids."""
    with Archive.open(path, readonly=True) as arc:
        docs = sorted(
            (d.id, d.source, d.outlet, d.date, d.title, d.raw, d.clean, json.dumps(d.clean_map.to_list() if d.clean_map else None))
            for d in arc.iter_documents()
        )
        rejected = sorted((r["source"], r["reason"]) for r in arc.rejected())
        hits = [(h.id, round(h.score, 6)) for h in arc.search("Qafarova görüşüb", limit=50).hits]
        words = sorted(arc.word_counts())
    return {"docs": docs, "rejected": rejected, "hits": sorted(hits), "words": words}


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_counts_and_idempotency(tmp_path, workers):
    corpus = write_corpus(tmp_path / "in", 30)
    db = tmp_path / "a.sqlite"
    opts = IngestOptions(workers=workers, batch_size=7, chunk_size=4)
    with Archive.open(db) as arc:
        s = ingest([str(corpus)], arc, opts)
    assert s.new == 35  # 30 files + 5 good rows
    assert s.rejected == 3  # empty file, binary file, bad JSON row
    assert s.read == s.new + s.duplicates + s.rejected
    reasons = " | ".join(r.reason for r in s.rejected_items)
    assert "rows.jsonl" in " ".join(r.source for r in s.rejected_items)
    assert "empty" in reasons.lower()
    with Archive.open(db) as arc:
        again = ingest([str(corpus)], arc, opts)
        assert again.new == 0 and again.duplicates == 35 and again.rejected == 3
        assert arc.stats()["documents"] == 35
        assert len(arc.rejected()) == 3  # the same rejections are not stored twice


def test_clean_layer_stored_and_maps_to_raw(tmp_path):
    corpus = write_corpus(tmp_path / "in", 3)
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(corpus / "a000.txt")], arc, IngestOptions(workers=1))
        doc = next(iter(arc.iter_documents()))
    assert doc.date == "2024-05-01"
    assert doc.outlet == "report.az"
    assert "genişləndirilməsinin" in doc.clean
    assert "Paylaş" not in doc.clean and "date 2024" not in doc.clean
    assert doc.raw == (corpus / "a000.txt").read_text(encoding="utf-8")
    start = doc.clean.index("genişləndirilməsinin")
    s, e = doc.raw_span(start, start + len("genişləndirilməsinin"))
    assert doc.raw[s:e] == "genişlən-\n\ndirilməsinin"


FOOTER = "Xəbərlərimizi Telegram kanalımızda izləyin — Report"


def footer_corpus(tmp_path):
    """Eight articles of one outlet that all end with the same footer line (outlet boilerplate)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(8):
        body = ARTICLE.format(day=i + 1, n=i + 1).replace("Paylaş: Facebook Twitter WhatsApp\n", FOOTER + "\n")
        (folder / f"r{i}.txt").write_text(body, encoding="utf-8")
    return folder


def test_word_counts_follow_the_clean_texts(tmp_path):
    """Counts computed by the workers, kept up as documents are re-cleaned, equal a fresh count."""
    folder = footer_corpus(tmp_path)
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        s = ingest([str(folder)], arc, IngestOptions(workers=2, batch_size=2))
        assert s.recleaned >= 1
        incremental = dict(arc.word_counts())
        assert "telegram" not in incremental  # the boilerplate footer was taken out of the counts too
        arc.recount_words()
        assert dict(arc.word_counts()) == incremental
        ingest([str(folder)], arc, IngestOptions(workers=1))  # all duplicates: nothing counted twice
        assert dict(arc.word_counts()) == incremental
    assert incremental["qafarova"] >= 8


def test_word_and_pair_counts_are_keyed_as_before():
    """Pairs are counted as tuples and keyed as "first second" strings when written: the same
    stored counts as counting the strings."""
    from collections import Counter

    from salname.archive import wordcounts
    from salname.az.lexicon import normalize_form, raw_word_tokens

    texts = [ARTICLE.format(day=3, n=5), "İLHAM Əliyev İlham əliyev\nQazaxıstan’ın QAZAXISTAN’IN Senatı", ""]
    old: Counter = Counter()
    for t in texts:
        tokens = raw_word_tokens(t)
        old.update(tokens)
        old.update(wordcounts.pairs_of(tokens))
    words: dict = {}
    pairs: dict = {}
    for form, n in old.items():
        key = normalize_form(form)
        out = pairs if " " in key else words
        out[key] = out.get(key, 0) + n
    assert wordcounts._normalised(wordcounts.tally(texts)) == (words, pairs)
    assert pairs[wordcounts.pair_key("İlham", "Əliyev")] == 2


def test_outlet_boilerplate_learned_and_recleaned(tmp_path):
    folder = footer_corpus(tmp_path)
    footer = FOOTER
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        s = ingest([str(folder)], arc, IngestOptions(workers=1, batch_size=2))
        assert s.new == 8
        docs = list(arc.iter_documents())
    assert all(footer not in d.clean for d in docs), "a line recurring in every article of an outlet is boilerplate"
    assert all(footer in d.raw for d in docs)
    assert s.recleaned >= 1


def test_recleaning_without_extraction_extracts_only_documents_that_had_entities(tmp_path):
    """A run without extraction re-cleans earlier documents: those whose entities the registry held
    get them again from the new text; its own new documents are left for a later extracting run."""
    folder = footer_corpus(tmp_path)
    files = sorted(folder.iterdir())
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as arc:
        ingest([str(f) for f in files[:3]], arc, IngestOptions(workers=1, correct=False))
        first = {d.id for d in arc.iter_documents()}
        assert all(arc.mentions(i) for i in first)
        s = ingest([str(f) for f in files[3:]], arc, IngestOptions(workers=1, batch_size=2, correct=False,
                                                                   extract=False))
        assert s.recleaned >= 3 and s.extracted_again == 0
        from salname.pipeline import reclean_changed_outlets

        assert reclean_changed_outlets(arc, {}, None, False) == 0  # a full scan finds none left
        docs = list(arc.iter_documents())
        assert all(FOOTER not in d.clean for d in docs)
        assert all(arc.mentions(d.id) for d in docs if d.id in first)  # found again in the new text
        assert not any(arc.mentions(d.id) for d in docs if d.id not in first)
        s = ingest([], arc, IngestOptions(workers=1, correct=False))  # extracting: the rest get theirs
        assert s.extracted_again == len(docs) - len(first)
        assert all(arc.mentions(d.id) for d in docs)


@pytest.mark.parametrize("track_max", [0, 500_000])
def test_recleaning_reads_back_the_same_documents_with_or_without_the_runs_lines(tmp_path, monkeypatch, track_max):
    """The run's candidate lines only spare reading its documents back: past the cap, all are read."""
    from salname import pipeline

    monkeypatch.setattr(pipeline._Store, "TRACK_MAX", track_max)
    folder = footer_corpus(tmp_path)
    with Archive.open(tmp_path / "a.sqlite") as arc:
        s = ingest([str(folder)], arc, IngestOptions(workers=1, batch_size=2, correct=False, extract=False))
        assert s.new == 8 and s.recleaned == 8  # the same either way
        assert all(FOOTER not in d.clean for d in arc.iter_documents())


def test_stdin_and_rejected_paths(tmp_path):
    db = tmp_path / "a.sqlite"
    text = ARTICLE.format(day=9, n=77).encode("utf-8")
    with Archive.open(db) as arc:
        s = ingest(["-", str(tmp_path / "missing.txt")], arc, IngestOptions(workers=1), stdin=text)
    assert s.new == 1 and s.rejected == 1
    assert "missing.txt" in s.rejected_items[0].source


@pytest.mark.skipif(not EXAMPLES.exists(), reason="../shared/examples not present")
def test_seed_examples(tmp_path):
    db = tmp_path / "a.sqlite"
    files = [str(EXAMPLES / "000_bff23db9d68bed38.txt"), str(EXAMPLES / "001_4baf47b5144409af.txt")]
    with Archive.open(db) as arc:
        s = ingest(files, arc, IngestOptions(workers=1))
        assert s.new == 2
        docs = {Path(d.source).name: d for d in arc.iter_documents()}
        hits = arc.search("Astana-Bayterek").hits
    d0, d1 = docs["000_bff23db9d68bed38.txt"], docs["001_4baf47b5144409af.txt"]
    assert d0.date == "2024-03" and d0.outlet == "metbuat.az"
    assert "Javascript" not in d0.clean and d0.clean.startswith("Azərbaycanda dövlət səfərində")
    assert d1.title.startswith("Qazaxıstan Senatının sədri")
    assert "Qazaxistana rəsmi" in d1.clean and "talan edib" in d1.clean and "ərazilər" in d1.clean
    assert [h.id for h in hits] == [d1.id]


def _cli(*args: str, env: dict | None = None) -> list[str]:
    return [sys.executable, "-m", "salname.cli", *args]


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_killed_run_then_rerun_equals_clean_run(tmp_path):
    corpus = write_corpus(tmp_path / "in", 150)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    clean_db, killed_db = tmp_path / "clean.sqlite", tmp_path / "killed.sqlite"
    common = ["ingest", str(corpus), "--batch-size", "5", "--workers", "1", "--no-progress", "--no-correct"]
    subprocess.run(_cli(*common, "--archive", str(clean_db)), check=True, env=env, capture_output=True)

    # kill mid-run several times, each time once more documents have been committed, then resume
    kills = 0
    for target in (1, 40, 90):
        proc = subprocess.Popen(_cli(*common, "--archive", str(killed_db)), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while proc.poll() is None and _stored(killed_db) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 1
    assert 0 < _stored(killed_db) < 155
    subprocess.run(_cli(*common, "--archive", str(killed_db)), check=True, env=env, capture_output=True)
    assert snapshot(killed_db) == snapshot(clean_db)
