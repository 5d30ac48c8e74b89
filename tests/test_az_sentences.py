"""The sentence splitter: abbreviations, initials, numbers, quotes, paragraphs; seeds and corpora."""

from pathlib import Path

import pytest

from salname.az.sentences import sentences, split_sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"


def texts(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_plain_sentences():
    assert texts("Görüş keçirildi. Sonra mətbuata açıqlama verildi! Niyə? Bilinmir.") == [
        "Görüş keçirildi.", "Sonra mətbuata açıqlama verildi!", "Niyə?", "Bilinmir.",
    ]


def test_abbreviations_inside_a_sentence():
    assert len(texts("Alma, armud və s. meyvələr satılır. Sonra prof. Əliyev danışdı.")) == 2
    assert len(texts("Görüşdə məs. Bakı və Gəncə qeyd olundu.")) == 1
    assert len(texts("Büdcə 5 mln. ABŞ dolları təşkil edir.")) == 1


def test_terminal_abbreviation_before_a_capital_ends_the_sentence():
    assert texts("Alma, armud və s. Sonra çay içildi.") == ["Alma, armud və s.", "Sonra çay içildi."]


def test_initials():
    assert len(texts("Prezident İ. Əliyev və H.Ə. Əliyev adına fond, H.Əliyev qeyd etdi.")) == 1
    assert len(texts("A. Quliyev adına zavod işləyir.")) == 1


def test_numbers_and_dates():
    assert len(texts("Otağın sahəsi 3.5 kv. metrdir və 29.09.2024 tarixində açıldı.")) == 1
    assert len(texts("Məqalənin 5. səhifəsi maraqlıdır.")) == 1
    assert texts("Layihə 2024. Sonra başa çatdı.") == ["Layihə 2024.", "Sonra başa çatdı."]
    assert len(texts("Sasani hökmdarı II. Xosrov taxta çıxdı.")) == 1


def test_quotes_and_ellipsis():
    assert texts("O, “Gələcəm” dedi.” Sonra getdi.") == ["O, “Gələcəm” dedi.”", "Sonra getdi."]
    assert texts("«Gəl!» dedi. Bəs sonra?! Heç nə... Sadəcə gözlədi.") == [
        "«Gəl!» dedi.", "Bəs sonra?!", "Heç nə...", "Sadəcə gözlədi.",
    ]
    assert len(texts("Hm... bilmirəm.")) == 1
    assert len(texts("“Gəl!” — dedi.")) == 1


def test_never_starts_lowercase_after_an_abbreviation():
    for s in texts("Prof. Əliyev, dos. Məmmədov, akad. Həsənov və s. alimlər gəldi. Bu yaxşıdır."):
        assert not s[0].islower()
    assert len(texts("5 km. məsafədə yerləşir.")) == 1


def test_paragraphs_and_lines():
    assert texts("Başlıq olmadan mətn\n\nyeni abzas burada") == ["Başlıq olmadan mətn", "yeni abzas burada"]
    assert texts("Başlıq\nMətn başlayır.") == ["Başlıq", "Mətn başlayır."]
    assert len(texts("Sətir qırıldı\nvə davam etdi.")) == 1
    assert len(texts("2023-cü il sentyabrın\n29-da keçirilib.")) == 1
    assert len(texts("Bitdi.\n29 nəfər gəldi.")) == 2


def test_spans_and_sentence_objects_agree():
    text = "  Bir. İki iki!\n\nÜç “dörd”.  "
    spans = split_sentences(text)
    objs = sentences(text)
    assert spans == [(s.start, s.end) for s in objs]
    assert [s.text for s in objs] == ["Bir.", "İki iki!", "Üç “dörd”."]
    assert [t.text for t in objs[2].tokens] == ["Üç", "“", "dörd", "”", "."]
    assert split_sentences("") == [] and split_sentences(" \n") == []


def _seed(prefix):
    found = sorted((SHARED / "examples").glob(prefix + "_*.txt")) if SHARED.is_dir() else []
    found = [p for p in found if ".corrected" not in p.name]
    if not found:
        pytest.skip("seed example not available")
    return found[0].read_text(encoding="utf-8")


def test_seed_000():
    text = _seed("000")
    spans = split_sentences(text)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    first = text[spans[0][0] : spans[0][1]]
    assert first == paragraphs[0].strip()  # the first paragraph is one sentence
    # counted by reading: 38 sentences of the article and the trailing script notice
    assert len(spans) == 39
    assert all(text[s].isupper() for s, _ in spans[1:])


def _boundary_recall(sents):
    text = " ".join(sents)
    gold, pos = set(), 0
    for s in sents:
        pos += len(s)
        gold.add(pos)
        pos += 1
    pred = {e for _, e in split_sentences(text)}
    return len(gold & pred) / len(gold), len(gold & pred) / len(pred)


def test_ud_tuecl_boundaries():
    path = SHARED / "data" / "ud-tuecl" / "az_tuecl-ud-test.conllu"
    if not path.is_file():
        pytest.skip("UD test set not available")
    sents = [ln[len("# text = ") :].strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("# text = ")]
    if not sents:
        pytest.skip("no sentence texts")
    recall, precision = _boundary_recall(sents)
    assert recall >= 0.98 and precision >= 0.98  # measured 0.993 / 1.0


def test_azwiki_dev_boundaries():
    path = SHARED / "data" / "azwiki" / "sentences.dev.txt"
    if not path.is_file():
        pytest.skip("azwiki dev sentences not available")
    sents = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    recall, precision = _boundary_recall(sents)
    # some lines hold more than one sentence, which lowers precision against them
    assert recall >= 0.99 and precision >= 0.97  # measured 0.999 / 0.98
