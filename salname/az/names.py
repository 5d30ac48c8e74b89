"""Proper names Azerbaijani text is sure to contain, from the CLDR data shipped in babel.

The word lists know few proper names, and a corrector must not "fix" a name it cannot vouch for.
Country and territory names in Azerbaijani (CLDR, via babel: "Qazaxıstan", "Türkiyə", "Özbəkistan")
are names it can vouch for, so a name written without its letters ("Qazaxistana") can be restored.
"""

from __future__ import annotations

from functools import lru_cache

from salname.az.alphabet import az_lower


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased Azerbaijani names of countries and territories (single words and phrases)."""
    from babel import Locale

    names = Locale("az").territories
    return frozenset(az_lower(v) for k, v in names.items() if len(k) == 2 and k.isalpha())


def is_country_name(form: str) -> bool:
    return az_lower(form) in country_names()


# Azerbaijani surnames end in these (Əliyev, Qafarova, Rəsulzadə); a capitalised word with one of
# them, maybe inflected ("Əliyevanın"), is a name even at the start of a sentence.
SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "zadə")


def looks_like_a_surname(word: str) -> bool:
    """Whether a capitalised ``word`` ends like a surname, before any case ending."""
    if not word[:1].isupper():
        return False
    from salname.az.morphology import analyze  # names.py is imported by the analyzer's users only

    low = az_lower(word)
    return low.endswith(SURNAME_ENDINGS) or any(az_lower(a.stem).endswith(SURNAME_ENDINGS)
                                                 for a in analyze(word)[:3] if a.suffixes)


# Lower-case words inside foreign names ("Yaap de Hoop Sxeffer", "Leonardo da Vinçi", "Ursula von der
# Lyayen"): between two capitalised words they belong to the name.
NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "van", "von", "fon", "der", "den", "la", "le",
                            "bin", "ibn", "al", "el", "ul", "y"})
