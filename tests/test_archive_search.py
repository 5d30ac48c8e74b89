import random

import pytest

from salname.archive import Archive, plain, snippet_parts
from salname.archive.search import (
    MARK_END,
    MARK_START,
    MAX_QUERY_CHARS,
    Highlighter,
    build_match,
    build_match_plain,
    query_terms,
)
from salname.document import Document


def doc(raw: str, source: str, **kw) -> Document:
    d = Document(raw=raw, source=source, **kw)
    d.clean = raw.strip()
    return d


CORPUS = [
    doc("Parlament iclası keçirildi. Deputatlar büdcəni müzakirə etdilər.", "1.txt",
        title="Büdcə", outlet="a.az", date="2024-03-05"),
    doc("Bu gün büdcə haqqında danışıldı, sonra iclas bitdi.", "2.txt",
        title="Xəbərlər", outlet="b.az", date="2024-03"),
    doc("Bakıda hava isti olacaq. Küləkli hava gözlənilir.", "3.txt",
        title="Hava proqnozu", outlet="a.az", date="2023-12-31"),
    doc("Dünya çempionatı başladı; komanda qələbə qazandı.", "4.txt",
        title="İdman", outlet="b.az", date=None),
    doc('Sitat: "AND OR NOT" sözləri; NEAR( və ulduz * işarəsi.', "5.txt", title="Sintaksis", outlet="a.az",
        date="2024"),
]  # fmt: skip


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "a.sqlite"
    with Archive.open(path) as a:
        a.add_batch(CORPUS, [])
        yield a


def ids(page) -> list[str]:
    return [h.id for h in page.hits]


def test_title_counts_more_than_body(archive):
    page = archive.search("büdcə")
    assert page.total == 2
    assert ids(page) == [CORPUS[0].id, CORPUS[1].id]  # title match first
    assert page.hits[0].score > page.hits[1].score > 0
    h = page.hits[0]
    assert (h.title, h.outlet, h.date, h.source) == ("Büdcə", "a.az", "2024-03-05", "1.txt")


def test_snippet_marks_matches(archive):
    hit = archive.search("hava").hits[0]
    assert f"{MARK_START}hava{MARK_END}" in hit.snippet.lower()
    assert MARK_START not in hit.plain_snippet and "hava" in hit.plain_snippet
    assert plain(hit.snippet) == hit.plain_snippet
    parts = snippet_parts(hit.snippet)
    assert "".join(t for t, _ in parts) == hit.plain_snippet
    assert any(hot and t.lower() == "hava" for t, hot in parts)
    assert snippet_parts("a\x02b\x03c") == [("a", False), ("b", True), ("c", False)]


def test_words_are_anded_prefixed_and_diacritics_folded(archive):
    assert ids(archive.search("parlament büdcə")) == [CORPUS[0].id]
    assert archive.search("parlament hava").total == 0
    assert ids(archive.search("Bakı")) == [CORPUS[2].id]  # prefix: Bakıda
    assert ids(archive.search("dunya")) == [CORPUS[3].id]  # ü folded
    assert ids(archive.search("KÜLƏKLİ")) == [CORPUS[2].id]  # case folded, İ included


def test_inflected_and_diacritic_free_queries_find_the_word(archive):
    assert ids(archive.search("baki")) == [CORPUS[2].id]  # no diacritics, found as "Bakıda"
    assert ids(archive.search("parlamentdə büdcəsi")) == [CORPUS[0].id]  # other case endings
    assert set(ids(archive.search("budceni"))) == {CORPUS[0].id, CORPUS[1].id}
    assert set(ids(archive.search("iclasında"))) == {CORPUS[0].id, CORPUS[1].id}
    assert archive.search("kulek").total == 1  # "Küləkli" by its folded key as a prefix
    assert archive.search("gozlenilmir").total == 1  # negation is inflection: "gözlənilir"
    assert archive.search("havalı").total == 0  # derivation makes another word


