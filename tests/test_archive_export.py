import csv
import json

import pyarrow.parquet as pq
import pytest

from salname.archive import Archive, ExportError, export_documents
from salname.archive.export import DEFAULT_FIELDS
from salname.document import Change, Document
from salname.offsets import Replacement, apply_replacements

TRICKY = [
    'Başlıq, vergüllə\n\nİki "dırnaq" və \'tək\' dırnaq;\r\nWindows sətri\rköhnə Mac sətri',
    "  ön boşluq və arxa boşluq\t\t  ",
    "Tab\tvə NUL\x00 və \u2028 \u2029 \x85 \x0b\x0c ayırıcılar, emoji 😀, ə Ə ı İ ş ç ğ ö ü",
    '"""',
    "\n",
    "a,b,c\n1,2,3\n",
]


def make(raw: str, i: int) -> Document:
    d = Document(raw=raw, source=f"src/{i}.txt", outlet="x.az" if i % 2 else None, date="2024-0" + str(1 + i),
                 title=f"Başlıq {i}, \"q\"", url=f"https://x.az/{i}", meta={"i": i, "söz": "ə"})  # fmt: skip
    reps = [Replacement(0, 1, "", "test")] if raw else []
    d.clean, d.clean_map = apply_replacements(raw, reps)
    d.clean_changes = [Change(0, 1, raw[:1], "", "test")] if raw else []
    return d


DOCS = [make(raw, i) for i, raw in enumerate(TRICKY)]


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "a.sqlite") as a:
        a.add_batch(DOCS, [])
        a.add_batch([make(TRICKY[0], 0)], [])  # same content again: still one record
        d = make(TRICKY[1], 1)
        d.source = "mirror/1.txt"
        a.add_batch([d], [])
        yield a


def check(records: list[dict], json_text: bool) -> None:
    assert [r["id"] for r in records] == [d.id for d in DOCS]
    for rec, d in zip(records, DOCS):
        assert rec["raw"] == d.raw
        assert rec["clean"] == d.clean
        assert (rec["source"], rec["outlet"] or None, rec["date"], rec["title"], rec["url"]) == (
            d.source, d.outlet, d.date, d.title, d.url)  # fmt: skip
        meta = json.loads(rec["meta"]) if json_text else rec["meta"]
        assert meta == d.meta
        changes = json.loads(rec["clean_changes"]) if json_text else rec["clean_changes"]
        assert changes == [c.as_dict() for c in d.clean_changes]


def test_jsonl_round_trip(archive, tmp_path):
    out = tmp_path / "out" / "docs.jsonl"
    assert export_documents(archive, out, "jsonl") == len(DOCS)
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == len(DOCS) + 1
    check([json.loads(line) for line in lines[:-1]], json_text=False)
    assert "ə" in lines[0]  # not \u-escaped
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(DOCS)  # one line per record for any reader


def test_csv_round_trip(archive, tmp_path):
    out = tmp_path / "docs.csv"
    assert export_documents(archive, out, "csv") == len(DOCS)
    with open(out, encoding="utf-8", newline="") as fh:
        records = list(csv.DictReader(fh))
    assert list(records[0]) == list(DEFAULT_FIELDS)
    check(records, json_text=True)


def test_parquet_round_trip(archive, tmp_path, monkeypatch):
    monkeypatch.setattr("salname.archive.export.PAGE_ROWS", 4)  # several row groups
    out = tmp_path / "docs.parquet"
    assert export_documents(archive, out, "parquet") == len(DOCS)
    pf = pq.ParquetFile(out)
    assert pf.metadata.num_row_groups == 2
    check(pf.read().to_pylist(), json_text=True)


def test_fields_and_extra_columns(archive, tmp_path):
    out = tmp_path / "few.jsonl"
    export_documents(archive, out, "jsonl", fields=["id", "sources", "layers", "run_id"])
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert set(recs[0]) == {"id", "sources", "layers", "run_id"}
    assert recs[1]["sources"] == ["src/1.txt", "mirror/1.txt"]
    assert recs[0]["layers"] == {}
    pout = tmp_path / "few.parquet"
    export_documents(archive, pout, "parquet", fields=["id", "run_id", "clean_map"])
    table = pq.read_table(pout)
    assert table.column_names == ["id", "run_id", "clean_map"]
    assert json.loads(table.column("clean_map")[0].as_py()) == DOCS[0].clean_map.to_list()
    with pytest.raises(ExportError, match="unknown export field"):
        export_documents(archive, tmp_path / "x.csv", "csv", fields=["id", "nope"])
    with pytest.raises(ExportError, match="unknown export format"):
        export_documents(archive, tmp_path / "x.xml", "xml")


def test_stdout(archive, capsys, tmp_path):
    assert export_documents(archive, "-", "jsonl", fields=["id", "raw"]) == len(DOCS)
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["raw"] for x in lines] == TRICKY
    with pytest.raises(ExportError, match="standard output"):
        export_documents(archive, "-", "parquet")


def test_failed_export_leaves_no_file(archive, tmp_path, monkeypatch):
    out = tmp_path / "docs.jsonl"
    out.write_text("old content")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr("salname.archive.export._rows", boom)
    with pytest.raises(OSError):
        export_documents(archive, out, "jsonl")
    assert out.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_empty_archive_exports_zero(tmp_path):
    with Archive.open(tmp_path / "e.sqlite") as a:
        assert export_documents(a, tmp_path / "e.csv", "csv") == 0
        assert export_documents(a, tmp_path / "e.parquet", "parquet") == 0
        assert export_documents(a, tmp_path / "e.jsonl", "jsonl") == 0
    assert (tmp_path / "e.jsonl").read_text() == ""
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0
