"""Readers: sources, decoding, text and HTML files, stdin, and the shared examples."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from salname.document import Document, ReadError, Rejected
from salname.readers import ReaderOptions, format_of, iter_sources, read_bytes, read_source, sniff_format
from salname.readers.decode import decode_bytes, decode_with_encoding
from salname.readers.html import looks_like_html, parse_html
from salname.readers.text import parse_header, parse_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = SHARED / "examples"

AZ = "Azərbaycan Respublikasının Prezidenti İlham Əliyev Qazaxıstan Prezidenti ilə görüşüb.\n"
# Azerbaijani as typed in cp1254, which has no ə: "ä" stands in for it.
AZ_CP1254 = (
    "Azärbaycan Respublikasının Prezidenti İlham Äliyev martın 5-dä Qazaxıstan Prezidenti ilä görüşüb. "
    "Görüşdä ikitäräfli ämäkdaşlığın genişländirilmäsi mäsäläläri müzakirä olunub."
)
RU = (
    "Президент Азербайджанской Республики Ильхам Алиев 5 марта встретился с президентом Казахстана. "
    "Стороны обсудили вопросы расширения двустороннего сотрудничества."
)


def docs(items):
    return [d for d in items if isinstance(d, Document)]


def rejected(items):
    return [d for d in items if isinstance(d, Rejected)]


# decode ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (AZ.encode("utf-8"), AZ, "utf-8"),
        (b"\xef\xbb\xbf" + AZ.encode("utf-8"), AZ, "utf-8-sig"),
        (AZ.encode("utf-16"), AZ, "utf-16-le"),  # Python writes a BOM (little-endian here)
        (b"\xfe\xff" + AZ.encode("utf-16-be"), AZ, "utf-16-be"),
        (AZ.encode("utf-16-le"), AZ, "utf-16-le"),  # BOM-less, found by its NUL pattern
        (AZ.encode("utf-16-be"), AZ, "utf-16-be"),
        (RU.encode("utf-16-le"), RU, "utf-16-le"),
        (AZ.encode("utf-32"), AZ, "utf-32-le"),
        (AZ_CP1254.encode("cp1254"), AZ_CP1254, "cp1254"),
        (RU.encode("cp1251"), RU, "cp1251"),
        (RU.encode("koi8_r"), RU, "koi8-r"),
    ],
)
def test_decode_encodings(data, text, encoding):
    assert decode_with_encoding(data, "f.txt") == (text, encoding)


def test_decode_keeps_crlf_and_does_not_normalise():
    text = "Birinci sətir\r\nİkinci sətir\r\n e\u0301 \u00a0son"
    assert decode_bytes(text.encode("utf-8"), "f.txt") == text


def test_decode_file_cut_inside_last_character():
    data = AZ.encode("utf-8") + "ə".encode("utf-8")[:1]
    assert decode_bytes(data, "f.txt") == AZ


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)), "binary file"),
        (bytes(range(256)) * 8, "binary file"),
        (b"abc\x01\x02\x03\x04\x05\x06def ghi", "binary file"),
        (bytes([0x01, 0x00]) * 300, "binary file"),  # a NUL pattern, but not text as UTF-16
        (b"\xef\xbb\xbf\xff\xfe bad", "undecodable"),
    ],
)
def test_decode_rejects_with_reason(data, reason):
    with pytest.raises(ReadError) as e:
        decode_bytes(data, "bad.bin")
    assert e.value.source == "bad.bin"
    assert reason in e.value.reason


def test_decode_random_high_bytes_rejected():
    import random

    rnd = random.Random(7)
    data = bytes(rnd.randint(0x20, 0xFF) for _ in range(3000))
    with pytest.raises(ReadError):
        decode_bytes(data, "noise.txt")


# text files -----------------------------------------------------------------

def test_text_date_line_with_text_on_same_line():
    raw = " date 2024-03 Azərbaycanda dövlət səfəri.\n\nİkinci abzas."
    d = parse_text(raw, "a.txt", "txt", "utf-8")
    assert d.date == "2024-03"
    assert d.title is None
    assert d.raw == raw
    assert raw[d.meta["header_end"] :].startswith("Azərbaycanda")


def test_text_date_line_then_title():
    raw = "\n\ndate 2024-03-05\n\n# Başlıq burada #\r\n\r\nMətn başlayır."
    d = parse_text(raw, "a.md", "md", "utf-8")
    assert (d.date, d.title, d.format) == ("2024-03-05", "Başlıq burada", "md")
    s, e = d.meta["title_span"]
    assert raw[s:e] == "Başlıq burada"
    assert raw[d.meta["header_end"] :] == "Mətn başlayır."


@pytest.mark.parametrize(
    "first, date",
    [("Date: 2024-03-05", "2024-03-05"), ("Tarix: 2024-3-5", "2024-03-05"), ("TARİX 2024-11", "2024-11"),
     ("date 2024-13", None), ("date: yesterday", None), ("dates 2024-03", None)],
)
def test_text_date_line_variants(first, date):
    assert parse_header(first + "\nMətn.")[0] == date


def test_text_no_header():
    raw = "Sadə mətn.\n## İkinci dərəcəli başlıq deyil\n"
    date, title, span, end = parse_header(raw)
    assert (date, title, span, end) == (None, None, None, 0)


def test_text_rejects_blank_and_header_only(tmp_path):
    (tmp_path / "blank.txt").write_text(" \n\n\t\n", encoding="utf-8")
    (tmp_path / "header.txt").write_text("date 2024-03\n\n# Başlıq\n\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = {Path(r.source).name: r.reason for s in iter_sources([str(tmp_path)]) for r in read_source(s)}
    assert out["blank.txt"].startswith("no text")
    assert "after the header" in out["header.txt"]
    assert out["empty.txt"] == "empty file"


def test_text_file_in_cp1251_and_utf16(tmp_path):
    (tmp_path / "ru.txt").write_bytes(RU.encode("cp1251"))
    (tmp_path / "az16.txt").write_bytes(("# Başlıq\n\n" + AZ).encode("utf-16"))
    got = {}
    for p in sorted(tmp_path.iterdir()):
        for d in read_source(str(p)):
            got[p.name] = d
    assert got["ru.txt"].raw == RU and got["ru.txt"].meta["encoding"] == "cp1251"
    assert got["az16.txt"].title == "Başlıq" and got["az16.txt"].meta["encoding"] == "utf-16-le"


def test_text_default_outlet_only_as_fallback():
    opts = ReaderOptions(default_outlet="example.az")
    d1 = docs(read_bytes("Adi mətn, imza yoxdur.".encode(), "a.txt", "txt", opts))[0]
    d2 = docs(read_bytes("AZERTAC xəbər verir ki, tədbir olub.".encode(), "b.txt", "txt", opts))[0]
    assert (d1.outlet, d2.outlet) == ("example.az", "AZERTAC")


def test_binary_file_with_text_extension_rejected(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    (r,) = read_source(str(p))
    assert isinstance(r, Rejected) and r.source == str(p) and "binary" in r.reason


# HTML -----------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="az"><head><meta charset="utf-8">
<title>Bakıda yeni park açıldı - Nümunə.az</title>
<link rel="canonical" href="https://www.numune.az/xeber/123-bakida-yeni-park">
<meta property="og:site_name" content="Nümunə.az">
<meta property="og:title" content="Bakıda yeni park açıldı">
<meta property="article:published_time" content="2024-03-05T10:30:00+04:00">
</head><body>
<nav><a href="/">Əsas</a> <a href="/siyaset">Siyasət</a> <a href="/idman">İdman</a></nav>
<article><h1>Bakıda yeni park açıldı</h1>
<p>Bakının Xətai rayonunda yeni park istifadəyə verilib. Parkda uşaqlar üçün oyun meydançaları,
idman qurğuları və gəzinti yolları salınıb.</p>
<p>Bu barədə Numune.az-a rayon icra hakimiyyətindən məlumat verilib.<br>İkinci sətir burada.</p>
<p>Parkın ərazisi 5 hektardır və burada 2 mindən çox ağac əkilib. Sakinlər yeni istirahət məkanından
razı qaldıqlarını bildiriblər.</p>
</article>
<footer>© 2024 Nümunə.az Bütün hüquqlar qorunur</footer>
</body></html>"""


