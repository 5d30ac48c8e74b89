"""Real-word errors that a neighbouring word reveals: two words of the language, only one of which fits.

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
from salname.az.morphology import analyze, generate
from salname.az.syntax import RELATIONAL_CASES, RELATIONAL_NOUNS, may_be_finite, takes_an_object_not_a_genitive

AGREEMENT = "agreement"
AGREEMENT_CONFIDENCE = 0.7  # a rule, not a score: above the default threshold, below a restoration
_GENITIVE_VOWELS = frozenset("ıiuü")
NOMINAL_MARGIN = 1.5  # a nominal reading of the next word this close to its verbal one: no verb


def genitive_before_verb(word: str, following: str, known: Callable[[str], bool],
                         accepted: Callable[[str], bool]) -> str | None:
    """The accusative ``word`` should be, when it is a genitive and ``following`` a verb form
    that takes none ("təbriklərinin", "çatdırıb" -> "təbriklərini"); else None. Names (a capital)
    are left alone; ``accepted`` must vouch for the repaired word."""
    if len(word) < 5 or word[-1:] != "n" or word[-2] not in _GENITIVE_VOWELS or word[:1].isupper():
        return None  # a genitive ends in -(n)In
    low_next = az_lower(following)
    if not may_be_finite(low_next):
        return None
    a = analyze(word, known)
    if not a or a[0].pos != "NOUN" or not a[0].features or a[0].features[-1] != "GEN":
        return None
    b = analyze(low_next, known)
    if not b or b[0].pos != "VERB" or not takes_an_object_not_a_genitive(b[0].features):
        return None
    if any(x.pos != "VERB" and x.score >= b[0].score - NOMINAL_MARGIN for x in b[1:]):
        return None  # as likely a noun or an adjective: "töhfələrin aydın mənzərəsi"
    fixed = word[:-1]
    c = analyze(fixed, known)
    if not c or c[0].pos != "NOUN" or not c[0].features or c[0].features[-1] != "ACC" or not accepted(fixed):
        return None
    return fixed


_POSSESSIVE_3 = ("sı", "si", "su", "sü")
_RELATIONAL_STARTS = tuple(sorted(RELATIONAL_NOUNS))


def possessed_after_possessor(previous: str, word: str, known: Callable[[str], bool],
                              accepted: Callable[[str], bool]) -> str | None:
    """The possessed form ``word`` should be after a possessor ("genişlənməsi istiqamətdə" ->
    "istiqamətində"), when ``word`` is one of the relational nouns of :mod:`salname.az.syntax` in
    a bare local case and ``previous`` is a genitive or ends in the possessive -sI; else None."""
    if word[:1].isupper() or not previous or not word.startswith(_RELATIONAL_STARTS):
        return None
    a = analyze(word, known)
    if not a or a[0].lemma not in RELATIONAL_NOUNS or len(a[0].features) != 1 or a[0].features[0] not in RELATIONAL_CASES:
        return None
    p = analyze(az_lower(previous), known)
    if not p or p[0].pos == "PRON" or not p[0].features:
        return None
    last = p[0].features[-1]
    if not (last == "GEN" or last == "POSS.3" and az_lower(previous).endswith(_POSSESSIVE_3)):
        return None
    try:
        fixed = generate(a[0].lemma, ["POSS.3", a[0].features[0]])
    except ValueError:
        return None
    return fixed if accepted(fixed) else None
