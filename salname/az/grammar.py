"""Azerbaijani inflection written as data: suffix templates, their order, and stem alternations.

Templates use archiphonemes: ``A`` is a/ə (two-way harmony), ``I`` is ı/i/u/ü (four-way),
``K`` is q after a back vowel and k after a front one. ``(y)``, ``(n)``, ``(s)`` are buffer
consonants present only after a vowel; ``(I)`` is a vowel present only after a consonant.
A word is stem + one optional suffix per slot, slots taken in the order of ``NOUN_SLOTS`` or
``VERB_SLOTS``; a participle, converb or verbal noun continues with the nominal slots.
Each suffix is (features, template, weight): the weight is a prior for analysis, higher
meaning a suffix so distinctive that stripping it is usually right.
"""

from __future__ import annotations

from functools import lru_cache

from salname.az.alphabet import BACK_VOWELS, ROUNDED_VOWELS, VOWELS

Suffix = tuple[tuple[str, ...], str, float]

# --- nominal slots -------------------------------------------------------------------------
PLURAL: tuple[Suffix, ...] = ((("PL",), "lAr", 1.2),)
POSSESSIVE: tuple[Suffix, ...] = (
    (("POSS.1SG",), "(I)m", -0.6),
    (("POSS.2SG",), "(I)n", -0.8),
    (("POSS.3",), "(s)I", 0.1),
    (("POSS.1PL",), "(I)mIz", 0.6),
    (("POSS.2PL",), "(I)nIz", 0.6),
)
CASE: tuple[Suffix, ...] = (
    (("GEN",), "(n)In", 0.2),
    (("DAT",), "(y)A", 0.1),
    (("ACC",), "(n)I", 0.15),
    (("LOC",), "dA", 0.8),
    (("ABL",), "dAn", 1.2),
    (("INS",), "(y)lA", 0.6),
    (("LOC", "REL"), "dAkI", 1.5),
)
# after a 3rd person possessive the oblique cases take a pronominal n
CASE_AFTER_POSS3: tuple[Suffix, ...] = (
    (("GEN",), "nIn", 0.8),
    (("DAT",), "nA", 0.6),
    (("ACC",), "nI", 0.6),
    (("LOC",), "ndA", 1.2),
    (("ABL",), "ndAn", 1.4),
    (("INS",), "(y)lA", 0.6),
    (("LOC", "REL"), "ndAkI", 1.6),
)
# predicative endings ("kitabdır", "müəllimdir", "evdəyəm")
PREDICATIVE: tuple[Suffix, ...] = (
    (("COP",), "dIr", 1.2),
    (("COP", "3PL"), "dIrlAr", 1.6),
    (("COP", "1SG"), "(y)Am", 0.0),
    (("COP", "2SG"), "sAn", 0.4),
    (("COP", "1PL"), "(y)IK", 0.0),
    (("COP", "2PL"), "sInIz", 1.0),
    (("COP.PST",), "(y)dI", 0.8),
    (("COP.EV",), "(y)mIş", 1.0),
)
# derivation kept in the lemma: "maraqlı" stays "maraqlı"
DERIVATION: tuple[Suffix, ...] = (
    (("WITH",), "lI", -0.5),
    (("WITHOUT",), "sIz", -0.2),
    (("ABSTR",), "lIK", -0.5),
)

