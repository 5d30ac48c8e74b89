"""The analyzer that index and queries share: folded keys plus suffix-stripped stems."""

import pytest

from salname.az import searchterms
from salname.az.searchterms import fold, text_terms, word_terms, words


def meets(a: str, b: str) -> bool:
    return not set(word_terms(a)).isdisjoint(word_terms(b))


def test_fold_is_case_and_diacritic_insensitive():
    assert fold("QAZAXISTAN") == fold("Qazaxıstan") == fold("qazaxistan") == "qazaxistan"
    assert fold("İLHAM Əliyev") == "ilham eliyev"
    assert fold("ŞƏKİ") == fold("Şəki") == "seki"


@pytest.mark.parametrize(
    "query, text",
    [
        ("senati", "Senatının"), ("qazaxistan", "Qazaxıstanın"), ("Bakı", "Bakıda"), ("baki", "Bakıya"),
        ("görüş", "görüşüb"), ("gorus", "görüşdə"), ("görüşdə", "görüşmüşdür"), ("Qafarova", "Qafarovanın"),
        ("Əliyevlə", "Əliyev"), ("TÜRKPA", "TÜRKPA-nın"), ("Nur-Sultan", "Nur-Sultandakı"), ("ayaq", "ayağı"),
        ("külək", "küləyi"), ("getmək", "gedir"), ("parlamentlərin", "parlamentdə"), ("imzalanması", "imzalandı"),
    ],
)  # fmt: skip
def test_forms_of_one_word_meet(query, text):
    assert meets(query, text)


@pytest.mark.parametrize(
    "query, text",
    [("görüş", "gördü"), ("maraq", "maraqlı"), ("Bakı", "Baş"), ("senat", "sənətkar"), ("ev", "evdə")],
)
def test_other_words_do_not_meet(query, text):
    # voice and derivation make other words; stems shorter than three letters are not stripped to
    assert not meets(query, text)


def test_key_comes_first_and_terms_are_unique():
    terms = word_terms("Senatının")
    assert terms[0] == "senatinin" and "senat" in terms and len(terms) == len(set(terms))
    assert word_terms("29-da")[0] == "29"


def test_text_terms_cover_every_word_in_order():
    text = "Bakıda görüş keçirilib, TÜRKPA-nın iclası."
    assert [w for _, _, w in words(text)] == ["Bakıda", "görüş", "keçirilib", "TÜRKPA-nın", "iclası"]
    terms = text_terms(text).split()
    assert terms[0] == "bakida" and "baki" in terms and "turkpa" in terms and "iclas" in terms
    assert text_terms(text) == text_terms(text)  # cached path gives the same
    assert text_terms("") == "" and text_terms(None) == ""


def test_chains_cached_on_disk_and_rederived(tmp_path, monkeypatch):
    monkeypatch.setenv(searchterms.CACHE_ENV, str(tmp_path))
    searchterms.chains.cache_clear()
    try:
        derived = searchterms.chains()
        files = list(tmp_path.glob("search-chains-*.txt"))
        assert len(files) == 1 and searchterms.ANALYZER_VERSION in files[0].name
        searchterms.chains.cache_clear()
        assert searchterms.chains() == derived  # read back from the file
        assert {"da", "dan", "lar", "inin"} <= derived and "li" not in derived  # -lı is derivation
    finally:
        searchterms.chains.cache_clear()
