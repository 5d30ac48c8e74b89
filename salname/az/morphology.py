"""Analysis, generation and lemmatisation of Azerbaijani words over the suffix grammar.

Analysis tries every split of a word into stem + suffix chain that ``grammar.chain_table``
licenses for the stem's harmony, undoing k->y / q->ğ and t->d alternations, and ranks the
splits: a stem the optional ``known`` test accepts wins (the longest such), otherwise the
grammar's priors and the shape of the stem decide. Results are cached per word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from salname.az.alphabet import VOWELS, az_lower, is_acronym
from salname.az.grammar import (
    DERIVATION,
    FINAL_CLUSTER_OK,
    HARMONY_CLASSES,
    FUNCTION_WORDS,
    PRONOUNS,
    T_VOICING_VERBS,
    chain_table,
    context_of,
    join,
)

Known = Callable[[str], bool]

_DERIV_FEATS = frozenset(f for s in DERIVATION for f in s[0])
_VERB_ONLY = frozenset(
    {"PASS", "REFL", "RECP", "CAUS", "NEG", "PRS", "AOR", "FUT", "PST", "PST.EV", "PERF.IB", "COND", "NEC",
     "OPT", "IMP.3SG", "IMP.2PL", "PTCP.PRS", "PTCP.PST", "PTCP.FUT", "PTCP.PF", "VN", "INF", "CVB.ARAQ",
     "CVB.ANDA", "CVB.MADAN", "CVB.DIQDA", "CVB.INCA", "CVB.A", "1SG", "2SG", "1PL", "2PL", "3PL", "EV"}
)
_SEPARATORS = ("'", "’", "-")
# finite tense endings: a listed "verb root + one of these" is an inflected form, not a noun stem
_TENSES = frozenset({"PRS", "PST", "FUT", "PST.EV", "PERF.IB", "COND", "NEC"})  # not AOR: "dollar", "bazar"
# the same for a listed plural or locative ("kitablar", "evdə") before more suffixes
_INFLECTED_BY = _TENSES | {"PL", "LOC", "ABL"}
# endings of Azerbaijani surnames and place names, which make a proper stem likelier
NAME_ENDINGS = ("ov", "ev", "ova", "eva", "zadə", "stan", "can", "yan")


@dataclass(frozen=True, slots=True)
class Analysis:
    stem: str
    lemma: str
    pos: str
    suffixes: tuple[str, ...]
    features: tuple[str, ...]
    score: float


def _alternates(stem: str) -> bool:
    """Polysyllabic noun stems voice a final q/k before a vowel: "ayaq" -> "ayağı"."""
    return sum(1 for ch in stem if ch in VOWELS) >= 2


def _shape_penalty(stem: str) -> float:
    """How implausible a lower-cased stem is as a dictionary form."""
    if len(stem) < 2:
        return 9.0
    pen = 0.0
    if len(stem) == 2:
        pen += 0.6
    a, b = stem[-2], stem[-1]
    if a not in VOWELS and b not in VOWELS and a.isalpha() and b.isalpha() and a + b not in FINAL_CLUSTER_OK:
        pen += 2.5
    return pen


def _lemma_of(stem: str, morphs: tuple[str, ...], feats: tuple[str, ...], pos: str) -> str:
    if pos == "VERB" or not feats or feats[0] not in _DERIV_FEATS:
        return stem
    return join(stem, morphs[0]) if stem[-1:] in "qk" and _alternates(stem) else stem + morphs[0]


def _is_known(known: Known, lemma: str, pos: str) -> bool:
    low = az_lower(lemma)
    if known(lemma) or (low != lemma and known(low)):
        return True
    if pos == "VERB":
        ctx = context_of(low)
        return ctx is not None and known(low + ("maq" if ctx[0][0] else "mək"))
    return False


def _infinitive_known(known: Known, root: str) -> bool:
    ctx = context_of(root)
    return ctx is not None and known(root + ("maq" if ctx[0][0] else "mək"))


def _candidates(word: str, low: str, start: int, proper: bool):
    """(stem, chains) for every split at or after ``start`` whose tail is a licensed chain."""
    n = len(low)
    for i in range(n, max(start, 1) - 1, -1):
        stem, rest = low[:i], low[i:]
        ctx = context_of(stem)
        if ctx is None:
            if not (proper and is_acronym(word[:i])):
                continue
            contexts = [(c, av) for c in HARMONY_CLASSES for av in (False, True)]
        else:
            contexts = [ctx]
        voiced = rest[:1] in VOWELS and stem[-1:] == "d" and stem[:-1] + "t" in T_VOICING_VERBS
        for c in contexts:
            chains = chain_table(*c).get(rest)
            if chains and voiced:
                chains = tuple(ch for ch in chains if ch[4] != "VERB")
            if chains:
                yield i, stem, chains, 0.0
        if rest and rest[0] in VOWELS and i >= 2:
            last = stem[-1]
            if last in "ğy" and i >= 3:
                alt = stem[:-1] + ("q" if last == "ğ" else "k")
                if _alternates(alt) and ctx is not None:
                    chains = chain_table(*ctx).get(rest)
                    if chains:
                        yield i, alt, tuple(c for c in chains if c[4] == "NOUN"), -0.05
            elif last == "d" and stem[:-1] + "t" in T_VOICING_VERBS and ctx is not None:
                chains = chain_table(*ctx).get(rest)
                if chains:
                    yield i, stem[:-1] + "t", tuple(c for c in chains if c[4] == "VERB"), -0.2


def _analyze(word: str, known: Known | None) -> list[Analysis]:
    proper = word[:1].isupper()
    low = az_lower(word)
    fpos = FUNCTION_WORDS.get(low)
    if fpos is not None:
        return [Analysis(word, low, fpos, (), (), 1.0)]
    pron = PRONOUNS.get(low)
    if pron is not None and (not proper or word[1:].islower() or len(word) == 1):
        return [Analysis(word[: len(pron)], pron, "PRON", (low[len(pron) :],) if low != pron else (), (), 1.0)]
    out: list[Analysis] = []
    start = 2
    # a suffix after an apostrophe or hyphen belongs to the whole word before it: "TÜRKPA-nın"
    for sep in _SEPARATORS:
        k = word.rfind(sep)
        if k > 0 and any(ch.isalnum() for ch in word[:k]):
            start = max(start, k + 1)
            head, tail = word[:k], low[k + 1 :]
            hctx = context_of(az_lower(head))
            contexts = [hctx] if hctx else [(c, av) for c in HARMONY_CLASSES for av in (False, True)]
            for ctx in contexts:
                for ch in chain_table(*ctx).get(tail, ()):
                    if ch[4] == "NOUN" and ch[2] and not (set(ch[2]) & _DERIV_FEATS):
                        out.append(Analysis(head, head, "PROPN" if proper else "NOUN", ch[1], ch[2], 5.0 + ch[3]))
            if out:
                break
    for i, stem, chains, alt_pen in _candidates(word, low, start, proper):
        orig_stem = word[:i] if not alt_pen else word[: i - 1] + stem[-1]
        shape = 0.0 if (proper and i == len(word)) else _shape_penalty(stem)
        if i < len(low) and low[i] in VOWELS and not alt_pen and len(stem) > 2:
            # a stem-final y/ğ before a vowel is likelier a buffer or an alternation
            if stem[-1] == "y" and stem[-2] in VOWELS or stem[-1] == "ğ" and _alternates(stem):
                shape += 0.5
        # "deyib": when "demək" is known and "deymək" is not, the y is a buffer even if a word list holds "dey"
        buffer_y = len(stem) <= 4 and stem[-1:] == "y" and stem[-2:-1] in VOWELS and low[i : i + 1] in VOWELS
        if proper and stem.endswith(NAME_ENDINGS):
            shape -= 0.3
        for surface, morphs, feats, weight, pos in chains:
            if pos == "VERB":
                # verb roots are short ("al", "ol", "iç"), and a bare root is a rare imperative
                pen = (-0.5 if len(stem) == 2 else 0.0) + (0.3 if not feats else 0.0)
            else:
                pen = 0.0
            if proper:
                if pos != "NOUN" or (set(feats) & _DERIV_FEATS):
                    continue
                pos = "PROPN"
            if proper and len(surface) == 1 and surface in VOWELS:
                score_adj = -0.3  # names ending in a vowel outnumber names in a bare accusative
            else:
                score_adj = 0.0
            lemma = _lemma_of(orig_stem if proper else stem, morphs, feats, pos)
            score = weight - shape - pen - alt_pen + score_adj
            if (
                known is not None
                and len(stem) >= (4 if proper else 2)
                and (_is_known(known, lemma, pos) or lemma != stem and _is_known(known, stem, pos))
                and not (buffer_y and pos == "VERB" and _infinitive_known(known, stem[:-1])
                         and not _infinitive_known(known, stem))
            ):
                # the longest known stem wins; a known whole form (lexicons built from word counts
                # hold inflected forms too) must not hide a known stem plus a real suffix
                score += 6.0 + 0.5 * len(stem) - (2.0 if not feats else 0.0)
            out.append(Analysis(orig_stem if proper else stem, lemma, pos, morphs, feats, round(score, 3)))
    if known is not None:
        out = _demote_inflected_stems(out)
    out.sort(key=lambda a: (-a.score, -len(a.stem)))
    return out


def _demote_inflected_stems(out: list[Analysis]) -> list[Analysis]:
    """A word list holding inflected forms ("getdi", "kitablar") must not make "getdilər" a plural noun
    or "kitablarda" a locative of "kitablar" when a known shorter stem plus an inflection explains them."""
    shorter = [a for a in out if a.score >= 6.0 and a.features[:1] and a.features[0] in _INFLECTED_BY]
    if not shorter:
        return out
    fixed = []
    for a in out:
        if a.pos == "NOUN" and a.score >= 6.0:
            for v in shorter:
                # lengths, not letters, so that "ged-ir" matches the root "get"
                if a.score > v.score and any(
                    len(v.stem) + sum(map(len, v.suffixes[:j])) == len(a.stem) for j in range(1, len(v.suffixes))
                ):
                    a = Analysis(a.stem, a.lemma, a.pos, a.suffixes, a.features, round(v.score - 0.1, 3))
                    break
        fixed.append(a)
    return fixed


@lru_cache(maxsize=200_000)
def _analyze_cached(word: str) -> tuple[Analysis, ...]:
    return tuple(_analyze(word, None))


def analyze(word: str, known: Known | None = None) -> list[Analysis]:
    """Every stem + suffix reading of ``word``, best first; cached when no ``known`` is given."""
    if not word:
        return []
    if known is None:
        return list(_analyze_cached(word))
    try:
        return list(_analyze_known_cached(word, known))
    except TypeError:  # an unhashable test (a bound method of a set): analyse uncached
        return _analyze(word, known)


@lru_cache(maxsize=200_000)
def _analyze_known_cached(word: str, known: Known) -> tuple[Analysis, ...]:
    return tuple(_analyze(word, known))


@lru_cache(maxsize=4096)
def _generator(cls, after_vowel: bool) -> dict[tuple[str, ...], tuple[str, str]]:
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for surface, chains in chain_table(cls, after_vowel).items():
        for ch in chains:
            key = ch[2]
            old = table.get(key)
            # nominal reading first for shared features; then the likelier suffix
            if old is None or (old[1] != "NOUN" and ch[4] == "NOUN"):
                table[key] = (surface, ch[4])
    return table


def generate(stem: str, features: Sequence[str]) -> str:
    """Inflect ``stem`` with ``features`` (e.g. ["PL", "LOC"]), applying harmony, buffers and alternations."""
    feats = tuple(features)
    if not feats:
        return stem
    low = az_lower(stem)
    ctx = context_of(low)
    if ctx is None:
        raise ValueError(f"cannot inflect {stem!r}: the stem has no vowel to harmonise with")
    entry = _generator(*ctx).get(feats)
    if entry is None:
        raise ValueError(f"no suffix chain realises {list(feats)!r}")
    surface, pos = entry
    if surface[0] in VOWELS:
        if low in T_VOICING_VERBS and set(feats) & _VERB_ONLY:
            return stem[:-1] + "d" + surface
        if pos == "NOUN" and not (set(feats) & _VERB_ONLY) and low[-1] in "qk" and _alternates(low):
            return stem[:-1] + ("ğ" if low[-1] == "q" else "y") + surface
    return stem + surface


@lru_cache(maxsize=200_000)
def _lemma_cached(word: str, pos: str | None) -> str:
    return _pick(analyze(word), pos, word)


def _pick(analyses: list[Analysis], pos: str | None, word: str) -> str:
    if not analyses:
        return word
    if pos:
        want = "VERB" if pos in ("VERB", "AUX") else None
        for a in analyses:
            if want == "VERB" and a.pos == "VERB":
                return a.lemma
            if want is None and a.pos != "VERB":
                return a.lemma
    return analyses[0].lemma


def lemmatize(word: str, known: Known | None = None, pos: str | None = None) -> str:
    """Dictionary form: bare stem for verbs (as UD-TuECL writes them), nominative for nouns;
    proper names keep their case. ``pos`` (a UPOS tag) is an optional hint."""
    if not word:
        return word
    if pos and pos != "PROPN" and word[:1].isupper() and not is_acronym(word):
        word = az_lower(word)  # a capital at the start of a sentence, not a name
    if known is None:
        return _lemma_cached(word, pos)
    return _pick(analyze(word, known), pos, word)