# --- verbal slots --------------------------------------------------------------------------
VOICE: tuple[Suffix, ...] = (
    (("PASS",), "(I)l", -1.5),
    (("REFL",), "(I)n", -1.5),
    (("RECP",), "(I)ş", -1.5),
    (("CAUS",), "dIr", -0.8),
    (("CAUS",), "t", -1.2),
)
NEGATION: tuple[Suffix, ...] = ((("NEG",), "mA", 0.2),)
# finite tense/aspect/mood; "next" names the person set that may follow
TAM: tuple[tuple[tuple[str, ...], str, float, str], ...] = (
    (("PRS",), "(y)Ir", 1.0, "A"),
    (("NEG", "PRS"), "mIr", 1.4, "A"),
    (("AOR",), "Ar", 0.4, "A"),
    (("AOR",), "yAr", 0.6, "A"),
    (("NEG", "AOR"), "mAz", 1.2, "A"),
    (("FUT",), "(y)AcAK", 1.8, "A"),
    (("PST",), "dI", 0.9, "B"),
    (("PST.EV",), "mIş", 1.2, "A"),
    (("PERF.IB",), "(y)Ib", 0.8, "A"),
    (("COND",), "sA", 0.6, "B"),
    (("NEC",), "mAlI", 1.4, "A"),
    (("OPT",), "(y)A", -0.3, "O"),
    (("IMP.3SG",), "sIn", 0.4, ""),
    (("IMP.2PL",), "(y)In", -0.4, ""),
    (("IMP.2PL",), "(y)InIz", 0.6, ""),
)
# compound tenses: a second tense after the first ("gəlirdi", "gəlmişdir")
AUX: tuple[tuple[tuple[str, ...], str, float, str], ...] = (
    (("PST",), "(y)dI", 0.8, "B"),
    (("EV",), "(y)mIş", 0.8, "A"),
    (("COP",), "dIr", 0.8, "A"),
)
PERSON: dict[str, tuple[Suffix, ...]] = {
    "A": (
        (("1SG",), "(y)Am", 0.2),
        (("2SG",), "sAn", 0.4),
        (("1PL",), "(y)IK", 0.2),
        (("2PL",), "sInIz", 0.8),
        (("3PL",), "lAr", 0.8),
    ),
    "B": (
        (("1SG",), "m", 0.2),
        (("2SG",), "n", 0.0),
        (("1PL",), "K", 0.2),
        (("2PL",), "nIz", 0.6),
        (("3PL",), "lAr", 0.8),
    ),
    "O": (
        (("1SG",), "m", 0.2),
        (("1PL",), "lIm", 0.4),
        (("2SG",), "sAn", 0.4),
        (("2PL",), "sInIz", 0.8),
    ),
}
# non-finite forms; they may take nominal suffixes after them
PARTICIPLE: tuple[Suffix, ...] = (
    (("PTCP.PRS",), "(y)An", 0.6),
    (("PTCP.PST",), "dIK", 1.0),
    (("PTCP.FUT",), "(y)AcAK", 1.6),
    (("PTCP.PF",), "mIş", 1.0),
    (("VN",), "mA", 0.2),
    (("INF",), "mAK", 1.4),
)
CONVERB: tuple[Suffix, ...] = (
    (("CVB.ARAQ",), "(y)ArAK", 1.6),
    (("CVB.ANDA",), "(y)AndA", 1.4),
    (("CVB.MADAN",), "mAdAn", 1.6),
    (("CVB.DIQDA",), "dIKdA", 1.6),
    (("CVB.INCA",), "(y)IncA", 1.4),
    (("CVB.A",), "(y)A", -0.5),
)

# Verbs whose final t voices before a vowel: "get" -> "gedir", "et" -> "edər".
T_VOICING_VERBS = frozenset({"et", "get"})
# Enclitic particles written as separate words ("o da gəldi", "mən də"): never a verb or noun.
PARTICLES = frozenset({"da", "də"})
# Uninflected function words a noisy word list would otherwise split ("ilə" -> "il" + DAT).
FUNCTION_WORDS: dict[str, str] = {
    "ilə": "ADP", "üçün": "ADP", "kimi": "ADP", "qədər": "ADP",
    "və": "CCONJ", "amma": "CCONJ", "lakin": "CCONJ", "ancaq": "CCONJ", "yaxud": "CCONJ", "həm": "CCONJ",
    "ki": "SCONJ", "isə": "PART",
}
FUNCTION_WORDS.update((p, "PART") for p in PARTICLES)


