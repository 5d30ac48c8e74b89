"""Dataset readers: JSONL, JSON, CSV/TSV and Parquet, with per-row rejections."""

from __future__ import annotations

import gzip
import json

import pytest

from salname.document import Document, Rejected
from salname.readers import ReaderOptions, read_bytes, read_source
from salname.readers.datasets import normalise_date, resolve_columns

TEXT = "Bakıda yeni park istifadəyə verilib. Parkda ağaclar əkilib.\r\n\r\nİkinci abzas."


def split(items):
    items = list(items)
    return [d for d in items if isinstance(d, Document)], [d for d in items if isinstance(d, Rejected)]


# JSONL ----------------------------------------------------------------------

def test_jsonl_rows_and_one_bad_row(tmp_path):
    lines = [
        json.dumps({"text": TEXT, "title": " Park ", "date": "2024-03-05T10:30:00+04:00",
                    "url": "https://www.report.az/x/1"}, ensure_ascii=False),
        '{"text": "broken',
        "",
        json.dumps({"content": "Məzmun sahəsindən.", "date": "5 mart 2024"}, ensure_ascii=False),
        json.dumps({"title": "mətn yoxdur"}, ensure_ascii=False),
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Son sətir.", "outlet": "AZƏRTAC"}, ensure_ascii=False),
    ]
    p = tmp_path / "news.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, bad = split(read_source(str(p)))
    assert [d.source for d in good] == [f"{p}#1", f"{p}#4", f"{p}#9"]
    first = good[0]
    assert first.raw == TEXT  # exactly as in the row: CRLF kept
    assert (first.title, first.date, first.url, first.outlet, first.format) == (
        "Park", "2024-03-05", "https://www.report.az/x/1", "report.az", "jsonl")
    assert first.meta["row"] == 1
    assert good[1].raw == "Məzmun sahəsindən." and good[1].date == "2024-03-05"
    assert good[2].outlet == "AZERTAC"
    reasons = {r.source.rsplit("#", 1)[1]: r.reason for r in bad}
    assert reasons["2"].startswith("bad JSON on row 2")
    assert "no text field" in reasons["5"] and "fields: title" in reasons["5"]
    assert "is empty" in reasons["6"]
    assert "not text (int)" in reasons["7"]
    assert "not a JSON object" in reasons["8"]


def test_jsonl_bom_utf16_and_gzip(tmp_path):
    body = '{"text": "Birinci mətn."}\n{"text": "İkinci mətn."}\n'
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    (tmp_path / "wide.jsonl").write_bytes(body.encode("utf-16"))
    with gzip.open(tmp_path / "packed.jsonl.gz", "wb") as f:
        f.write(body.encode("utf-8"))
    for name in ("bom.jsonl", "wide.jsonl", "packed.jsonl.gz"):
        good, bad = split(read_source(str(tmp_path / name)))
        assert [d.raw for d in good] == ["Birinci mətn.", "İkinci mətn."], name
        assert not bad


def test_jsonl_row_in_legacy_encoding_is_read():
    data = b'{"text": "ok"}\n' + '{"text": "Президент Азербайджана встретился с коллегой."}'.encode("cp1251") + b"\n"
    good, bad = split(read_bytes(data, "mix.jsonl", "jsonl"))
    assert len(good) == 2 and not bad
    assert good[1].raw.startswith("Президент") and good[1].meta["encoding"] == "cp1251"


