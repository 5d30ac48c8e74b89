"""The command line, as a user types it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from salname.cli import app

runner = CliRunner()

TXT = """date 2024-09-29

Milli Məclisin sədri Sahibə Qafarova Qazaxıstan Parlamenti Senatının sədri Maulen Aşimbayev ilə görüşüb.

AZERTAC xəbər verir ki, görüşdə TÜRKPA çərçivəsində əməkdaşlıq müzakirə olunub.
"""

MD = """

# Bakıda beynəlxalq şahmat turniri başa çatıb

Bakıda keçirilən beynəlxalq şahmat turnirində Azərbaycan şahmatçıları üç medal qazanıb. Turnirdə
iyirmi ölkədən iki yüzdən çox idmançı iştirak edib.
"""


def make_inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(TXT, encoding="utf-8")
    (folder / "two.md").write_text(MD, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    return folder


def ingest(tmp_path: Path, *extra: str):
    db = tmp_path / "arc.sqlite"
    res = runner.invoke(app, ["ingest", str(make_inputs(tmp_path)), "--archive", str(db), "--workers", "1", *extra])
    return db, res


def test_ingest_summary_lists_rejections(tmp_path):
    db, res = ingest(tmp_path)
    assert res.exit_code == 0, res.output
    assert "bad.txt" in res.output
    db2 = tmp_path / "arc.sqlite"
    res = runner.invoke(app, ["ingest", str(tmp_path / "news"), "--archive", str(db2), "--json", "--workers", "1"])
    summary = json.loads(res.stdout)
    assert summary["new"] == 0 and summary["duplicates"] == 2 and summary["rejected"] == 1
    assert summary["rejected_documents"][0]["source"].endswith("bad.txt")


def test_search_json_and_text(tmp_path):
    db, _ = ingest(tmp_path)
    res = runner.invoke(app, ["search", "Qafarova", "--archive", str(db), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["total"] == 1
    hit = out["hits"][0]
    assert hit["date"] == "2024-09-29" and hit["outlet"] == "AZERTAC"
    assert "[Qafarova]" in hit["snippet"]
    res = runner.invoke(app, ["search", "şahmat", "--archive", str(db)])
    assert "Bakıda beynəlxalq şahmat turniri" in res.output
    for hostile in ['"', "NEAR(", ") OR (", "'; DROP TABLE documents; --", "*"]:
        res = runner.invoke(app, ["search", hostile, "--archive", str(db), "--json"])
        assert res.exit_code == 0, (hostile, res.output)


def test_show_raw_and_clean(tmp_path):
    db, _ = ingest(tmp_path)
    hit = json.loads(runner.invoke(app, ["search", "şahmat", "--archive", str(db), "--json"]).stdout)["hits"][0]
    res = runner.invoke(app, ["show", hit["id"][:8], "--archive", str(db), "--raw"])
    assert res.stdout == MD
    res = runner.invoke(app, ["show", hit["id"], "--archive", str(db), "--json"])
    rec = json.loads(res.stdout)
    assert rec["title"] == "Bakıda beynəlxalq şahmat turniri başa çatıb"
    assert "# " not in rec["clean"] and "Turnirdə iyirmi" in rec["clean"]
    assert runner.invoke(app, ["show", "ffffffffffff", "--archive", str(db)]).exit_code == 1


def test_stats_and_env_archive(tmp_path, monkeypatch):
    db, _ = ingest(tmp_path)
    monkeypatch.setenv("SALNAME_ARCHIVE", str(db))
    res = runner.invoke(app, ["stats", "--json"])
    assert res.exit_code == 0, res.output
    s = json.loads(res.stdout)
    assert s["documents"] == 2 and s["rejected"] == 1


def test_export_formats(tmp_path):
    db, _ = ingest(tmp_path)
    res = runner.invoke(app, ["export", "--archive", str(db), "--format", "jsonl"])
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert {r["raw"] for r in rows} == {TXT, MD}
    assert {"id", "source", "outlet", "date", "title", "raw", "clean"} <= set(rows[0])
    out_csv = tmp_path / "x.csv"
    runner.invoke(app, ["export", "--archive", str(db), "--format", "csv", "-o", str(out_csv)])
    with open(out_csv, newline="", encoding="utf-8") as f:
        assert {r["raw"] for r in csv.DictReader(f)} == {TXT, MD}
    out_pq = tmp_path / "x.parquet"
    runner.invoke(app, ["export", "--archive", str(db), "--format", "parquet", "-o", str(out_pq)])
    assert set(pq.read_table(out_pq).column("raw").to_pylist()) == {TXT, MD}
    res = runner.invoke(app, ["export", "--archive", str(db), "--format", "xml"])
    assert res.exit_code == 2


def test_missing_archive_is_a_clear_error(tmp_path):
    res = runner.invoke(app, ["search", "x", "--archive", str(tmp_path / "nope.sqlite")])
    assert res.exit_code == 2
    assert "No archive" in res.output


def test_demo_ingests_every_bundled_article(tmp_path):
    db = tmp_path / "demo.sqlite"
    res = runner.invoke(app, ["demo", "--archive", str(db)])
    assert res.exit_code == 0, res.output
    assert "salname search" in res.output
    stats = json.loads(runner.invoke(app, ["stats", "--archive", str(db), "--json"]).stdout)
    assert stats["documents"] == 12 and stats["rejected"] == 0
    assert set(stats["formats"]) == {"txt", "md", "html", "jsonl", "csv", "parquet"}
    again = runner.invoke(app, ["ingest", str(Path(__file__).resolve().parents[1] / "salname" / "demo" / "articles"),
                                "--archive", str(db), "--json", "--workers", "1"])
    assert json.loads(again.stdout)["duplicates"] == 12


def test_lexicon_learns_word_counts_from_the_archive(tmp_path, monkeypatch):
    monkeypatch.setenv("SALNAME_LEXICON", str(tmp_path / "lex.tsv.gz"))
    db, _ = ingest(tmp_path)
    res = runner.invoke(app, ["lexicon", "learn", "--archive", str(db)])
    assert res.exit_code == 0, res.output
    from salname.az.lexicon import Lexicon

    lex = Lexicon.load(tmp_path / "lex.tsv.gz")
    assert lex.count("şahmat") >= 1 and lex.count("qafarova") >= 1
    res = runner.invoke(app, ["lexicon", "status"])
    assert "forms" in res.output and "corpus" in res.output
    assert runner.invoke(app, ["lexicon", "nonsense"]).exit_code == 2


def test_analyze_gives_sentences_tokens_offsets_and_lemmas():
    text = "Milli Məclisin sədri Nur-Sultandakı görüşdə TÜRKPA-nın rolundan danışıb. Prof. Əliyev də iştirak edib."
    res = runner.invoke(app, ["analyze", "-", "--json"], input=text)
    assert res.exit_code == 0, res.output
    sents = json.loads(res.stdout)["sentences"]
    assert len(sents) == 2 and sents[1]["text"].startswith("Prof. Əliyev")
    toks = {t["text"]: t for s in sents for t in s["tokens"]}
    for t in toks.values():
        assert text[t["start"] : t["end"]] == t["text"]
    assert toks["Məclisin"]["lemma"] == "Məclis"
    assert toks["Nur-Sultandakı"]["lemma"] == "Nur-Sultan"
    assert toks["TÜRKPA-nın"]["lemma"] == "TÜRKPA" and toks["TÜRKPA-nın"]["suffixes"] == ["nın"]
    assert toks["danışıb"]["pos"] == "VERB"
    res = runner.invoke(app, ["analyze", "/nonexistent/file.txt"])
    assert res.exit_code == 2 and "file.txt" in res.output


def test_correct_prints_the_text_with_only_corrected_words_changed(tmp_path, monkeypatch):
    from salname.az.lexicon import NLTK, TESS, Lexicon
    from salname.correct import corrector as corrector_module

    lex = Lexicon()
    words = ["bu", "gün", "deputatlar", "məktəbdə", "iclası", "danışıb", "və", "qazaxıstana", "rəsmi", "səfər"]
    lex.add_words(words, NLTK)
    lex.add_words(words, TESS)
    lex._flag()
    path = lex.save(tmp_path / "lex.tsv.gz")
    monkeypatch.setenv("SALNAME_LEXICON", str(path))
    monkeypatch.setenv("SALNAME_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(corrector_module, "_default", None)
    text = "Bu gün  deputatlar məktəbde\niclasi danişib, «Qazaxistana» rəsmi səfər.\n"
    res = runner.invoke(app, ["correct", "-"], input=text)
    assert res.exit_code == 0, res.output
    assert res.stdout == "Bu gün  deputatlar məktəbdə\niclası danışıb, «Qazaxıstana» rəsmi səfər.\n"
    res = runner.invoke(app, ["correct", "-", "--json"], input=text)
    data = json.loads(res.stdout)
    assert [e["replacement"] for e in data["edits"]] == ["məktəbdə", "iclası", "danışıb", "Qazaxıstana"]
    assert all(text[e["start"]:e["end"]] == e["original"] and e["reason"] == "diacritics" for e in data["edits"])
    res = runner.invoke(app, ["correct", "-", "--diff"], input=text)
    assert "[-məktəbde-]{+məktəbdə+}" in res.stdout
    assert runner.invoke(app, ["correct", str(tmp_path / "missing.txt")]).exit_code == 2
