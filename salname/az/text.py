"""Case folding and search keys for Azerbaijani text.

Comparisons and search must treat "İLHAM", "İlham" and "ilham" as one word, and
a query typed without diacritics ("qazaxistan") must reach "Qazaxıstan". Python's
``str.lower``/``str.casefold`` map "I" to "i" and "İ" to "i̇", which is wrong here,
so everything goes through :func:`az_casefold`.
"""

from __future__ import annotations

from salname.az.alphabet import az_lower, fold_diacritics

_COMBINING_DOT = "\u0307"


def az_casefold(s: str) -> str:
    """Case-insensitive form with Azerbaijani I rules (I -> ı, İ -> i).

    Length-preserving (offsets stay valid), except that a decomposed "I" + combining dot
    above, as some sources write İ, becomes one "i".
    """
    if _COMBINING_DOT in s:
        s = s.replace("I" + _COMBINING_DOT, "İ").replace("i" + _COMBINING_DOT, "i")
    return az_lower(s)


def search_key(s: str) -> str:
    """Case- and diacritic-insensitive key: "Qazaxıstan", "QAZAXISTAN", "qazaxistan" -> "qazaxistan"."""
    return fold_diacritics(az_casefold(s))