def _pronoun_forms() -> dict[str, str]:
    """Inflected pronouns -> lemma; their stems change ("o" -> "onu", "mən" -> "mənim"), so listed."""
    out: dict[str, str] = {}
    # demonstratives take a pronominal n before every case and before the plural
    for p, v in (("bu", "u"), ("o", "u"), ("şu", "u")):
        out[p] = p
        for tail in ("n" + v, "na", "n" + v + "n", "nda", "ndan", "n" + v + "nla", "nlar", "nları", "nlara",
                     "nların", "nlarda", "nlardan", "nlarla", "nlardır", "ndakı"):
            out[p + tail] = p
    # personal pronouns: a genitive in -Im for the first persons
    for p, v, gen in (("mən", "ə", "mənim"), ("sən", "ə", "sənin"), ("biz", "i", "bizim"), ("siz", "i", "sizin")):
        out[p] = p
        out[gen] = p
        out[gen + "lə"] = p
        for tail in ("i", "ə", "də", "dən"):
            out[p + tail] = p
    for p in ("bizlər", "sizlər"):
        out[p] = p[:3]
    return out


# Pronouns with their lemma ("onu" -> "o", "mənə" -> "mən").
PRONOUNS: dict[str, str] = _pronoun_forms()
# Letters a native noun stem does not end in after another consonant (clusters like "nş", "vl").
FINAL_CLUSTER_OK = frozenset(
    {"st", "nt", "rt", "lt", "nd", "rd", "lq", "rq", "nq", "rk", "lk", "nk", "şt", "xt", "ft", "rs", "ns",
     "lm", "rm", "qt", "kt", "pt", "rz", "rb", "rf", "şq", "şk", "fr", "kr", "br", "dr", "tr", "sm", "zm",
     "hr", "hd", "nc", "rc", "lç", "rç", "nç", "mb", "mp", "rx", "rş", "lx", "xs", "ks",
     "ps", "bz", "qd", "qs", "mr", "zr", "lf", "sr", "şr", "dd", "tt", "ll", "mm", "nn", "rr", "ss", "zz",
     "vz", "qf", "ğd", "cr", "cm", "ht", "hl", "hm", "hn", "hv", "hy"}
)


# A spoken buffer consonant is evidence that the stem ends in a vowel: "ölkə-sində", not "ölkəs-ində".
BUFFER_BONUS = {"s": 0.3, "y": 0.1, "n": 0.1}


# --- realisation -----------------------------------------------------------------------------
Harmony = tuple[bool, bool]  # (back, rounded)
HARMONY_CLASSES: tuple[Harmony, ...] = ((True, False), (True, True), (False, False), (False, True))


def harmony_of(vowel: str) -> Harmony:
    return (vowel in BACK_VOWELS, vowel in ROUNDED_VOWELS)


def realize(template: str, cls: Harmony, after_vowel: bool) -> tuple[str, Harmony, bool]:
    """A template spoken after a stem of harmony ``cls``: (text, class after it, ends in a vowel)."""
    out: list[str] = []
    i, n = 0, len(template)
    while i < n:
        ch = template[i]
        if ch == "(":
            inner = template[i + 1]
            i += 3
            if inner == "I":
                if after_vowel:
                    continue
                ch = inner
            else:
                if after_vowel:
                    out.append(inner)
                    after_vowel = False
                continue
        else:
            i += 1
        if ch == "A":
            v = "a" if cls[0] else "ə"
        elif ch == "I":
            v = ("u" if cls[0] else "ü") if cls[1] else ("ı" if cls[0] else "i")
        elif ch == "K":
            out.append("q" if cls[0] else "k")
            after_vowel = False
            continue
        else:
            out.append(ch)
            after_vowel = ch in VOWELS
            continue
        out.append(v)
        cls = harmony_of(v)
        after_vowel = True
    return "".join(out), cls, after_vowel


def join(left: str, right: str) -> str:
    """Glue two morphs, voicing a final q/k before a vowel: "ayaq"+"ı" -> "ayağı"."""
    if right and right[0] in VOWELS and left:
        last = left[-1]
        if last == "q":
            return left[:-1] + "ğ" + right
        if last == "k" and len(left) > 1:
            return left[:-1] + "y" + right
    return left + right


Chain = tuple[str, tuple[str, ...], tuple[str, ...], float, str]  # surface, morphs, features, weight, pos


