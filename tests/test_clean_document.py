import random
import re
from pathlib import Path

import pytest

from salname.clean import clean_document, clean_text, detect_header
from salname.clean.repeated import candidate_lines
from salname.document import Document
from salname.offsets import OffsetMap, Replacement, apply_replacements

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = SHARED / "examples"
needs_shared = pytest.mark.skipif(not EXAMPLES.is_dir(), reason="../shared is absent")


def check_invariants(raw: str, clean: str, cmap, changes) -> None:
    assert cmap.out_len == len(clean) and cmap.in_len == len(raw)
    for c in changes:
        assert 0 <= c.start <= c.end <= len(raw)
        assert raw[c.start : c.end] == c.original
    o = i = 0
    for os_, oe, is_, ie, copied in cmap.segments:
        assert (os_, is_) == (o, i), "segments cover both texts contiguously"
        if copied:
            assert clean[os_:oe] == raw[is_:ie]
        o, i = oe, ie
    assert (o, i) == (len(clean), len(raw)) or (not cmap.segments and not raw and not clean)
    again = OffsetMap.from_list(cmap.to_list())  # the form the archive stores
    assert again.segments == cmap.segments
    assert "\n\n\n" not in clean
    assert clean == clean.strip()


def read(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def raw_of(doc: Document, word: str, occurrence: int = 0) -> str:
    starts = [m.start() for m in re.finditer(re.escape(word), doc.clean)]
    i = starts[occurrence]
    s, e = doc.raw_span(i, i + len(word))
    return doc.raw[s:e]


# -- the seed articles -----------------------------------------------------------

@needs_shared
def test_seed_000_scraped():
    raw = read("000_bff23db9d68bed38.txt")
    doc = Document(raw, "000.txt")
    clean_document(doc)
    check_invariants(raw, doc.clean, doc.clean_map, doc.clean_changes)
    assert doc.clean.startswith("Azərbaycanda dövlət səfərində olan")
    assert doc.clean.endswith("fikir mübadiləsi aparılıb.")
    assert "Javascript" not in doc.clean and "date 2024" not in doc.clean
    assert doc.date == "2024-03"
    reasons = [c.reason for c in doc.clean_changes]
    assert reasons == ["date header", "script notice"]
    assert raw_of(doc, "Kasım-Jomart") == "Kasım-Jomart"
    assert raw_of(doc, "Metbuat.az-a") == "Metbuat.az-a"
    assert raw_of(doc, "Azərbaycanda") == "Azərbaycanda"


@needs_shared
def test_seed_000_with_reader_meta():
    raw = read("000_bff23db9d68bed38.txt")
    start = raw.index("Azərbaycanda")
    doc = Document(raw, "000.txt", date="2024-03", meta={"header_end": start})
    clean_document(doc)
    assert doc.clean.startswith("Azərbaycanda dövlət")
    assert doc.clean_changes[0].original == raw[:start]


def _check_001(doc: Document) -> None:
    raw = doc.raw
    clean = doc.clean
    check_invariants(raw, clean, doc.clean_map, doc.clean_changes)
    assert clean.startswith("Milli Məclisin Sədri Sahibə Qafarova Qazaxistana rəsmi səfəri")
    assert "#" not in clean and "Senatının sədri: “Azərbaycanla" not in clean
    assert "talan edib" in clean
    assert "bu ərazilər Xirosimaya" in clean
    assert "ərazi bütövlüyünü bərpa" in clean
    assert "Nur-Sultandakı “Astana-Bayterek”" in clean
    assert "TÜRKPA-nın 10-cu" in clean
    assert "TÜRKPA-ya" in clean
    assert re.search(r"(?<!\n)\n(?!\n)", clean) is None  # paragraphs: exactly "\n\n"
    corrected = read("001_4baf47b5144409af.corrected.txt")
    paragraphs = [line for line in corrected.split("\n") if line.strip() and not line.startswith("# ")]
    assert clean.count("\n\n") == len(paragraphs) - 1
    # words map back to what the source printed
    assert raw_of(doc, "Qazaxistana") == "Qaza-\n\nxistana"
    assert raw_of(doc, "bu ərazilər Xirosimaya") == "bu ərazi-lər Xirosimaya"
    assert raw_of(doc, "bütövlüyünü") == "bütövlüyü nü"
    assert raw_of(doc, "talan edib") == "talan\n\nedib"
    for word in ("Nur-Sultandakı", "TÜRKPA-nın", "Sahibə", "Maulen Aşimbayev", "Xirosimaya", "müşayiət edib."):
        assert raw_of(doc, word) == word
    reasons = {c.reason for c in doc.clean_changes}
    assert {"hyphen line break joined", "line break inside sentence", "stray hyphen before suffix", "space before suffix"} <= reasons


@needs_shared
def test_seed_001_print_detected_header():
    raw = read("001_4baf47b5144409af.txt")
    doc = Document(raw, "001.txt")
    clean_document(doc)
    _check_001(doc)
    assert doc.title.startswith("Qazaxıstan Senatının sədri:")
    assert doc.clean_changes[0].reason == "title line"


@needs_shared
def test_seed_001_print_reader_meta():
    raw = read("001_4baf47b5144409af.txt")
    t0 = raw.index("Qazaxıstan Senatının")
    t1 = raw.index("\n", t0)
    body = raw.index("Milli Məclisin")
    doc = Document(raw, "001.txt", title=raw[t0:t1], meta={"header_end": body, "title_span": [t0, t1]})
    clean_document(doc)
    _check_001(doc)
    assert doc.clean_changes[0].reason == "title line"
    assert doc.clean_changes[0].original == raw[:body]


@needs_shared
def test_seed_001_words_match_hand_correction():
    raw = read("001_4baf47b5144409af.txt")
    clean, _, _ = clean_text(raw)
    corrected = read("001_4baf47b5144409af.corrected.txt")
    body = "\n".join(line for line in corrected.split("\n") if not line.startswith("# "))
    ours, theirs = clean.split(), body.split()
    assert len(ours) == len(theirs)
    same = sum(a == b for a, b in zip(ours, theirs))
    assert same >= 0.9 * len(theirs)  # the rest are the spelling fixes of the corrector


@needs_shared
@pytest.mark.parametrize("name", ["000_bff23db9d68bed38.txt", "001_4baf47b5144409af.txt"])
def test_seeds_clean_is_stable(name):
    clean, _, _ = clean_text(read(name))
    assert clean_text(clean)[0] == clean


# -- documents ------------------------------------------------------------------

BODY = "Görüşdə qarşılıqlı maraq doğuran digər məsələlər ətrafında da fikir mübadiləsi aparılıb."


def test_empty_and_plain():
    clean, cmap, changes = clean_text("")
    assert clean == "" and changes == [] and cmap.out_len == 0
    clean, cmap, changes = clean_text(BODY)
    assert clean == BODY and changes == [] and cmap.is_identity


def test_header_detection():
    h = detect_header("date 2024-03-05\n# Başlıq\n\nMətn.")
    assert h.date == "2024-03-05" and h.title_span == (18, 24)
    assert h.end == len("date 2024-03-05\n# Başlıq\n")
    h = detect_header(" date 2024-03 Mətn davam edir.")
    assert h.date == "2024-03" and h.title_span is None and h.end == len(" date 2024-03 ")
    assert detect_header("dated 2024-03 text").end == 0
    assert detect_header("Mətn # başlıq deyil").end == 0


def test_detected_header_fills_empty_title_and_date_only():
    doc = Document("date 2024-03-05\n# Yeni başlıq\n\nMətn.", "a.txt", title="Reader title", date="2024-03")
    clean_document(doc)
    assert doc.clean == "Mətn."
    assert doc.title == "Reader title" and doc.date == "2024-03"
    assert [c.reason for c in doc.clean_changes] == ["date header", "title line"]


def test_hash_line_in_body_is_a_title_marker():
    clean, _, changes = clean_text("Mətn başlayır.\n\n# Ara başlıq\n\nDavamı.")
    assert clean == "Mətn başlayır.\n\nAra başlıq\n\nDavamı."
    assert [c.reason for c in changes] == ["title marker"]


def test_outlet_boilerplate_removed():
    raw = f"{BODY}\n\nMetbuat.az — xəbərin ünvanı\n\n{BODY}"
    keys = frozenset(candidate_lines(raw))
    doc = Document(raw, "a.txt", outlet="metbuat.az")
    clean_document(doc, keys)
    assert doc.clean == f"{BODY}\n\n{BODY}"
    assert [c.reason for c in doc.clean_changes] == ["outlet boilerplate line"]
    check_invariants(raw, doc.clean, doc.clean_map, doc.clean_changes)


def test_all_steps_together_map_back():
    broken = "Azərbaycan şəhərləri".encode("utf-8").decode("cp1252")
    raw = (
        "\ufeffdate 2024-03\r\n# Başlıq\r\n\r\n"
        f"{broken} böyüyür.\r\n\r\n"
        "Milli\u00a0Məclisin m\u01ddclis sədri Qaza-\r\n\r\nxıstana gedib və\r\n\r\n"
        "talan edib ərazi-lər.\r\n\r\n"
        "Paylaş: Facebook Twitter\r\n"
        "Oxşar xəbərlər\r\nBaşqa xəbər\r\n"
    )
    doc = Document(raw, "x.txt")
    clean_document(doc)
    assert doc.clean == (
        "Azərbaycan şəhərləri böyüyür.\n\n"
        "Milli Məclisin məclis sədri Qazaxıstana gedib və talan edib ərazilər."
    )
    check_invariants(raw, doc.clean, doc.clean_map, doc.clean_changes)
    reasons = [c.reason for c in doc.clean_changes]
    for r in ("date header", "title line", "mojibake repaired", "look-alike schwa", "hyphen line break joined",
              "line break inside sentence", "stray hyphen before suffix", "share/navigation line", "related-news block"):
        assert r in reasons, r
    # a replaced word next to a deletion maps together with it (offset maps merge adjacent replacements)
    assert raw_of(doc, "Azərbaycan şəhərləri").endswith(broken)
    assert raw_of(doc, "şəhərləri") == broken.split()[1]
    assert raw_of(doc, "Qazaxıstana") == "Qaza-\r\n\r\nxıstana"
    assert raw_of(doc, "Məclisin") == "Məclisin"


# -- property: never crashes, every change is true to the raw ----------------------

PIECES = [
    "Azərbaycan", "ərazi", "-lər", "Qaza-", "\n", "\n\n", " ", "  ", "\t", "-", "xıstana", "TÜRKPA-", "nın",
    ".", ",", "Paylaş", "Oxşar xəbərlər", "Please enable JavaScript.", "date 2024-03 ", "# ", "\u00ad",
    "\u200b", "\u00a0", "\r\n", "\r", "ǝ", "ә", "Ә", "Ã¶", "É™", "Ä±", "e\u0301", "bütövlüyü", " nü", "©",
    "talan", "edib", "İlham", "QIZIL", "10-", "cu", "“", "”", "Metbuat.az", "\ufeff", "\x00", "ü",
]


@pytest.mark.parametrize("seed", range(150))
def test_random_text_never_breaks(seed):
    rng = random.Random(seed)
    raw = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60)))
    keys = frozenset(candidate_lines(raw)) if seed % 3 == 0 else frozenset()
    doc = Document(raw, f"r{seed}.txt")
    clean_document(doc, keys)
    check_invariants(raw, doc.clean, doc.clean_map, doc.clean_changes)
    # every clean character maps into raw
    for i in range(len(doc.clean)):
        s, e = doc.raw_span(i, i + 1)
        assert 0 <= s <= e <= len(raw)


def test_composed_map_keeps_a_leading_deletion():
    # a deletion at the very start followed by a replacement there used to fall out of the composition,
    # leaving a map that no longer covered the raw text (and broke when stored and loaded)
    raw = "HEADER\nAbc def"
    t1, m1 = apply_replacements(raw, [Replacement(0, 7, "", "date header")])
    t2, m2 = apply_replacements(t1, [Replacement(0, 3, "Xyz", "fix")])
    m = m1.then(m2)
    assert m.segments[0][2] == 0 and m.span_in(0, 3) == (0, 10)
    assert OffsetMap.from_list(m.to_list()).segments == m.segments
    assert m.span_in(4, 7) == (11, 14) and raw[11:14] == t2[4:7]