def test_snippets_mark_every_form_of_the_word(archive):
    hit = archive.search("baki hava").hits[0]
    parts = snippet_parts(hit.snippet)
    assert [t for t, hot in parts if hot] == ["Bakıda", "hava", "hava"]
    light = Highlighter("qazaxistan senati")
    text = "Görüşdə Qazaxıstan Parlamenti Senatının sədri də iştirak edib. " + "Söz " * 60 + "Qazaxıstanla."
    snip = light.snippet(text, size=8)
    assert snip.startswith(f"Görüşdə {MARK_START}Qazaxıstan{MARK_END} Parlamenti {MARK_START}Senatının{MARK_END}")
    assert snip.endswith("…")
    tail = light.snippet("Söz " * 60 + "Qazaxıstanla.", size=8)
    assert tail.startswith("…") and tail.endswith(f"{MARK_START}Qazaxıstanla{MARK_END}.")


def test_filters_and_partial_dates(archive):
    assert ids(archive.search("iclas", outlet="b.az")) == [CORPUS[1].id]
    assert archive.search("iclas", outlet="c.az").total == 0
    # "2024-03" overlaps both March days and the month itself; "2024" (year only) overlaps too
    assert set(ids(archive.search("büdcə", date_from="2024-03-10"))) == {CORPUS[1].id}
    assert set(ids(archive.search("büdcə", date_to="2024-03-01"))) == {CORPUS[1].id}
    assert set(ids(archive.search("hava", date_from="2024"))) == set()
    assert set(ids(archive.search("hava", date_to="2023-12"))) == {CORPUS[2].id}
    assert archive.search("sitat", date_from="2024-06", date_to="2024-07").total == 1
    assert archive.search("komanda", date_from="2000").total == 0  # undated documents drop out
    with pytest.raises(ValueError, match="date_from"):
        archive.search("hava", date_from="March")


def test_paging(archive):
    assert archive.search("iclas büdcə OR hava").total == 0  # OR is a word: no document has all four
    every = archive.search("büdcə", limit=10)
    first = archive.search("büdcə", limit=1)
    second = archive.search("büdcə", limit=1, offset=1)
    assert first.total == second.total == 2
    assert ids(first) + ids(second) == ids(every)
    assert archive.search("büdcə", offset=5).hits == []
    assert archive.search("büdcə", limit=0).hits == []


def test_operators_are_plain_words(archive):
    assert ids(archive.search('"AND OR NOT"')) == [CORPUS[4].id]
    assert ids(archive.search("NEAR( ulduz *")) == [CORPUS[4].id]
    assert build_match_plain('a "b" c*') == '"a" "b" "c"'
    assert build_match_plain("Bakı NEAR(x") == '"Bakı"* "NEAR"* "x"'
    # the analysed form: every word and every term quoted, column filters and operators ours
    m = build_match('Bakı "b" NEAR(x')
    assert m == '("baki"* OR "bak") AND ("b") AND ("near"*) AND ("x")' and '"near"*' in m and '"baki"*' in m and '"bak"' in m and "NEAR" not in m
    assert build_match('a"') == '("a")'
    assert query_terms("hava HAVA Hava") == ["hava"]


@pytest.mark.parametrize(
    "query",
    ["", "   ", '"', '""', "'", "*", "-", "-hava", "hava*", "^hava", "NEAR(", "NEAR(hava iclas, 2)",
     ") OR (", "(((", "AND", "OR OR", "NOT", "hava AND", "title:hava", "{title}: x", "'; DROP TABLE documents; --",
     "\x00", "\x02hava\x03", "hava\udcff", "😀 emoji", "ə" * MAX_QUERY_CHARS, "_", "a_b", "x" * 300 + " y"],
)  # fmt: skip
def test_hostile_queries_never_raise(archive, query):
    page = archive.search(query)
    assert page.total >= 0 and len(page.hits) <= 10
    assert archive.search("hava").total == 1 and len(archive) == len(CORPUS)  # nothing was dropped


def test_random_junk_never_raises(archive):
    rng = random.Random(7)
    alphabet = list('"\'*-+^():{}[]<>,.;!?/\\|&%$#@~`= \t\n') + list("ANDORNOTnear") + ["NEAR", " ə", "İ", "\u0301"]
    for _ in range(300):
        q = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        archive.search(q, outlet=rng.choice([None, "a.az", "'; --"]))


def test_empty_and_overlong_queries(archive):
    assert archive.search("").total == 0 and archive.search("!!! ...").hits == []
    with pytest.raises(ValueError, match="too long"):
        archive.search("x" * (MAX_QUERY_CHARS + 1))
