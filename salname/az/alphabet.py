"""The Azerbaijani Latin alphabet, case mapping and vowel classes.

Python's own ``str.lower``/``str.upper`` get the dotted and dotless I wrong for
Azerbaijani (``"I".lower() == "i"``, ``"İ".lower() == "i̇"``), so every stage that
folds case goes through :func:`az_lower`/:func:`az_upper`.
"""

from __future__ import annotations

# The 32 letters in alphabetical order.
UPPER = "ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"
LOWER = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
LETTERS = frozenset(UPPER + LOWER)
UPPER_SET = frozenset(UPPER)
LOWER_SET = frozenset(LOWER)

VOWELS = frozenset("aıoueəiöü")
BACK_VOWELS = frozenset("aıou")
FRONT_VOWELS = frozenset("eəiöü")
ROUNDED_VOWELS = frozenset("ouöü")
UNROUNDED_VOWELS = frozenset("aıeəi")


_FOLD = str.maketrans(
    {
        "ə": "e", "Ə": "E",
        "ı": "i",
        "İ": "I",
        "ğ": "g", "Ğ": "G",
        "ş": "s", "Ş": "S",
        "ç": "c", "Ç": "C",
        "ö": "o", "Ö": "O",
        "ü": "u", "Ü": "U",
    }
)


_LOWERED: dict[str, str] = {}  # words lower-cased before: the extractors ask for the same words again and again


def az_lower(s: str) -> str:
    """Lower case with Azerbaijani I rules: I -> ı, İ -> i."""
    low = _LOWERED.get(s)
    if low is not None:
        return low
    low = s
    if "I" in low:
        low = low.replace("I", "ı")
    if "İ" in low:
        low = low.replace("İ", "i")
    low = low.lower()
    if len(s) <= 40:  # words and short names, not texts
        if len(_LOWERED) >= 200_000:
            _LOWERED.clear()
        _LOWERED[s] = low
    return low


def az_upper(s: str) -> str:
    """Upper case with Azerbaijani I rules: i -> İ, ı -> I."""
    if "i" in s:
        s = s.replace("i", "İ")
    return s.upper()


def az_capitalize(s: str) -> str:
    """First letter upper, the rest lower, with Azerbaijani I rules."""
    return az_upper(s[:1]) + az_lower(s[1:]) if s else s


def is_upper_initial(word: str) -> bool:
    """True when the word starts with an upper-case letter (any script)."""
    return bool(word) and word[0].isupper()


def is_acronym(word: str) -> bool:
    """All cased letters upper case and at least one letter: "TÜRKPA", "BMT", "A"."""
    has_letter = False
    for ch in word:
        if ch.isalpha():
            has_letter = True
            if ch.islower():
                return False
    return has_letter


def is_az_word(word: str) -> bool:
    """True when every character is a letter of the Azerbaijani alphabet."""
    return bool(word) and all(ch in LETTERS for ch in word)


def fold_diacritics(s: str) -> str:
    """Drop Azerbaijani diacritics (ə->e, ı->i, ğ->g, ş->s, ç->c, ö->o, ü->u), for lenient matching."""
    return s.translate(_FOLD)


# Letters a keyboard without Azerbaijani keys cannot type (capital I is plain Latin, so it is not one).
DIACRITIC_LETTERS = frozenset("əışçğöüƏŞÇĞÖÜİ")


def has_diacritics(s: str) -> bool:
    """Whether ``s`` holds a letter that only an Azerbaijani keyboard types."""
    return not DIACRITIC_LETTERS.isdisjoint(s)


_VOWEL_OF = {v: v for v in VOWELS} | {az_upper(v): v for v in VOWELS}


def last_vowel(word: str) -> str | None:
    """The last vowel of a word, lower-cased, or None; harmony of the next suffix follows it."""
    for ch in reversed(word):
        v = _VOWEL_OF.get(ch)
        if v is not None:
            return v
    return None


def ends_in_vowel(word: str) -> bool:
    return bool(word) and word[-1] in _VOWEL_OF
