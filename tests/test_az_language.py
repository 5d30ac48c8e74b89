"""Sentence language: Azerbaijani (with or without its letters) versus the languages it quotes."""

import pytest

from salname.az.alphabet import fold_diacritics
from salname.az.language import is_azerbaijani, sentence_language


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Milli Məclisin Sədri Sahibə Qafarova Astanada görüşüb.", "az"),
        ("Dövlət başçısı ölkələr arasında əməkdaşlığın önəmini vurğulayıb.", "az"),
        ("Türkiye ile Azerbaycan arasındaki ilişkiler çok önemlidir, dedi Bakan.", "tr"),
        ("Мы высоко ценим наше многолетнее сотрудничество с Баку.", "ru"),
        ("Please enable JavaScript in your browser to view this page.", "en"),
        ("Wir danken Ihnen sehr herzlich für die gute Zusammenarbeit.", "de"),
    ],
)
def test_languages_of_the_press(text, lang):
    assert sentence_language(text) == lang


def test_azerbaijani_typed_without_its_letters_is_still_azerbaijani():
    for text in (
        "Qazaxıstan Parlamenti Senatının sədri səfər çərçivəsində görüşüb.",
        "İki ölkə arasında diplomatik əlaqələrin tarixindən söz açaraq inkişafı vurğulayıb.",
        "Bu il yaz mövsümündə yağışlı hava şəraiti gözlənilir.",
    ):
        assert sentence_language(fold_diacritics(text)) == "az", fold_diacritics(text)


def test_short_stretches_are_left_to_their_surroundings():
    assert sentence_language("TASS") == "und" and is_azerbaijani("TASS")
    assert is_azerbaijani("12.05.2024") and not is_azerbaijani("Thank you very much for your kind attention.")
