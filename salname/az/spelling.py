"""Which word tokens a spell checker should leave alone, and why.

A corrector must only touch words it has reason to doubt, so acceptance is a chain of
principled tests, each named by the reason it reports: the token is a number, a unit
symbol or an acronym; a proper name (capitalised where a sentence does not start, or at a
sentence start when no trusted word is one edit away); a word of another script; a form the
lexicon trusts (``Lexicon.trust``); a hyphenated compound of accepted parts; or a stem the
lexicon vouches for plus a suffix chain the grammar licenses (``noun_stem_vouched``,
``is_verb_root``). Morphology vouches only on good evidence: no colloquial readings, a 1SG/2SG
possessive only on a stem with a paradigm, a two-letter verb root only with its infinitive
listed, an elided stem only when other listed forms show the elision. Anything else is "unknown": not necessarily wrong, but a candidate for
correction. Real words misspelt into other real words ("ad" for "adı") pass: no word checker
can see them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from salname.az import morphology
from salname.az.alphabet import LETTERS, LOWER, VOWELS, az_lower, is_acronym
from salname.az.lexicon import (
    CLOSED_CLASSES,
    FOREIGN as _FOREIGN_FLAG,
    NLTK,
    NOISE,
    Lexicon,
    is_closed_class,
    is_verb_root,
    normalize_form,
    noun_stem_vouched,
)
from salname.az.suffixes import is_suffix_chain

# Reasons; every one but UNKNOWN means "accepted".
NUMBER = "number"  # digits or a Roman numeral: "29", "29-da", "DC-10", "XIX"
SYMBOL = "symbol"  # no letters at all, or a lone letter (a label, a variable, an initial)
UNIT = "unit"  # a unit symbol, maybe inflected: "km", "m-dir", "kv"
ACRONYM = "acronym"  # "BMT", "TÜRKPA-nın"
NAME = "name"  # capitalised, not sentence-initial ("Safronov"), or initial and no typo of a known word
FOREIGN = "foreign"  # another script, or a Latin word with several letters Azerbaijani lacks
LEXICON = "lexicon"  # a form the lexicon trusts
MORPHOLOGY = "morphology"  # a vouched stem + a licensed suffix chain, or a listed function word
COMPOUND = "compound"  # hyphenated, every part accepted: "tez-tez", "qeyd-şərtsiz"
UNKNOWN = "unknown"
ACCEPTED = frozenset({NUMBER, SYMBOL, UNIT, ACRONYM, NAME, FOREIGN, LEXICON, MORPHOLOGY, COMPOUND})

DEFAULT_THRESHOLD = 0.5
# Unit symbols written after numbers, without a dot ("5 km-ə", "3 m-dir", "20 kv km").
UNITS: frozenset[str] = frozenset(
    {
        "mm", "sm", "dm", "m", "km",  # millimetr, santimetr, desimetr, metr, kilometr
        "kv", "kub",  # kvadrat (also kilovolt), kub
        "mq", "q", "kq", "t", "s",  # milliqram, qram, kiloqram, ton, sentner
        "ml", "l", "ha",  # millilitr, litr, hektar
        "vt", "kvt", "mvt", "qvt",  # vatt, kilovatt, meqavatt, giqavatt
        "v", "a", "hs",  # volt, amper, herts
        "san", "dəq", "mln", "mlrd", "man",  # saniyə, dəqiqə, milyon, milyard, manat
    }
)
# An acronym is short; a long all-capitals word is a word in capitals (a headline), to be checked.
ACRONYM_MAX_LETTERS = 6
# Readings the grammar marks as colloquial ("yatmı" for "yatmır") are spellings a corrector
# should see, not vouch for.
COLLOQUIAL = "COLL"
# First and second person possessives are rare in news and reference prose, and a reading with
# one is often a misparse: a stem + m ("kii-m" for "kim"), or the 2SG -(I)n standing for the
# genitive or the pronominal n ("tərəf-in-lə" for "tərəfində"). So they vouch only on a stem
# with a paradigm of its own, and the 2SG one only at the end of a word.
PERSONAL_POSSESSIVES = frozenset({"POSS.1SG", "POSS.2SG"})
SECOND_PERSON = "POSS.2SG"
# A verb root this short is the first letters of too many words: it vouches only when its
# infinitive is listed ("ol": olmaq, "et": etmək; not "sə").
SHORT_VERB_ROOT = 2
# An elided stem ("oğul" -> "oğl-") must show its elision in this many other listed forms
# (the accusative and the dative, "oğlu", "oğla"): one can be an unrelated word ("yatma").
MIN_ELIDED_FORMS = 2
_CLOSE_VOWELS = frozenset("ıiuü")

_SEPARATORS = "-\u2010\u2011'\u2019\u02bc"
_SPLIT_RX = re.compile("[" + re.escape(_SEPARATORS) + "]")
_HYPHEN_RX = re.compile("[-\u2010\u2011]")
_LATIN_OK = LETTERS | frozenset(_SEPARATORS)
_ROMAN = frozenset("IVXLCDM")


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script of a letter as Unicode names it: LATIN, CYRILLIC, GREEK..."""
    return unicodedata.name(ch, "UNKNOWN ").split(" ", 1)[0]