def test_jsonl_without_rows_and_truncated_gzip(tmp_path):
    (r,) = read_bytes(b"\n\n", "blank.jsonl", "jsonl")
    assert isinstance(r, Rejected) and r.reason.startswith("no rows")
    blob = gzip.compress(b'{"text": "a"}\n' * 1000)
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(blob[: len(blob) // 2])
    out = list(read_source(str(p)))
    assert isinstance(out[-1], Rejected) and out[-1].source == str(p)


def test_jsonl_html_column_extracted():
    page = (
        "<html><head><title>Başlıq</title></head><body><article><p>Bakıda beynəlxalq konfrans keçirilib. "
        "Konfransda iyirmidən çox ölkənin nümayəndələri iştirak edib.</p></article></body></html>"
    )
    row = json.dumps({"html": page, "url": "https://oxu.az/x"}, ensure_ascii=False) + "\n"
    (d,) = read_bytes(row.encode(), "pages.jsonl", "jsonl")
    assert isinstance(d, Document), d
    assert "konfrans keçirilib" in d.raw and "<p>" not in d.raw
    assert d.outlet == "oxu.az" and d.format == "jsonl" and d.meta["extracted_by"] == "trafilatura"


# JSON -----------------------------------------------------------------------

def test_json_list_object_and_errors():
    rows = [{"text": "Bir."}, "string row", {"body": "İki."}]
    good, bad = split(read_bytes(json.dumps(rows, ensure_ascii=False).encode(), "l.json", "json"))
    assert [d.raw for d in good] == ["Bir.", "İki."]
    assert [d.source for d in good] == ["l.json#1", "l.json#3"]
    assert bad[0].source == "l.json#2"
    wrapped = {"articles": [{"text": "Üç."}]}
    (d,) = read_bytes(json.dumps(wrapped, ensure_ascii=False).encode(), "w.json", "json")
    assert d.raw == "Üç." and d.format == "json"
    (r,) = read_bytes(b'[{"text": "x"', "bad.json", "json")
    assert isinstance(r, Rejected) and r.reason.startswith("bad JSON") and r.source == "bad.json"
    good, _ = split(read_bytes(b'{"text": "a"}\n{"text": "b"}\n', "lines.json", "json"))
    assert [d.raw for d in good] == ["a", "b"]


# CSV / TSV ------------------------------------------------------------------

def test_csv_custom_columns(tmp_path):
    p = tmp_path / "xeberler.csv"
    p.write_text(
        "id;başlıq;mətn;tarix;mənbə\n"
        '1;Birinci;"Mətn, vergül ilə;\nvə yeni sətirlə.";05.03.2024;Report\n'
        "2;İkinci;;2024-03-06;APA\n"
        "\n"
        "3;Üçüncü;Üçüncü mətn.;12 dekabr 2023;https://www.qafqazinfo.az/news/1\n",
        encoding="utf-8",
    )
    opts = ReaderOptions(text_column="mətn", title_column="başlıq", date_column="tarix", outlet_column="mənbə")
    good, bad = split(read_source(str(p), opts))
    assert [d.source for d in good] == [f"{p}#1", f"{p}#3"]
    assert good[0].raw == "Mətn, vergül ilə;\nvə yeni sətirlə."
    assert (good[0].title, good[0].date, good[0].outlet, good[0].format) == ("Birinci", "2024-03-05", "report.az", "csv")
    assert good[0].meta["row_id"] == "1"
    assert (good[1].date, good[1].outlet) == ("2023-12-12", "qafqazinfo.az")
    assert len(bad) == 1 and bad[0].source == f"{p}#2" and "empty" in bad[0].reason


def test_csv_missing_text_column_and_fallback(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    (r,) = read_source(str(p))
    assert isinstance(r, Rejected) and r.source == str(p)
    assert "missing text column" in r.reason and "columns: a, b" in r.reason
    q = tmp_path / "y.csv"
    q.write_text("Title,Body\nBaşlıq,Gövdə mətni.\n", encoding="utf-8")  # case-insensitive fallback
    (d,) = read_source(str(q), ReaderOptions(text_column="missing"))
    assert (d.title, d.raw) == ("Başlıq", "Gövdə mətni.")


def test_tsv_cp1254_and_header_only(tmp_path):
    p = tmp_path / "x.tsv"
    p.write_bytes("text\tdate\nAzärbaycan Respublikasının Prezidenti İlham Äliyev görüşüb.\t2024\n".encode("cp1254"))
    (d,) = read_source(str(p))
    assert d.raw == "Azärbaycan Respublikasının Prezidenti İlham Äliyev görüşüb."
    assert d.date == "2024" and d.meta["encoding"] == "cp1254" and d.format == "tsv"
    q = tmp_path / "h.csv"
    q.write_text("text,title\n", encoding="utf-8")
    (r,) = read_source(str(q))
    assert isinstance(r, Rejected) and "only a header" in r.reason


def test_csv_bad_bytes_midway_rejects_rest(tmp_path):
    head = "text\n" + "".join(f"Sətir {i} üçün mətn.\n" for i in range(5000))
    p = tmp_path / "m.csv"
    p.write_bytes(head.encode("utf-8") + b"\xff\xfe broken\n" + "Son.\n".encode())
    good, bad = split(read_source(str(p)))
    assert len(good) >= 1000
    assert len(bad) == 1 and "undecodable" in bad[0].reason


# Parquet --------------------------------------------------------------------

def test_parquet(tmp_path):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "article": [TEXT, None, "Üçüncü."],
            "headline": ["Park", "Boş", None],
            "published": [dt.datetime(2024, 3, 5, 10, 30), None, dt.datetime(2023, 12, 12)],
            "link": ["https://apa.az/x", None, None],
            "extra": [1, 2, 3],
        }
    )
    p = tmp_path / "news.parquet"
    pq.write_table(table, p, row_group_size=2)
    good, bad = split(read_source(str(p)))
    assert [d.source for d in good] == [f"{p}#1", f"{p}#3"]
    assert (good[0].raw, good[0].title, good[0].date, good[0].outlet, good[0].format) == (
        TEXT, "Park", "2024-03-05", "APA", "parquet")
    assert good[1].date == "2023-12-12"
    assert len(bad) == 1 and bad[0].source == f"{p}#2"
    # the same bytes through read_bytes, as a worker process would get them
    good2, _ = split(read_bytes(p.read_bytes(), str(p), "parquet"))
    assert [d.raw for d in good2] == [d.raw for d in good]


def test_parquet_missing_column_and_not_parquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    p = tmp_path / "n.parquet"
    pq.write_table(pa.table({"a": [1]}), p)
    (r,) = read_source(str(p))
    assert isinstance(r, Rejected) and "missing text column" in r.reason
    q = tmp_path / "fake.parquet"
    q.write_bytes(b"this is not parquet")
    (r,) = read_source(str(q))
    assert isinstance(r, Rejected) and "not a readable Parquet file" in r.reason


# helpers --------------------------------------------------------------------

@pytest.mark.parametrize(
    "value, iso",
    [("2024-03-05T10:30:00Z", "2024-03-05"), ("05.03.2024", "2024-03-05"), ("5 mart 2024", "2024-03-05"),
     (2024, "2024"), (1709632800, "2024-03-05"), (1709632800000, "2024-03-05"), ("dünən", None), (None, None),
     (True, None)],
)
def test_normalise_date(value, iso):
    assert normalise_date(value) == iso


def test_resolve_columns_none_disables_field():
    cols = resolve_columns(["text", "title", "source"], ReaderOptions(title_column=None))
    assert (cols.text, cols.title, cols.outlet, cols.outlet_strict) == ("text", None, "source", True)


def test_guessed_outlet_column_is_strict():
    rows = '{"text": "Mətn.", "source": "crawl-2024"}\n{"text": "Mətn 2.", "source": "Oxu.az"}\n'
    good, _ = split(read_bytes(rows.encode(), "s.jsonl", "jsonl"))
    assert [d.outlet for d in good] == [None, "oxu.az"]
