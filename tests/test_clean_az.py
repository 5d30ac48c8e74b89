import pytest

from salname.az.alphabet import (
    LETTERS,
    LOWER,
    UPPER,
    az_capitalize,
    az_lower,
    az_upper,
    ends_in_vowel,
    fold_diacritics,
    is_acronym,
    is_az_word,
    is_upper_initial,
    last_vowel,
)
from salname.az.suffixes import ALL_CHAINS, STANDALONE_WORDS, chains_for, is_detached_suffix, is_suffix_chain, realize


def test_alphabet_has_32_letters_in_pairs():
    assert len(UPPER) == len(LOWER) == 32
    assert "Ə" in UPPER and "ə" in LOWER and "W" not in LETTERS
    for u, lo in zip(UPPER, LOWER):
        assert az_lower(u) == lo
        assert az_upper(lo) == u


@pytest.mark.parametrize(
    "word, lower, upper",
    [
        ("İLHAM", "ilham", "İLHAM"),
        ("ISPARTA", "ısparta", "ISPARTA"),
        ("İlham Əliyev", "ilham əliyev", "İLHAM ƏLİYEV"),
        ("qızıl", "qızıl", "QIZIL"),
        ("Bakı", "bakı", "BAKI"),
    ],
)
def test_case_mapping_gets_dotted_and_dotless_i_right(word, lower, upper):
    assert az_lower(word) == lower
    assert az_upper(word) == upper


def test_capitalize_and_initials():
    assert az_capitalize("ilham") == "İlham"
    assert az_capitalize("ISMAYILLI") == "Ismayıllı"
    assert is_upper_initial("Əli") and not is_upper_initial("əli") and not is_upper_initial("")
    assert is_acronym("TÜRKPA") and is_acronym("BMT") and not is_acronym("Qaza") and not is_acronym("29")


def test_fold_diacritics():
    assert fold_diacritics("Şəhər Ölkə Çay Ğ ı İ Ü") == "Seher Olke Cay G i I U"


def test_vowels():
    assert last_vowel("ərazi") == "i"
    assert last_vowel("BMT") is None
    assert last_vowel("QIZ") == "ı"
    assert ends_in_vowel("bütövlüyü") and not ends_in_vowel("kitab")
    assert is_az_word("Qazaxıstan") and not is_az_word("Washington") and not is_az_word("")


@pytest.mark.parametrize(
    "stem, chain",
    [
        ("ərazi", "lər"),
        ("kitab", "lar"),
        ("kitab", "ların"),
        ("şəhər", "lərindən"),
        ("Sultan", "dakı"),
        ("ev", "imizdə"),
        ("bütövlüyü", "nü"),
        ("ərazisi", "ndə"),
        ("ölkə", "lərimizin"),
        ("qonaq", "ları"),
        ("Bakı", "ya"),
        ("Bakı", "nın"),
        ("göz", "lərdən"),
        ("su", "lar"),
    ],
)
def test_chains_that_harmonise(stem, chain):
    assert is_suffix_chain(chain)
    assert is_suffix_chain(chain, stem)


@pytest.mark.parametrize(
    "stem, chain",
    [
        ("ərazi", "lar"),  # wrong harmony
        ("kitab", "lər"),
        ("bütövlüyü", "nu"),
        ("ərazi", "ın"),  # a vowel stem takes nın
        ("kitab", "nın"),  # a consonant stem takes ın
        ("ərazi", "qaz"),
        ("ərazi", "birinə"),
    ],
)
def test_chains_that_do_not(stem, chain):
    assert not is_suffix_chain(chain, stem)


def test_acronyms_take_any_harmony():
    assert is_suffix_chain("nın", "BMT") and is_suffix_chain("nin", "BMT")


def test_common_words_are_not_chains():
    for w in ("qaz", "logistika", "birinə", "çoxtərəfli", "Jomart", "cu"):
        assert not is_suffix_chain(w), w
    assert "da" in STANDALONE_WORDS and "də" in STANDALONE_WORDS


def test_realize_buffers():
    front = (False, False)
    assert realize("(n)In", front, True)[0] == "nin"
    assert realize("(n)In", front, False)[0] == "in"
    assert realize("(y)A", (True, True), True)[0] == "ya"
    assert realize("(s)I", (False, True), False)[0] == "ü"
    assert realize("dAkI", (True, False), False)[0] == "dakı"


def test_chain_sets_are_consistent():
    for c in chains_for((True, False), False):
        assert c in ALL_CHAINS
    assert "lar" in chains_for((True, False), False) and "lər" not in chains_for((True, False), False)


def test_detached_suffix():
    assert is_detached_suffix("bütövlüyü", "nü")
    assert is_detached_suffix("ərazi", "nin")
    assert not is_detached_suffix("kitab", "nın")
    assert not is_detached_suffix("bütövlüyü", "nı")
    assert not is_detached_suffix("ərazi", "lər")
