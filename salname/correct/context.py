"""Real-word errors that the next word reveals: two words of the language, only one of which fits.

The word checker passes "təbriklərinin" (a genitive plural) and the candidate index has nothing to
offer for a word the lexicon knows; but before "çatdırıb" a genitive cannot stand
(:mod:`salname.az.syntax`), while the accusative "təbriklərini" can. The fix is made only when
the morphology reads both words unambiguously enough: the genitive as the best reading of the
first, a finite verb or converb as the best reading of the second, and the accusative as the
best reading of the repaired word.
"""

from __future__ import annotations

from typing import Callable

from salname.az.alphabet import az_lower
from salname.az.morphology import analyze
from salname.az.syntax import takes_an_object_not_a_genitive

AGREEMENT = "agreement"
AGREEMENT_CONFIDENCE = 0.7  # a rule, not a score: above the default threshold, below a restoration
_GENITIVE_VOWELS = frozenset("ıiuü")


def genitive_before_verb(word: str, following: str, known: Callable[[str], bool],
                         accepted: Callable[[str], bool]) -> str | None:
    """The accusative ``word`` should be, when it is a genitive and ``following`` a verb form
    that takes none ("təbriklərinin", "çatdırıb" -> "təbriklərini"); else None. Names (a capital)
    are left alone; ``accepted`` must vouch for the repaired word."""
    if len(word) < 5 or word[-1:] != "n" or word[-2] not in _GENITIVE_VOWELS or word[:1].isupper():
        return None  # a genitive ends in -(n)In
    a = analyze(word, known)
    if not a or a[0].pos != "NOUN" or not a[0].features or a[0].features[-1] != "GEN":
        return None
    b = analyze(az_lower(following), known)
    if not b or b[0].pos != "VERB" or not takes_an_object_not_a_genitive(b[0].features):
        return None
    fixed = word[:-1]
    c = analyze(fixed, known)
    if not c or c[0].pos != "NOUN" or not c[0].features or c[0].features[-1] != "ACC" or not accepted(fixed):
        return None
    return fixed