def test_html_page(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    (d,) = read_source(str(p))
    assert isinstance(d, Document), d
    assert d.format == "html"
    assert d.title == "Bakıda yeni park açıldı"
    assert d.date == "2024-03-05"
    assert d.url == "https://www.numune.az/xeber/123-bakida-yeni-park"
    assert d.outlet == "numune.az"
    assert d.meta["extracted_by"] == "trafilatura"
    # paragraphs blank-line separated, a <br> stays a single line break, navigation and footer gone
    assert "salınıb.\n\nBu barədə" in d.raw
    assert "məlumat verilib.\nİkinci sətir" in d.raw
    assert "Siyasət" not in d.raw and "hüquqlar" not in d.raw
    s, e = d.meta["title_span"]
    assert d.raw[s:e] == d.title
    assert d.raw[d.meta["header_end"] :].startswith("Bakının Xətai")


def test_html_cp1251_declared_charset():
    page = (
        '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article>'
        f"<p>{RU}</p><p>{RU}</p></article></body></html>"
    ).encode("cp1251")
    (d,) = read_bytes(page, "ru.html", "html")
    assert isinstance(d, Document)
    assert RU in d.raw and d.meta["encoding"] == "cp1251"


def test_html_without_main_text_rejected():
    (r,) = read_bytes(b"<html><head><title>x</title></head><body></body></html>", "e.html", "html")
    assert isinstance(r, Rejected) and "no main text" in r.reason


def test_parse_html_outlet_from_attribution_when_no_url():
    page = (
        "<html><body><article><p>AZERTAC xəbər verir ki, Bakıda beynəlxalq konfrans keçirilib. "
        "Konfransda iyirmidən çox ölkənin nümayəndələri iştirak edib.</p></article></body></html>"
    )
    d = parse_html(page, "a.html")
    assert d.outlet == "AZERTAC" and d.url is None


def test_looks_like_html():
    assert looks_like_html("<!doctype html><html><body>x</body></html>")
    assert looks_like_html("  <html lang='az'>")
    assert looks_like_html("<div><p>a</p><p>b</p><a href='x'>c</a></div>")
    assert not looks_like_html("Mətn <b>qalın</b> söz.")
    assert not looks_like_html("a < b və c > d")


# sources --------------------------------------------------------------------

def _tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "b" / "deep").mkdir()
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("A mətni.", encoding="utf-8")
    (root / "b" / "c.md").write_text("# C\n\nC mətni.", encoding="utf-8")
    (root / "b" / "deep" / "d.jsonl").write_text('{"text": "D"}\n', encoding="utf-8")
    (root / "b" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / ".secret.txt").write_text("gizli", encoding="utf-8")
    (root / ".hidden" / "e.txt").write_text("gizli", encoding="utf-8")


