"""A little Azerbaijani syntax: what a word's case says about the word after it.

A genitive ("təbriklərinin", "dövlətin") marks the possessor of a noun that follows ("dövlətin
başçısı"), or the subject of a participle clause ("nazirin dediyi"); a finite verb or a converb
never takes one. So a genitive right before such a verb is a real-word error, almost always the
accusative with a stray n ("təbriklərinin çatdırıb" -> "təbriklərini çatdırıb"): both are words,
and only the verb after tells them apart.
"""

from __future__ import annotations

import re

# Features of a verb form that ends a clause or links it on: the tenses no participle shares
# (-mIş, -AcAK and -Ar are participles too: "kapitalın sürətləndirilmiş amortizasiyası"), and the converbs.
# (-mAdAn is also a verbal noun in the ablative: "özəlləşmədən sonra")
FINITE_OR_CONVERB = frozenset({"PRS", "PST", "PERF.IB", "CVB.ARAQ", "CVB.ANDA", "CVB.INCA"})
# Features that make a verb form a noun or an adjective, which a genitive may well precede.
NOMINAL_VERB_FORMS = frozenset({"PTCP.PRS", "PTCP.PST", "PTCP.FUT", "PTCP.PF", "VN", "INF", "CVB.DIQDA"})


# The endings those forms can have (a cheap test before the analyzer is asked): -Ir, -dI, -Ib, -ArAq,
# -AndA, -IncA, maybe with a person ending.
_FINITE_ENDING = re.compile(
    "(?:[ıiuü]r|[dt][ıiuü]|[ıiuü]b|araq|ərək|anda|əndə|[ıiuü]nc[aə])"
    "(?:lar|lər|am|əm|san|sən|[ıiuü]q|[ıiuü]k|s[ıiuü]n[ıiuü]z|[ıiuü]n[ıiuü]z|m|n|q|k|z)?$"
)


def may_be_finite(word: str) -> bool:
    """Whether a lower-case word ends as a finite verb or a converb may (see FINITE_OR_CONVERB)."""
    return _FINITE_ENDING.search(word) is not None


def takes_an_object_not_a_genitive(features: tuple[str, ...]) -> bool:
    """Whether a verb form with these features cannot follow a genitive but may take an object:
    finite verbs and converbs, not passive (a passive's noun is a subject: "kamera gətirilib")."""
    return (bool(FINITE_OR_CONVERB.intersection(features)) and not NOMINAL_VERB_FORMS.intersection(features)
            and "PASS" not in features)


# Nouns that stand as the head of a possessive phrase before a postposition-like case ("əməkdaşlığın
# genişlənməsi istiqamətində", "sazişin çərçivəsində", "seçkilər ərəfəsində"): after a possessor they
# take the possessive -(s)I, which a hasty writer drops ("genişlənməsi istiqamətdə").
RELATIONAL_NOUNS = frozenset({"istiqamət", "çərçivə", "ərəfə", "səviyyə"})
RELATIONAL_CASES = frozenset({"LOC", "ABL", "DAT"})
