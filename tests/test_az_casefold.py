"""Azerbaijani case folding and the diacritic-free search key."""

from salname.az.text import az_casefold, search_key


def test_dotted_and_dotless_i():
    assert az_casefold("İLHAM") == "ilham"
    assert az_casefold("ISLAM") == "ıslam"
    assert az_casefold("Qazaxıstan") == az_casefold("QAZAXISTAN") == "qazaxıstan"
    assert az_casefold("İƏT") == "iət"


def test_casefold_keeps_length_for_offsets():
    s = "İlham Əliyev İSTANBULDA, ŞUŞA, Ümid"
    assert len(az_casefold(s)) == len(s)


def test_decomposed_dotted_capital_i():
    assert az_casefold("I\u0307lham") == "ilham"


def test_search_key_folds_case_and_diacritics():
    assert search_key("Qazaxıstan") == search_key("qazaxistan") == "qazaxistan"
    assert search_key("ŞƏRƏF ÇÖRƏYİ Ğ Ü") == "seref coreyi g u"
    assert search_key("Gəncə") == search_key("GENCE") == "gence"
    assert search_key("İlham") == search_key("ILHAM") == "ilham"


def test_search_key_leaves_other_text():
    assert search_key("COP29, 2024!") == "cop29, 2024!"