def test_iter_sources_folder_recursive_sorted_skips_hidden_and_unsupported(tmp_path):
    _tree(tmp_path)
    got = [os.path.relpath(s, tmp_path) for s in iter_sources([str(tmp_path)])]
    assert got == ["a.txt", os.path.join("b", "c.md"), os.path.join("b", "deep", "d.jsonl")]


def test_iter_sources_globs_missing_and_unsupported(tmp_path):
    _tree(tmp_path)
    out = list(
        iter_sources(
            [
                str(tmp_path / "**" / "*.md"),
                str(tmp_path / "nope.txt"),
                str(tmp_path / "b" / "notes.pdf"),
                str(tmp_path / "*.zzz"),
                str(tmp_path / "b" / "*.pdf"),
                str(tmp_path / "a.txt"),
                str(tmp_path / "a.txt"),  # named twice: read once
                "-",
                "-",
            ]
        )
    )
    assert out[0] == str(tmp_path / "b" / "c.md")
    reasons = [(Path(r.source).name, r.reason) for r in out if isinstance(r, Rejected)]
    assert reasons[0] == ("nope.txt", "no such file or directory")
    assert reasons[1][0] == "notes.pdf" and reasons[1][1].startswith("unsupported file type .pdf")
    assert reasons[2] == ("*.zzz", "no files match this pattern")
    assert reasons[3][0] == "*.pdf" and reasons[3][1].startswith("no supported files match")
    plain = [s for s in out if isinstance(s, str)]
    assert plain == [str(tmp_path / "b" / "c.md"), str(tmp_path / "a.txt"), "-"]


def test_glob_skips_hidden_and_expands_folders(tmp_path):
    _tree(tmp_path)
    got = [os.path.relpath(s, tmp_path) for s in iter_sources([str(tmp_path / "**" / "*.txt")])]
    assert got == ["a.txt"]
    got = [os.path.relpath(s, tmp_path) for s in iter_sources([str(tmp_path / "b*")])]
    assert got == [os.path.join("b", "c.md"), os.path.join("b", "deep", "d.jsonl")]


def test_format_of():
    assert format_of("x/a.TXT") == "txt"
    assert format_of("a.markdown") == "md"
    assert format_of("a.htm") == "html"
    assert format_of("a.ndjson") == "jsonl"
    assert format_of("a.jsonl.gz") == "jsonl"
    assert format_of("a.parquet") == "parquet"
    assert format_of("a.pdf") is None and format_of("README") is None