def _is_name_shape(word: str) -> bool:
    """Capitalised letters-only parts: "Safronov", "Kasım-Jomart", "Azərbaycan'ın"; not "BaKı"."""
    parts = _SPLIT_RX.split(word)
    first = parts[0]
    if len(first) < 2 or not first.isalpha() or not first[0].isupper() or not first[1:].islower():
        return False
    for p in parts[1:]:
        if not p.isalpha() or not (p.islower() or (p[0].isupper() and (len(p) == 1 or p[1:].islower()))):
            return False
    return True


def _inflected_base(word: str) -> tuple[str, str]:
    """``(base, suffix)`` when the word is base + separator + a suffix chain, else ``(word, "")``."""
    if word.isalpha() and "\u02bc" not in word:
        return word, ""  # no separator: of the separators only U+02BC counts as a letter
    m = None
    for m in _SPLIT_RX.finditer(word):
        pass
    if m is not None and m.start() > 0:
        k = m.start()
        tail = word[m.end() :]
        if tail and tail.islower() and (
            is_suffix_chain(tail) or any(a.suffixes and len(a.stem) == k for a in morphology.analyze(word))
        ):
            return word[:k], tail
    return word, ""


def _foreign(word: str) -> bool:
    """Another script throughout ("природне"), or Latin with two or more letters Azerbaijani
    lacks ("workshop"). One odd letter in an Azerbaijani-looking word is more often a typo
    ("onunw"), and a mix of scripts is a typo or an OCR error, so neither counts."""
    if word and LETTERS.issuperset(word):
        return False  # Azerbaijani letters only
    letters = [ch for ch in word if ch.isalpha()]
    scripts = {_script(ch) for ch in letters}
    if len(scripts) != 1:
        return False
    if scripts != {"LATIN"}:
        return True
    return sum(ch not in _LATIN_OK for ch in letters) >= 2


def _one_edit(low: str) -> Iterator[str]:
    """Every string one deletion, adjacent swap, insertion or substitution of a letter from ``low``."""
    for i in range(len(low) + 1):
        head, tail = low[:i], low[i:]
        if tail:
            yield head + tail[1:]
            rest = tail[1:]
            for ch in LOWER:
                yield head + ch + tail
                yield head + ch + rest
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
        else:
            for ch in LOWER:
                yield head + ch