def _grow(chains: list[Chain], base: Chain, cls: Harmony, av: bool, suffixes) -> list[tuple[Chain, Harmony, bool]]:
    out = []
    surface, morphs, feats, weight, pos = base
    for sfx in suffixes:
        f, t, w = sfx[0], sfx[1], sfx[2]
        text, c2, av2 = realize(t, cls, av)
        if av and t[0] == "(" and t[1] in BUFFER_BONUS:
            w += BUFFER_BONUS[t[1]]
        ch = (join(surface, text) if surface else text, morphs + (text,), feats + f, weight + w, pos)
        chains.append(ch)
        out.append((ch, c2, av2))
    return out


def _nominal(chains: list[Chain], start: Chain, cls: Harmony, av: bool, derive: bool, predicate: bool = True) -> None:
    """Plural, possessive, case, -ki and predicative endings after ``start``."""
    bases = [(start, cls, av)]
    if derive:
        bases += _grow(chains, start, cls, av, DERIVATION)
    for b, c, a in list(bases):
        bases += _grow(chains, b, c, a, PLURAL)
    ends = list(bases)
    for b, c, a in bases:
        for p, pc, pa in _grow(chains, b, c, a, POSSESSIVE):
            ends.append((p, pc, pa))
            after = CASE_AFTER_POSS3 if p[2][-1] == "POSS.3" else CASE
            ends += _grow(chains, p, pc, pa, after)
        ends += _grow(chains, b, c, a, CASE)
    if predicate:
        for e, c, a in ends:
            if len(e[2]) - len(start[2]) <= 2:
                _grow(chains, e, c, a, PREDICATIVE)


@lru_cache(maxsize=None)
def chain_table(cls: Harmony, after_vowel: bool) -> dict[str, tuple[Chain, ...]]:
    """Every suffix chain after a stem of this harmony and ending, keyed by its surface."""
    chains: list[Chain] = [("", (), (), 0.0, "NOUN"), ("", (), (), 0.0, "VERB")]
    _nominal(chains, ("", (), (), 0.0, "NOUN"), cls, after_vowel, True)
    verb = ("", (), (), 0.0, "VERB")
    stems = [(verb, cls, after_vowel)]
    for v1, c1, a1 in _grow(chains, verb, cls, after_vowel, VOICE):
        stems.append((v1, c1, a1))
        stems += _grow(chains, v1, c1, a1, VOICE[3:])
    for s, c, a in list(stems):
        stems += _grow(chains, s, c, a, NEGATION)
    for s, c, a in stems:
        negated = "NEG" in s[2]
        for f, t, w, nxt in TAM:
            if negated and ("NEG" in f or f == ("PRS",) or f == ("AOR",)):
                continue
            (tam, tc, ta), = _grow(chains, s, c, a, ((f, t, w),))
            tails = [(tam, tc, ta, nxt)]
            if nxt == "A" and f != ("PERF.IB",) or f in (("PERF.IB",), ("PST.EV",)):
                for af, at, aw, anxt in AUX:
                    (x, xc, xa), = _grow(chains, tam, tc, ta, ((af, at, aw),))
                    tails.append((x, xc, xa, anxt))
            for x, xc, xa, person_set in tails:
                if person_set:
                    _grow(chains, x, xc, xa, PERSON[person_set])
        for p, pc, pa in _grow(chains, s, c, a, PARTICIPLE):
            _nominal(chains, p, pc, pa, False, False)
        _grow(chains, s, c, a, CONVERB)
    table: dict[str, list[Chain]] = {}
    for ch in chains:
        table.setdefault(ch[0], []).append(ch)
    return {k: tuple(sorted(v, key=lambda c: -c[3])) for k, v in table.items()}


def context_of(stem: str) -> tuple[Harmony, bool] | None:
    """(harmony, ends in a vowel) of a lower-cased stem, or None when it has no vowel."""
    for ch in reversed(stem):
        if ch in VOWELS:
            return harmony_of(ch), stem[-1] in VOWELS
    return None
