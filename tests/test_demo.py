"""The bundled demo articles and the synthetic corpus built from them."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from salname.demo import demo_dir, demo_paths
from salname.demo import tabular_articles as src
from salname.demo.make_tabular import write_tabular

REPO = Path(__file__).resolve().parents[1]
AZ_LETTERS = set("əƏıİşŞğĞçÇöÖüÜ")
TEXT_SUFFIXES = {".txt", ".md", ".html", ".jsonl", ".csv"}


def _load_corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


def _rows(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    raise AssertionError(path)


def _bodies() -> dict[str, str]:
    """The text of every demo article, keyed by file (and row)."""
    out: dict[str, str] = {}
    for path in demo_paths():
        if path.suffix in (".jsonl", ".csv", ".parquet"):
            for n, row in enumerate(_rows(path)):
                out[f"{path.name}#{n}"] = row.get("text") or row.get("body") or ""
        elif path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            out[path.name] = " ".join(re.findall(r"<p>(.*?)</p>", text, re.S))
        else:
            out[path.name] = path.read_text(encoding="utf-8")
    return out


def test_demo_files_exist_and_only_inputs():
    root = demo_dir()
    assert root.is_dir()
    paths = demo_paths()
    assert {p.suffix for p in paths} == {".txt", ".md", ".html", ".jsonl", ".csv", ".parquet"}
    assert all(p.is_file() and p.parent == root for p in paths)
    assert (root.parent / "README.md").is_file()
    assert sorted(p.name for p in root.iterdir()) == sorted(p.name for p in paths)
    counts = {s: sum(p.suffix == s for p in paths) for s in (".txt", ".md", ".html")}
    assert counts == {".txt": 3, ".md": 2, ".html": 2}


def test_article_count_across_formats():
    total = 0
    for path in demo_paths():
        total += len(_rows(path)) if path.suffix in (".jsonl", ".csv", ".parquet") else 1
    assert 8 <= total <= 12


def test_text_files_are_utf8_azerbaijani():
    for path in demo_paths():
        if path.suffix not in TEXT_SUFFIXES:
            continue
        data = path.read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf"), path
        text = data.decode("utf-8")  # raises on invalid UTF-8
        assert AZ_LETTERS & set(text), path
        assert "ə" in text, path


def test_articles_are_short_news():
    for name, body in _bodies().items():
        words = len(body.split())
        assert 140 <= words <= 420, (name, words)


def test_scraped_and_print_features():
    root = demo_dir()
    first_lines = [p.read_text(encoding="utf-8").split("\n", 1)[0] for p in root.glob("*.txt")]
    assert all(re.match(r"date \d{4}-\d{2}(-\d{2})?", line) for line in first_lines)
    assert any(re.fullmatch(r"date \d{4}-\d{2} \S.*", line) for line in first_lines)
    scraped = (root / "2023-10-milli-meclis-plenar.txt").read_text(encoding="utf-8")
    assert "Oxşar xəbərlər" in scraped and "JavaScript" in scraped and "Paylaş:" in scraped
    md = "\n".join(p.read_text(encoding="utf-8") for p in root.glob("*.md"))
    for piece in ("Azərbay-\n\ncan", "əmək-\ndaş", "ölkə-lər", "Qazaxistan", "gorus", "ucun",
                  "Kasım-Jomart", "Nur-Sultan", "TÜRKPA-nın", "29-da", "neft-qaz"):
        assert piece in md, piece
    assert all(p.read_text(encoding="utf-8").lstrip("\n").startswith("# ") for p in root.glob("*.md"))


def test_entities_recur_in_case_forms():
    text = "\n".join(_bodies().values())
    for form in ("Qazaxıstan ", "Qazaxıstana", "Qazaxıstanın", "Bakı ", "Bakıda", "Milli Məclis ",
                 "Milli Məclisin", "Kasım-Jomart Tokayev"):
        assert form in text, form
    with_kazakhstan = [name for name, body in _bodies().items() if "Qazaxıstan" in body]
    assert len(with_kazakhstan) >= 6


def test_html_pages_extract_to_the_article():
    trafilatura = pytest.importorskip("trafilatura")
    for path in demo_dir().glob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert 'property="og:url" content="https://' in html
        assert 'property="article:published_time"' in html
        first = re.search(r"<p>(?!<strong>)(.*?)</p>", html, re.S).group(1)
        text = trafilatura.extract(html)
        assert text and first in text, path
        assert "hüquq" not in text and "istinad" not in text.split("\n")[-1], path  # footer
        sidebar = re.search(r"<aside.*?<li><a [^>]*>(.*?)</a>", html, re.S).group(1)
        assert sidebar not in text, path


def test_tabular_files_match_source(tmp_path):
    written = write_tabular(tmp_path)
    assert [p.name for p in written] == [src.JSONL_NAME, src.CSV_NAME, src.PARQUET_NAME]
    sources = {
        src.JSONL_NAME: (src.JSONL_ROWS, src.JSONL_FIELDS),
        src.CSV_NAME: (src.CSV_ROWS, src.CSV_FIELDS),
        src.PARQUET_NAME: (src.PARQUET_ROWS, src.PARQUET_FIELDS),
    }
    for name, (rows, fields) in sources.items():
        expected = [{k: row[k] for k in fields} for row in rows]
        committed = _rows(demo_dir() / name)
        assert committed == expected, name
        assert _rows(tmp_path / name) == expected, name
        assert list(committed[0]) == list(fields), name
    assert (tmp_path / src.JSONL_NAME).read_bytes() == (demo_dir() / src.JSONL_NAME).read_bytes()
    assert (tmp_path / src.CSV_NAME).read_bytes() == (demo_dir() / src.CSV_NAME).read_bytes()


def test_same_event_from_two_outlets():
    html = (demo_dir() / "2025-05-eliyev-tokayev-zeng.html").read_text(encoding="utf-8")
    row = src.JSONL_ROWS[0]
    assert "2025-05-17" in html and row["date"] == "2025-05-17"
    assert "azertag.az" in html and "report.az" in row["url"]
    assert "Tokayev" in row["text"] and "Tokayev" in html


def test_demo_sentences_are_prose():
    sentences = corpus.demo_sentences()
    assert len(sentences) >= 60
    assert len(set(sentences)) == len(sentences)
    assert all(s.endswith((".", "!", "?")) for s in sentences)
    assert not any("JavaScript" in s or s.startswith(("date ", "# ")) for s in sentences)
    assert not any(re.search(r"\w-\n", s) for s in sentences)


def test_corpus_jsonl_distinct(tmp_path):
    path = corpus.build_corpus(tmp_path / "c.jsonl", 50, "jsonl", seed=1)
    assert path == tmp_path / "c.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 50
    assert all(set(r) == {"text", "title", "date", "url"} for r in rows)
    assert len({r["text"] for r in rows}) == 50
    assert len({r["url"] for r in rows}) == 50
    assert all(re.match(r"\d{4}-\d{2}-\d{2}", r["date"]) for r in rows)
    assert all(r["title"] and AZ_LETTERS & set(r["text"]) for r in rows)
    assert len({r["date"][:4] for r in rows}) > 1


def test_corpus_txt_distinct_with_work_for_cleaning(tmp_path):
    root = corpus.build_corpus(tmp_path / "txt", 50, "txt", seed=2)
    files = sorted(root.rglob("*.txt"))
    assert len(files) == 50
    assert {f.parent.name for f in files} == {"0000"}
    texts = [f.read_text(encoding="utf-8") for f in files]
    assert len(set(texts)) == 50
    assert any(t.startswith("date ") for t in texts) and any(not t.startswith("date ") for t in texts)
    assert any("Oxşar xəbərlər" in t for t in texts)
    assert any(re.search(r"\w-\n", t) for t in texts)
    for t in texts:
        body = re.sub(r"\n\n(Paylaş|Oxşar|You must|Ana səhifə)[^\n]*(\n[^\n]+)*", "", t)
        n = body.count(". ") + body.count(".\n") + body.rstrip().endswith(".")
        assert n >= corpus.MIN_SENTENCES


def test_corpus_folders_of_1000_and_seeded(tmp_path):
    root = corpus.build_corpus(tmp_path / "many", 1001, "txt")
    assert sorted(p.name for p in root.iterdir()) == ["0000", "0001"]
    assert len(list((root / "0000").iterdir())) == 1000
    a = corpus.build_corpus(tmp_path / "a.jsonl", 20, "jsonl", seed=7).read_bytes()
    b = corpus.build_corpus(tmp_path / "b.jsonl", 20, "jsonl", seed=7).read_bytes()
    c = corpus.build_corpus(tmp_path / "c.jsonl", 20, "jsonl", seed=8).read_bytes()
    assert a == b and a != c


def test_corpus_bad_format(tmp_path):
    with pytest.raises(ValueError, match="format"):
        corpus.build_corpus(tmp_path, 5, "xml")  # type: ignore[arg-type]
