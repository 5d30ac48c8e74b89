"""The hand-written list of the commonest forms, and the diacritic test."""

from salname.az.alphabet import LOWER_SET, has_diacritics
from salname.az.frequent import FREQUENT, is_frequent


def test_frequent_forms_are_lower_case_azerbaijani_words():
    assert len(FREQUENT) > 200
    assert all(set(w) <= LOWER_SET for w in FREQUENT), sorted(w for w in FREQUENT if not set(w) <= LOWER_SET)
    # capitalised entries are stored in Azerbaijani lower case (İ -> i, I -> ı)
    assert is_frequent("azərbaycan") and is_frequent("bakıda")
    assert is_frequent("və") and is_frequent("görə") and not is_frequent("ve") and not is_frequent("gore")


def test_has_diacritics_counts_only_letters_a_plain_keyboard_lacks():
    assert has_diacritics("Bakı") and has_diacritics("İlham") and has_diacritics("şəhər")
    assert not has_diacritics("Bakida") and not has_diacritics("Ilham")  # a plain capital I is typable
