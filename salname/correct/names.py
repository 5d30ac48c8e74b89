"""Which fixes a name may take. The word lists know few proper names, and a name the corrector cannot
vouch for is left as it is written, with three exceptions: its own letters put right when the
writer typed Azerbaijani letters in it ("Qəlebə" -> "Qələbə"), a country's name given back its lost
letters or a vowel ("Qazaxistana", "Qazaxistən"), and a name its own article writes at least twice
("Qazaxistənən" where the article has "Qazaxıstan").
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from salname.az.alphabet import az_lower, has_diacritics
from salname.az.morphology import analyze
from salname.az.names import is_country_name
from salname.az.suffixes import is_suffix_chain
from salname.az.text import search_key
from salname.correct.candidates import EXACT, Candidate

# A name the lists do not know is only given back lost letters (or, for a country's name in CLDR,
# salname.az.names, a slip of one vowel): "Qazaxistana" -> "Qazaxıstana", but "Niyazi" must not
# become "Niyazı", nor the town "Yanina" the word "Yanına", trusted as both are.
MAX_NAME_COST = 0.8
NAME_FIX_TRUST = 0.6  # a name's letters are put right only into a form this trusted
MAX_COUNTRY_COST = 1.0  # a country's name may also take a vowel of the wrong harmony back ("Qazaxistən")


@lru_cache(maxsize=65_536)
def names_a_country(form: str) -> bool:
    """Whether ``form`` is a country's Azerbaijani name, maybe inflected ("Qazaxıstana")."""
    return is_country_name(form) or any(is_country_name(a.stem) for a in analyze(form)[:3])


def may_rename(word: str, c: Candidate, restored: bool) -> bool:
    """Whether a capitalised word the lists do not know may become ``c`` (``restored``: only its
    diacritics differ): a country's name ("Qazaxistana", "Qazaxistən" -> Qazaxıstan...), or its own
    letters put right when the writer typed Azerbaijani letters in it ("Qəlebə" -> "Qələbə",
    "Şurasındaki"): a name in plain letters ("Yanina", "Niyazi") may be spelt just so."""
    if c.kind == EXACT or c.cost > (MAX_NAME_COST if restored else MAX_COUNTRY_COST):
        return False
    if restored and c.cost <= MAX_NAME_COST and c.trust >= NAME_FIX_TRUST and has_diacritics(word) and all(
            a == b or not has_diacritics(a) for a, b in zip(word, c.form)) and (
            "ə" in word.lower() or not any(a in "eE" and b in "əƏ" for a, b in zip(word, c.form))):
        # letters added, never taken away: "İvan" is no typo of "Ivan"; and an "e" becomes "ə" only in a
        # name already written with "ə": "Süreyya", in Turkish letters, is a Turkish name, not "Sürəyya"
        return True
    if not restored and skeleton(c.form) != skeleton(word):
        return False  # a vowel of the wrong harmony at most: "Quba" is no "Kuba"
    return names_a_country(c.form)


@lru_cache(maxsize=65_536)
def skeleton(word: str) -> str:
    """The consonants of a word, diacritics folded (remembered: a name is compared with each of its fixes)."""
    return "".join(ch for ch in search_key(word) if ch not in "aeiouı")


def written_in(form: str, names: Counter) -> int:
    """How often ``names`` (capitalised words of a text) holds ``form``, or the name it inflects,
    when at least twice; else 0."""
    n = names.get(form, 0)
    if n >= 2:
        return n
    for k in range(len(form) - 1, 3, -1):
        base = form[:k]
        n = names.get(base, 0)
        if n >= 2 and is_suffix_chain(az_lower(form[k:]), az_lower(base)):
            return n
    return 0