class WordChecker:
    """Accepts or doubts single word tokens; ``why`` names the rule that accepted one."""

    def __init__(self, lexicon: Lexicon, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.lexicon = lexicon
        self.threshold = threshold

    def accepts(self, word: str, sentence_initial: bool = False) -> bool:
        return self.why(word, sentence_initial) != UNKNOWN

    def why(self, word: str, sentence_initial: bool = False) -> str:
        """The reason ``word`` is accepted, or ``UNKNOWN``; ``sentence_initial`` says its capital
        may be only the sentence's."""
        if not word.isalpha():  # (all letters: no digit either, no Unicode letter is one)
            if not any(ch.isalpha() for ch in word):
                return NUMBER if any(ch.isdigit() for ch in word) else SYMBOL
            if any(ch.isdigit() for ch in word):
                return NUMBER
        low = az_lower(word)
        if self.lexicon.trust(low) >= self.threshold:
            return LEXICON
        if len(word) == 1:
            return SYMBOL
        base, suffix = _inflected_base(word)
        if _ROMAN.issuperset(base):
            return NUMBER
        if base.isupper() and is_acronym(base) and 2 <= sum(ch.isalpha() for ch in base) <= ACRONYM_MAX_LETTERS:
            return ACRONYM
        if not sentence_initial and _is_name_shape(word):
            return NAME
        if base in UNITS:
            return UNIT
        if _foreign(word):
            return FOREIGN
        if self._explained(low):
            return MORPHOLOGY
        parts = _HYPHEN_RX.split(word)
        if len(parts) > 1 and all(parts) and all(
            self.why(p, sentence_initial and i == 0) != UNKNOWN for i, p in enumerate(parts)
        ):
            return COMPOUND
        if sentence_initial and _is_name_shape(word) and not self._near_known(low):
            # a capital that may be the sentence's: a name unless one edit from a known word
            return NAME
        return UNKNOWN

    def _near_known(self, low: str) -> bool:
        """Whether a form the lexicon trusts is one edit (substitution, insertion, deletion,
        adjacent swap) from ``low``: then an unknown capitalised word is likelier its typo."""
        trusted = self.lexicon.trust
        bar = self.threshold
        n = len(low)
        if normalize_form(low) == low:
            # every edit of a normalised form is one (letters of LOWER in, none out of case): one set
            # operation finds those the lexicon lists, and only they are asked for their trust
            edits = set(_one_edit(low))
            edits.discard(low)
            return any(trusted(c) >= bar for c in self.lexicon._e.keys() & edits)
        seen: set[str] = set()
        for i in range(n + 1):
            head, tail = low[:i], low[i:]
            cands = [head + tail[1:]] if tail else []
            if len(tail) > 1:
                cands.append(head + tail[1] + tail[0] + tail[2:])
            for ch in LOWER:
                cands.append(head + ch + tail)
                if tail:
                    cands.append(head + ch + tail[1:])
            for c in cands:
                if c != low and c not in seen:
                    seen.add(c)
                    if c in self.lexicon and trusted(c) >= bar:
                        return True
        return False

    # -- morphology -----------------------------------------------------------------
    def _stem_ok(self, stem: str) -> bool:
        return noun_stem_vouched(self.lexicon, stem) and (
            self.lexicon.trust(stem) >= self.threshold or is_closed_class(stem)
        ) and not self._pronominal_n(stem)

    def _pronominal_n(self, stem: str) -> bool:
        """A listed stem + the possessive + the pronominal n ("tərəf-i-n"), which the lists' own
        "tərəfində", "tərəfindən" make look like a stem with a paradigm: not a stem of its own
        unless it is an nltkaz headword."""
        if len(stem) < 4 or stem[-1] != "n" or stem[-2] not in _CLOSE_VOWELS:
            return False
        v = self.lexicon._get(stem)
        if v is not None and v & NLTK:
            return False
        base = stem[:-2]
        if base[-1:] == "s" and base[-2:-1] in VOWELS:
            base = base[:-1]  # after a vowel the possessive is -sI ("xala-sı-n")
        return self.lexicon.is_stem(base)

    def _short_root_ok(self, root: str) -> bool:
        """A two-letter root's listed forms may be other words' beginnings; its infinitive is not."""
        if len(root) > SHORT_VERB_ROOT:
            return True
        for inf in (root + "maq", root + "mək"):
            v = self.lexicon._get(inf)
            if v is not None and not v & (NOISE | _FOREIGN_FLAG):
                return True
        return False

    def _elision_ok(self, stem: str, low: str) -> bool:
        """The stem as written, or an elision ``MIN_ELIDED_FORMS`` other listed forms show (a
        stricter ``lexicon.elision_attested``): so that "yatmı" is no form of "yatım"."""
        if low.startswith(stem[:-1]):
            return True  # no elision (at most a final k/q/t alternation)
        elided = stem[:-2] + stem[-1:]
        n = 0
        for vowel in "ıiuüaə":
            f = elided + vowel
            v = self.lexicon._get(f) if f != low else None
            if v is not None and not v & (NOISE | _FOREIGN_FLAG):
                n += 1
        return n >= MIN_ELIDED_FORMS

    def _explained(self, low: str) -> bool:
        for a in morphology.analyze(low):
            if a.pos in CLOSED_CLASSES:
                return True
            if not a.suffixes or COLLOQUIAL in a.features:
                continue
            personal = not PERSONAL_POSSESSIVES.isdisjoint(a.features)
            if personal and SECOND_PERSON in a.features[:-1]:
                continue  # "tərəf-in-lə": the genitive's or pronominal n's double, not vouched
            if a.pos == "VERB":
                if len(a.stem) >= 2 and is_verb_root(self.lexicon, a.lemma) and self._short_root_ok(a.lemma):
                    return True
            elif not self._elision_ok(a.stem, low):
                continue
            elif personal and not self.lexicon.has_paradigm(a.stem):
                continue  # "kii-m": a stem the lists never show inflected
            elif self._stem_ok(a.lemma) or (a.stem != a.lemma and self._stem_ok(a.stem)):
                return True
        return False
