"""Which fixes a name may take. The word lists know few proper names, and a name the corrector cannot
vouch for is left as it is written, with three exceptions: its own letters put right when the
writer typed Azerbaijani letters in it ("Qəlebə" -> "Qələbə"), a country's name given back its lost
letters or a vowel ("Qazaxistana", "Qazaxistən"), and a name its own article writes at least twice
("Qazaxistənən" where the article has "Qazaxıstan").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from salname.az import gazetteer
from salname.az.alphabet import BACK_VOWELS, FRONT_VOWELS, az_lower, fold_diacritics, has_diacritics
from salname.az.morphology import analyze
from salname.az.names import is_country_name
from salname.az.suffixes import is_suffix_chain
from salname.az.text import search_key
from salname.correct.candidates import EXACT, Candidate, restore_case

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
def typed_name(word: str) -> tuple[str | None] | None:
    """What text typed without Azerbaijani letters means by a capitalised word the name lists know:
    (None,) for a name as written ("Samir", "Mehmet", "Tomas": never "Şamır", "Məhmət"), (the name,)
    for an Azerbaijani name that lost its letters ("Elsad" -> "Elşad", "Nesirli" -> "Nəsirli"), None
    when the lists say nothing of it."""
    low = az_lower(word)
    if gazetteer.is_first_name(low) or gazetteer.is_surname(low):
        return (None,)
    if word[:1] == "I" and (gazetteer.is_first_name("i" + low[1:]) or gazetteer.is_surname("i" + low[1:])):
        return ("İ" + word[1:],)  # "Ilham", "Ilqar": a capital I typed for İ
    found = gazetteer.restored(word, shortest=3)  # "Eli" -> "Əli"
    if found is None or not gazetteer.is_home_name(found[0]):
        return None
    if not found[1]:
        return (restore_case(word, found[0]),)
    stem = restore_case(word[:-found[1]], found[0])  # "Nesirlinin" -> "Nəsirli" + "nin"
    ending = harmonised(word[-found[1]:], stem)
    return (stem + ending,) if ending is not None and is_suffix_chain(az_lower(ending), az_lower(stem)) else None


def harmonised(ending: str, stem: str) -> str | None:
    """An ending typed without the letters, with the vowels the stem's last vowel calls for ("nin" after
    "Əliquliyeva" is "nın", "de" after "Gəncə" is "də"); None if it has letters other than plain ones."""
    last = next((c for c in reversed(az_lower(stem)) if c in BACK_VOWELS or c in FRONT_VOWELS), None)
    if last is None or not ending.isalpha() or has_diacritics(ending):
        return None
    back = last in BACK_VOWELS
    table = {"i": "ı", "u": "u", "e": "a"} if back else {"i": "i", "u": "ü", "e": "ə"}
    return "".join(table.get(c, c) for c in ending.lower())


# A surname's ending as typed without Azerbaijani letters, maybe with a case ending after it.
# ("Rehimli", not "Milli": four letters at least before -li)
_TYPED_SURNAME = re.compile(r"(?:..(?:ov|ova|yev|yeva|ev|eva|zade|oglu)|....(?:li|lu))"
                            r"(?:nin|nun|in|un|a|e|ya|ye|da|de|dan|den|la|le|ni|nu|i|u)?$")


def typed_surname(word: str) -> bool:
    """Whether a capitalised word ends like a surname, its letters typed or not ("Qasimzade", "Memmedova")."""
    return word[:1].isupper() and _TYPED_SURNAME.search(fold_diacritics(az_lower(word))) is not None


# Derivations a stem takes before its endings, which the suffix grammar leaves to the word lists
# ("qırğızıstanlı", "idxalçı", "dostluq").
_DERIVATIONS = ("lıq", "lik", "luq", "lük", "lı", "li", "lu", "lü", "çı", "çi", "çu", "çü")


@lru_cache(maxsize=65_536)
def reinflects(word: str, form: str) -> bool:
    """Whether ``word`` is ``form``'s stem with other endings ("etimadnaməsinin" of "etimadnaməsini",
    "Budapeştdəki" of "Budapeştdə", "qırğızıstanlı" of "qırğızıstanı"): a well-formed word of the same
    stem, so ``form`` would change its meaning (case, number, possession), not mend a slip."""
    w, f = az_lower(word), az_lower(form)
    found = analyze(form)
    for stem in {az_lower(found[0].stem), f} if found else {f}:  # the likeliest reading only: not "Koreyad" + -a
        if len(stem) < 4 or len(w) <= len(stem) or not w.startswith(stem):
            continue
        rest = w[len(stem):]
        if is_suffix_chain(rest, stem):
            return True
        for d in _DERIVATIONS:
            if rest.startswith(d) and (rest == d or is_suffix_chain(rest[len(d):], stem + d)):
                return True
    return False


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
