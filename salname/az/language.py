"""Which language a sentence is in, so that correction leaves Turkish, Russian and English alone.

Azerbaijani news quotes Turkish officials, Russian agencies and English notices; "correcting"
them into Azerbaijani would alter meaning. Most Azerbaijani sentences carry the letter ə, which
none of the neighbouring languages use, so they are recognised without a model; a sentence in
Cyrillic is not Azerbaijani (the Latin alphabet has been official since 1991). Everything else
goes to lingua (lingua-language-detector, statistical models shipped in the wheel, so nothing
is downloaded), restricted to the languages met in this press; its models load on first use.

Azerbaijani typed without its letters ("Qazaxistan Parlamenti Senatinin sedri ile gorusub") is
Turkish to a model: a third of the azwiki sentences, stripped, come out "tr". But Turkish written
by Turks has ı, ş, ç, ğ, ö or ü in nearly every sentence; so a sentence with none of them that the
model calls Turkish is taken for Azerbaijani typed plain, which in an Azerbaijani archive it
nearly always is.
"""

from __future__ import annotations

import re
from functools import lru_cache

AZERBAIJANI = "az"
UNKNOWN = "und"
# the languages Azerbaijani news quotes most, by ISO 639-1 code
CANDIDATES = ("az", "tr", "ru", "en", "kk", "de", "fr", "fa")  # lingua has no Uzbek model
MIN_LETTERS = 12  # shorter stretches say too little: treated as the surrounding text's language

_SCHWA = re.compile("[əƏ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[^\W\d_]")
_TURKISH_LETTERS = re.compile("[ıİşŞçÇğĞöÖüÜ]")


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in CANDIDATES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def sentence_language(text: str) -> str:
    """ISO 639-1 code of the sentence's language, or "und" when it has too few letters to tell."""
    if _SCHWA.search(text):
        return AZERBAIJANI
    letters = len(_LATIN_LETTER.findall(text))
    if letters < MIN_LETTERS:
        return UNKNOWN
    cyr = len(_CYRILLIC.findall(text))
    if cyr * 2 > letters:
        return "kk" if re.search("[әғқңөұүһі]", text, re.IGNORECASE) else "ru"
    lang = _detector().detect_language_of(text)
    if lang is None:
        return UNKNOWN
    code = lang.iso_code_639_1.name.lower()
    if code == "tr" and not _TURKISH_LETTERS.search(text):
        return AZERBAIJANI
    return code


def is_azerbaijani(text: str) -> bool:
    """True for Azerbaijani and for stretches too short to tell (a name, a number, a heading word)."""
    return sentence_language(text) in (AZERBAIJANI, UNKNOWN)
