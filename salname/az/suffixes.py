"""Nominal inflection suffixes of Azerbaijani, written as data, and the chains they form.

Templates use archiphonemes: ``A`` is a/ə (two-way harmony), ``I`` is ı/i/u/ü
(four-way harmony). A parenthesised letter is present only in one context:
a buffer consonant ``(y)``, ``(n)``, ``(s)`` only after a vowel, an optional
vowel ``(I)`` only after a consonant. A chain is stem + [plural] + [possessive]
+ [case]; its vowels follow the last vowel of the stem.

This is deliberately small: enough to tell whether a string split off a word
("ərazi-lər", "bütövlüyü nü") is only inflection. Full morphology lives elsewhere.
"""

from __future__ import annotations

from functools import lru_cache

from salname.az import grammar
from salname.az.alphabet import VOWELS, az_lower, last_vowel

PLURAL = ("lAr",)
POSSESSIVE = ("(I)m", "(I)n", "(I)mIz", "(I)nIz")
POSSESSIVE_3 = ("(s)I",)
# case endings after a bare stem, a plural, or a 1st/2nd person possessive
CASE = ("(n)In", "(y)A", "(n)I", "dA", "dAn", "(y)lA", "dAkI")
# case endings after a 3rd person possessive take a pronominal n
CASE_AFTER_POSSESSIVE_3 = ("nIn", "nA", "nI", "ndA", "ndAn", "(y)lA", "ndAkI")

# Suffix-shaped strings that are also words of their own: never join these to the word before.
STANDALONE_WORDS = frozenset(
    {
        "a", "ə", "da", "də", "dan", "ya", "yə", "nə", "na", "un", "ün", "in", "ki", "mı", "mi", "mu", "mü",
        "min", "su", "sinə", "ümdə", "la", "lap", "ilə",
    }
)

# Templates are realised by the morphology's own grammar (harmony, buffers): one implementation.
HARMONY_CLASSES = grammar.HARMONY_CLASSES
harmony_class = grammar.harmony_of
realize = grammar.realize


def _extend(chains: set[str], prefix: str, cls: tuple[bool, bool], after_vowel: bool, templates: tuple[str, ...]) -> list[tuple[str, tuple[bool, bool], bool]]:
    grown = []
    for t in templates:
        text, c, av = realize(t, cls, after_vowel)
        chains.add(prefix + text)
        grown.append((prefix + text, c, av))
    return grown


@lru_cache(maxsize=None)
def chains_for(cls: tuple[bool, bool], after_vowel: bool) -> frozenset[str]:
    """Every inflection chain that can follow a stem of this harmony class and ending."""
    chains: set[str] = set()
    starts = [("", cls, after_vowel)]
    starts += _extend(chains, "", cls, after_vowel, PLURAL)
    for prefix, c, av in list(starts):
        _extend(chains, prefix, c, av, CASE)
        for p2, c2, av2 in _extend(chains, prefix, c, av, POSSESSIVE):
            _extend(chains, p2, c2, av2, CASE)
        for p3, c3, av3 in _extend(chains, prefix, c, av, POSSESSIVE_3):
            _extend(chains, p3, c3, av3, CASE_AFTER_POSSESSIVE_3)
    if after_vowel:
        # the stem may itself end in a 3rd person possessive: "ərazisi-ndə", "bütövlüyü-nü"
        _extend(chains, "", cls, after_vowel, CASE_AFTER_POSSESSIVE_3)
    return frozenset(chains)


ALL_CHAINS: frozenset[str] = frozenset().union(
    *(chains_for(c, av) for c in HARMONY_CLASSES for av in (False, True))
)


def _stem_context(stem: str) -> list[tuple[tuple[bool, bool], bool]]:
    """(harmony class, ends in a vowel) pairs a stem allows; a stem without vowels (an acronym,
    read letter by letter) allows all of them."""
    v = last_vowel(stem)
    if v is None:
        return [(c, av) for c in HARMONY_CLASSES for av in (False, True)]
    return [(harmony_class(v), az_lower(stem[-1:]) in VOWELS)]


def is_suffix_chain(s: str, stem: str | None = None) -> bool:
    """True when ``s`` is nothing but inflection; with ``stem``, it must also harmonise with it."""
    s = az_lower(s)
    if s not in ALL_CHAINS:
        return False
    if stem is None:
        return True
    return any(s in chains_for(c, av) for c, av in _stem_context(stem))


# Case endings that begin with a pronominal n after a vowel: they cannot be words of their own,
# so "bütövlüyü nü" is one word split by a stray space.
DETACHABLE = ("(n)I", "(n)In")


def is_detached_suffix(stem: str, s: str) -> bool:
    """True when ``s`` is an accusative/genitive ending that belongs to the vowel-final ``stem``."""
    if not stem or not s or s[0] != "n":
        return False
    v = last_vowel(stem)
    if v is None or az_lower(stem[-1]) not in VOWELS:
        return False
    return any(realize(t, harmony_class(v), True)[0] == s for t in DETACHABLE)


# Word-building suffixes that continue a stem into a new word ("standart-laşdıran", "qərb-ləşmə",
# "güc-süz"): a string starting with one is the tail of a derived word, not a word run into the one
# before it, whatever word list holds the fragment. Also the enclitics written apart or together
# ("ilə", "ki", "da"): splitting those off is no correction.
DERIVATION_STARTS = (
    "laş", "ləş", "lan", "lən", "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür",
    "lıq", "lik", "luq", "lük", "sız", "siz", "suz", "süz", "çı", "çi", "çu", "çü", "il", "ıl",
)
ENCLITICS = frozenset({"ilə", "ki", "da", "də", "mı", "mi", "mu", "mü", "sa", "sə"})


def starts_like_a_suffix(s: str) -> bool:
    """Whether ``s`` (lower case) begins with a word-building suffix or is an enclitic."""
    return s in ENCLITICS or s.startswith(DERIVATION_STARTS)


# Endings that print and careless tokenising leave standing alone after a number or a word: the
# ordinal ("2005 - ci il") and the predicative copula ("Bakı dır"), besides the case chains above.
LOOSE_ENDINGS = frozenset({
    "ci", "cı", "cu", "cü", "inci", "ıncı", "uncu", "üncü", "nci", "ncı", "ncu", "ncü",
    "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür",
})


def is_loose_ending(s: str) -> bool:
    """Whether ``s`` (lower case) is nothing but an ending: a case chain, an ordinal, a copula."""
    return s in LOOSE_ENDINGS or is_suffix_chain(s)