def test_unreadable_and_unsupported_source(tmp_path):
    (r,) = read_source(str(tmp_path / "missing.txt"))
    assert isinstance(r, Rejected) and r.reason.startswith("file unreadable")
    (r,) = read_source(str(tmp_path / "x.docx"))
    assert isinstance(r, Rejected) and "unsupported" in r.reason


# stdin ----------------------------------------------------------------------

def test_stdin_sniffing():
    jsonl = b'{"text": "Birinci."}\n\n{"text": "\xc4\xb0kinci."}\n'
    assert sniff_format(jsonl) == "jsonl"
    assert sniff_format(PAGE.encode()) == "html"
    assert sniff_format(AZ.encode()) == "txt"
    assert sniff_format(b'[{"text": "x"}]') == "json"
    assert sniff_format(b'{"text": "x"}\nnot json\n') == "txt"

    got = docs(read_source("-", ReaderOptions(), stdin_bytes=jsonl))
    assert [d.raw for d in got] == ["Birinci.", "İkinci."]
    assert [d.source for d in got] == ["<stdin>#1", "<stdin>#3"]
    (h,) = read_source("-", stdin_bytes=PAGE.encode())
    assert h.format == "html" and h.title == "Bakıda yeni park açıldı"
    (t,) = read_source("-", stdin_bytes=("date 2024-03-05 " + AZ).encode())
    assert t.format == "txt" and t.date == "2024-03-05" and t.source == "<stdin>"
    (e,) = read_source("-", stdin_bytes=b"")
    assert isinstance(e, Rejected) and e.reason == "empty input"


# shared examples ------------------------------------------------------------

needs_shared = pytest.mark.skipif(not EXAMPLES.is_dir(), reason="../shared is not present")


@needs_shared
def test_example_000_scraped():
    path = EXAMPLES / "000_bff23db9d68bed38.txt"
    (d,) = read_source(str(path))
    assert isinstance(d, Document), d
    assert d.date == "2024-03"
    assert d.outlet == "metbuat.az"
    assert d.title is None
    assert d.raw == path.read_bytes().decode("utf-8")
    assert d.raw[d.meta["header_end"] :].startswith("Azərbaycanda dövlət səfərində")


@needs_shared
def test_example_001_print():
    path = EXAMPLES / "001_4baf47b5144409af.txt"
    (d,) = read_source(str(path))
    assert isinstance(d, Document), d
    assert d.title == (
        "Qazaxıstan Senatının sədri: “Azərbaycanla qarşılıqlı əlaqələri genişləndirmək üçün böyük potensial mövcuddur”"
    )
    assert d.outlet == "AZERTAC"
    assert d.date is None
    assert d.raw == path.read_bytes().decode("utf-8")
    s, e = d.meta["title_span"]
    assert d.raw[s:e] == d.title
    assert d.raw[d.meta["header_end"] :].startswith("Milli Məclisin Sədri")


@needs_shared
def test_examples_agree_with_gold():
    gold = json.loads((EXAMPLES / "gold.json").read_text(encoding="utf-8"))
    for name, want in gold.items():
        (d,) = read_source(str(EXAMPLES / name))
        assert (d.outlet, d.title) == (want["outlet"], want["title"]), name
        if want["doc_date"]:
            assert d.date == want["doc_date"], name


def test_unmarked_headline_after_date_line():
    from salname.readers.text import parse_header

    raw = "date 2024-05-16\nSahibə Qafarova Astanada Kasım-Jomart Tokayevlə görüşüb\n\nQazaxıstanda rəsmi səfərdə olan Milli Məclisin Sədri.\n"
    date, title, span, end = parse_header(raw)
    assert (date, title) == ("2024-05-16", "Sahibə Qafarova Astanada Kasım-Jomart Tokayevlə görüşüb")
    assert raw[span[0] : span[1]] == title and raw[end:].startswith("Qazaxıstanda")


def test_sentences_and_wrapped_lines_are_not_headlines():
    from salname.readers.text import parse_header

    for raw in (
        "Bakı şəhərində yağış yağır və külək əsir.\n\nDaha sonra hava açılacaq.",  # a sentence
        "Milli Məclisin sədri Sahibə Qafarova Qazaxıstan\nParlamenti ilə görüşüb.\n\nx",  # a wrapped line
        "Tək abzas xəbər mətni burada olur\n\n",  # nothing follows
        "bakıda hava\n\nMətn.",  # starts in lower case
    ):
        assert parse_header(raw)[1] is None, raw
