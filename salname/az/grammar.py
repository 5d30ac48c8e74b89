"""Azerbaijani inflection written as data: suffix templates, their order, and stem alternations.

Templates use archiphonemes: ``A`` is a/ə (two-way harmony), ``I`` is ı/i/u/ü (four-way),
``K`` is q after a back vowel and k after a front one. ``(y)``, ``(n)``, ``(s)`` are buffer
consonants present only after a vowel; ``(I)`` is a vowel present only after a consonant.
A leading ``~`` limits a template to stems ending in a vowel, a leading ``^`` to stems ending
in a consonant (the passive is -Il after a consonant, -n after a vowel).
A word is stem + one optional suffix per slot, slots taken in the order of ``NOUN_SLOTS`` or
``VERB_SLOTS``; a participle, converb or verbal noun continues with the nominal slots.
Each suffix is (features, template, weight): the weight is a prior for analysis, higher
meaning a suffix so distinctive that stripping it is usually right.

Written Azerbaijani prose and dialogue also use colloquial forms ("olacax", "alıp",
"qardaşıynan", "anasın", "yaxşıdı"); they are listed apart (``*_COLLOQUIAL``), carry the
feature ``COLL``, and join the tables only when ``chain_table(..., colloquial=True)`` asks:
analysis reads them, generation and search terms keep to the standard language.
"""

from __future__ import annotations

from functools import lru_cache

from salname.az.alphabet import BACK_VOWELS, ROUNDED_VOWELS, VOWELS

Suffix = tuple[tuple[str, ...], str, float]

# --- nominal slots -------------------------------------------------------------------------
PLURAL: tuple[Suffix, ...] = ((("PL",), "lAr", 1.2),)
POSSESSIVE: tuple[Suffix, ...] = (
    (("POSS.1SG",), "(I)m", -0.3),
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
# (locative and ablative weighed up: "evin üstündə", "masanın altından" are far commoner than a
# stem ending in -In + case; genitive and accusative not, as "qapını" is a vowel stem + (n)I too)
CASE_AFTER_POSS3: tuple[Suffix, ...] = (
    (("GEN",), "nIn", 0.8),
    (("DAT",), "nA", 0.8),
    (("ACC",), "nI", 0.6),
    (("LOC",), "ndA", 1.7),
    (("ABL",), "ndAn", 1.8),
    (("INS",), "(y)lA", 0.6),
    (("LOC", "REL"), "ndAkI", 1.6),
)
# the possessive pronoun-maker -ki after a genitive ("qonşunun-ku", "Əlinin-ki"), which then inflects
# like "evdəki": plural, or the cases with a pronominal n ("dostumunkunu")
GENITIVE_KI: tuple[Suffix, ...] = ((("REL",), "kI", 0.8),)
# predicative endings ("kitabdır", "müəllimdir", "evdəyəm")
PREDICATIVE: tuple[Suffix, ...] = (
    (("COP",), "dIr", 1.2),
    (("COP", "3PL"), "dIrlAr", 1.6),
    (("COP", "1SG"), "(y)Am", -0.2),
    (("COP", "2SG"), "sAn", 0.4),
    (("COP", "1PL"), "(y)IK", 0.0),
    (("COP", "2PL"), "sInIz", 1.0),
    (("COP.PST",), "(y)dI", 0.8),
    (("COP.EV",), "(y)mIş", 1.0),
    (("WHILE",), "(y)kən", 1.0),  # "uşaqkən", "tələbəykən": -kən does not harmonise
)
# derivation kept in the lemma: "maraqlı" stays "maraqlı"
DERIVATION: tuple[Suffix, ...] = (
    (("WITH",), "lI", -0.5),
    (("WITHOUT",), "sIz", -0.2),
    (("ABSTR",), "lIK", -0.5),
)

# --- verbal slots --------------------------------------------------------------------------
# Passive and causative are inflection of the verb (UD lemmas drop them: "yazdırıldı" -> "yaz"),
# so they weigh a little for being stripped; reflexive and reciprocal stems are mostly words of
# their own ("sevin", "danış", "çalış") and weigh against it.
VOICE: tuple[Suffix, ...] = (
    (("PASS",), "^Il", 0.3),  # "veril", "seçil"
    (("PASS",), "~n", -0.3),  # after a vowel: "oxun", "işlən" (but "yaran", "uzan" are words)
    (("REFL",), "^In", -1.5),  # "geyin"; after l it is the passive ("bölün", "olun"): morphology reweighs
    (("RECP",), "(I)ş", -1.5),
    (("CAUS",), "dIr", 0.1),
    (("CAUS",), "~t", -0.5),  # only after a stem of two syllables or more: "oxut", "işlət" (morphology checks)
    (("CAUS",), "^t", -0.5),  # after l/r of such a stem: "çoxalt", "qızart" (morphology checks)
)
# Causatives that only some consonant-final roots take ("piş-ir", "bit-ir", "çıx-ar", "qorx-ut"); many
# such stems are verbs of their own ("çıxarmaq" take out, "qaldırmaq"), so morphology peels them only
# off a root whose infinitive is listed when the causative's own infinitive is not.
LEXICAL_CAUSATIVE: tuple[Suffix, ...] = (
    (("CAUS",), "Ir", 0.0),
    (("CAUS",), "Ar", 0.0),
    (("CAUS",), "It", 0.0),
)
# what may follow a voice suffix: a causative ("yu-dur-t"), then a passive ("oxu-t-dur-ul")
VOICE_AFTER_VOICE: tuple[Suffix, ...] = (VOICE[4], (("CAUS",), "t", 0.1)) + VOICE[:3]
# Stem-final letters after which a two-syllable stem takes the causative -t: "oxu-t", "çoxal-t", "qızar-t".
CAUSATIVE_T_AFTER = frozenset("aıoueəiöülr")
VOICE_DEPTH = 3
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
    (("WHILE",), "(y)kən", 1.0, ""),  # "gedərkən", "oxuyarkən"
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
    (("CVB.DIQCA",), "dIKcA", 1.6),  # "artdıqca", "getdikcə": as long as, the more
    (("CVB.INCA",), "(y)IncA", 1.4),
    (("CVB.A",), "(y)A", -0.5),
)

# --- colloquial forms of written prose and dialogue -------------------------------------------
# "kitabnan", "anaynan", "Peterinən": the spoken instrumental (from "ilə" -> "inən")
CASE_COLLOQUIAL: tuple[Suffix, ...] = (
    (("INS", "COLL"), "(y)nAn", 0.5),
    (("INS", "COLL"), "^InAn", 0.3),
)
# "adız", "oxuduğuzu": the 2nd person plural possessive without its n after a consonant ("adınız")
POSSESSIVE_COLLOQUIAL: tuple[Suffix, ...] = ((("POSS.2PL", "COLL"), "^Iz", -0.8),)
CASE_AFTER_POSS3_COLLOQUIAL: tuple[Suffix, ...] = (
    (("INS", "COLL"), "(y)nAn", 0.5),
    (("ABL", "COLL"), "nnAn", 1.0),  # "yadınnan" for "yadından": d assimilated to n
    (("ACC", "COLL"), "n", -0.3),  # "anasın" for "anasını"
)
PREDICATIVE_COLLOQUIAL: tuple[Suffix, ...] = (
    (("COP", "COLL"), "dI", -0.2),  # "yaxşıdı" for "yaxşıdır"
    (("COP.PST", "COLL"), "(y)IdI", 0.5),  # the copula "idi" written fused: "evdəyidi"
    (("COP.EV", "COLL"), "(y)ImIş", 0.5),
    (("WHILE", "COLL"), "ikən", 0.6),  # "vaxtikən": "ikən" fused
)
NEGATION_COLLOQUIAL: tuple[Suffix, ...] = ((("NEG", "COLL"), "mI", -0.6),)  # raised before y: "olmuyan"
TAM_COLLOQUIAL: tuple[tuple[tuple[str, ...], str, float, str], ...] = (
    (("FUT", "COLL"), "(y)AcAx", 1.6, "A"),  # "olacax", "gələcəx"
    (("PERF.IB", "COLL"), "(y)Ip", -0.3, "A"),  # "alıp", "gəlip"
    (("AOR", "COLL"), "~r", -0.4, "A"),  # y dropped after a vowel stem: "oxur", "elərik"
)
AUX_COLLOQUIAL: tuple[tuple[tuple[str, ...], str, float, str], ...] = (
    (("PST", "COLL"), "(y)IdI", 0.6, "B"),  # "baxacaqıdı"
    (("EV", "COLL"), "(y)ImIş", 0.6, "A"),  # "eləmişimiş"
)
PERSON_COLLOQUIAL: dict[str, tuple[Suffix, ...]] = {
    "A": (
        (("2PL", "COLL"), "sIz", -1.0),  # "bilərsiz" for "bilərsiniz"; weak, as "-rsIz" also ends "uğursuz"
        (("2SG", "COLL"), "^An", -0.8),  # s dropped after r: "gəlirən" for "gəlirsən"
        (("2PL", "COLL"), "^Iz", -0.2),  # "gəliriz" for "gəlirsiz"
    ),
    # "baxdıx"; "gəldiz" for "gəldiniz" (the n of -nIz dropped, as in the possessive "adız")
    "B": ((("1PL", "COLL"), "x", 0.0), (("2PL", "COLL"), "z", -1.0)),
    "O": (),
}
PARTICIPLE_COLLOQUIAL: tuple[Suffix, ...] = (
    (("PTCP.PST", "COLL"), "dIx", 0.8),  # "oxuduxları"
    (("PTCP.FUT", "COLL"), "(y)AcAx", 1.4),
)
# A predicative ending after a participle or verbal noun, against the same string read as a finite verb.
PREDICATE_AFTER_PARTICIPLE = -0.5
# A colloquial spelling keeps k as g before a vowel ("elədigimiz", "gələcəgidi"): prior of that variant.
K_AS_G = -0.4
# ... or keeps q/k unvoiced before a fused copula ("baxacaqıdı"): prior of that variant.
UNVOICED = -0.6
# No predicative ending after these cases: "*evidir" is not "it is the house (acc.)".
NO_PREDICATE_AFTER = frozenset({"ACC", "DAT"})

# Endings of verbs derived from nouns and adjectives ("rahat-laş", "ad-lan", "təmiz-lən"): a root
# in them is a verb even where a word list holds it bare, like a noun.
VERB_FORMING = ("laş", "ləş", "lan", "lən")
# Verbs whose final t voices before a vowel: "get" -> "gedir", "et" -> "edər".
T_VOICING_VERBS = frozenset({"et", "get"})
# One-syllable verbs ending in a vowel, which take a buffer y before a vowel: "deyir", "yeyilir", "yuyulur".
Y_BUFFER_VERBS = frozenset({"de", "ye", "yu"})
# They are also the only verb roots of a consonant + a vowel: "kömək" is no infinitive of "kö".
# Their colloquial spelling with the vowel raised before the buffer: "diyir", "yiyir".
Y_BUFFER_RAISED = {"di": "de", "yi": "ye"}
# Enclitic particles written as separate words ("o da gəldi", "mən də"): never a verb or noun.
PARTICLES = frozenset({"da", "də"})
# Uninflected function words a noisy word list would otherwise split ("ilə" -> "il" + DAT).
FUNCTION_WORDS: dict[str, str] = {
    "ilə": "ADP", "üçün": "ADP", "kimi": "ADP", "qədər": "ADP",
    "və": "CCONJ", "amma": "CCONJ", "lakin": "CCONJ", "ancaq": "CCONJ", "yaxud": "CCONJ", "həm": "CCONJ",
    "ki": "SCONJ", "isə": "PART",
    # determiners a suffix grammar would split ("həm-in", "büt-ün", "bəz-i")
    "həmin": "DET", "bütün": "DET", "bəzi": "DET", "hər": "DET",
}
FUNCTION_WORDS.update((p, "PART") for p in PARTICLES)


def _harmonised(template: str, vowel: str) -> str:
    """``template`` (consonant-initial, A and I only) spoken after ``vowel``: "lArI" after "i" -> "ləri"."""
    out = []
    for ch in template:
        back, rounded = vowel in "aıou", vowel in "ouöü"
        if ch == "A":
            ch = "a" if back else "ə"
        elif ch == "I":
            ch = ("u" if back else "ü") if rounded else ("ı" if back else "i")
        if ch in "aıoueəiöü":
            vowel = ch
        out.append(ch)
    return "".join(out)


# after a possessive-3 or -ki: plural, and the cases with the pronominal n
_N_TAILS = ("", "lAr", "nI", "nA", "ndA", "ndAn", "nIn", "lArI", "lArA", "lArdA", "lArdAn", "lArIn")


def _pronoun_forms() -> dict[str, str]:
    """Inflected pronouns -> lemma; their stems change ("o" -> "onu", "mən" -> "mənim"), so listed."""
    out: dict[str, str] = {}
    # demonstratives take a pronominal n before every case and before the plural
    for p, v in (("bu", "u"), ("o", "u"), ("şu", "u")):
        out[p] = p
        for tail in ("n" + v, "na", "n" + v + "n", "nda", "ndan", "n" + v + "nla", "nlar", "nları", "nlara",
                     "nların", "nlarda", "nlardan", "nlarla", "nlardır", "ndakı"):
            out[p + tail] = p
    # the place demonstratives ("burada", "oradan", "buradakı"): cases on the bare stem, a buffer y in the dative
    for p in ("bura", "ora"):
        for tail in ("", "nı", "ya", "da", "dan", "nın", "sı", "dakı", "lar", "larda", "lardan", "ları", "lara"):
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
    # possessive pronouns in -ki on a genitive: "mənimki", "onunku", "onlarınkı", "sizinkinə"
    for gen, p in (("mənim", "mən"), ("sənin", "sən"), ("onun", "o"), ("bizim", "biz"), ("sizin", "siz"),
                   ("onların", "o"), ("bunun", "bu"), ("bunların", "bu")):
        ki = "k" + _harmonised("I", gen[-2])
        for tail in _N_TAILS:
            out.setdefault(gen + ki + _harmonised(tail, ki[-1]), p)
    # the reflexive "öz" with its possessive endings: "özü", "özümüzə", "özlərindən"
    for poss in ("üm", "ün", "ümüz", "ünüz"):
        for tail in ("", "ü", "ə", "də", "dən", "ün", "lə"):
            out["öz" + poss + tail] = "öz"
    for poss in ("ü", "ləri"):
        for tail in ("",) + _N_TAILS[2:7] + ("ylə",):
            out["öz" + poss + _harmonised(tail, poss[-1])] = "öz"
    out["öz"] = "öz"
    # "nə" (what) takes a buffer y; "hansı" (which) a pronominal n
    for tail in ("yi", "yə", "yin", "də", "dən", "lər", "ləri", "ylə"):
        out["nə" + tail] = "nə"
    for tail in ("",) + _N_TAILS[2:7] + ("lar", "ları"):
        out["hansı" + _harmonised(tail, "ı")] = "hansı"
    return out


# Pronouns with their lemma ("onu" -> "o", "mənə" -> "mən").
PRONOUNS: dict[str, str] = _pronoun_forms()
# The negative copula and its person/tense forms ("deyildi" was not), which would otherwise read as
# "de" + passive; "deyilir", "deyilən" (it is said) stay verb forms of "de".
NEGATIVE_COPULA: frozenset[str] = frozenset(
    "deyil" + t
    for t in ("", "di", "dir", "sə", "miş", "mi", "əm", "sən", "ik", "siniz", "lər", "dim", "dik", "din")
)
# Letters a native noun stem does not end in after another consonant (clusters like "nş", "vl").
FINAL_CLUSTER_OK = frozenset(
    {"st", "nt", "rt", "lt", "nd", "rd", "lq", "rq", "nq", "rk", "lk", "nk", "şt", "xt", "ft", "rs", "ns",
     "lm", "rm", "qt", "kt", "pt", "rz", "rb", "rf", "şq", "şk", "fr", "kr", "br", "dr", "tr", "sm", "zm",
     "hr", "hd", "nc", "rc", "lç", "rç", "nç", "mb", "mp", "rx", "rş", "lx", "xs", "ks",
     "ps", "bz", "qd", "qs", "mr", "zr", "lf", "sr", "şr", "dd", "tt", "ll", "mm", "nn", "rr", "ss", "zz",
     "vz", "qf", "ğd", "cr", "cm", "ht", "hl", "hm", "hn", "hv", "hy",
     # Arabic and Persian loans that keep their cluster: "sübh", "sülh", "şərh", "nəfs", "dövr", "vəsf"
     "bh", "lh", "rh", "fs", "vr", "sf"}
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


def _grow(
    chains: list[Chain], base: Chain, cls: Harmony, av: bool, suffixes, colloquial: bool = False
) -> list[tuple[Chain, Harmony, bool]]:
    out = []
    surface, morphs, feats, weight, pos = base
    for sfx in suffixes:
        f, t, w = sfx[0], sfx[1], sfx[2]
        if t[0] == "~" or t[0] == "^":
            if av != (t[0] == "~"):
                continue
            t = t[1:]
        text, c2, av2 = realize(t, cls, av)
        if av and t[0] == "(" and t[1] in BUFFER_BONUS:
            w += BUFFER_BONUS[t[1]]
        ch = (join(surface, text) if surface else text, morphs + (text,), feats + f, weight + w, pos)
        chains.append(ch)
        out.append((ch, c2, av2))
        if colloquial and len(surface) > 1 and surface[-1] in "kq" and text[:1] in VOWELS:
            # colloquial spellings: k written g ("elədigimiz"), or q/k kept before a fused copula ("-acaqıdı")
            variants = ((surface[-1], UNVOICED),) + ((("g", K_AS_G),) if surface[-1] == "k" else ())
            for last, pen in variants:
                g = (surface[:-1] + last + text, morphs[:-1] + (morphs[-1][:-1] + last, text),
                     feats + f + (() if "COLL" in f else ("COLL",)), weight + w + pen, pos)
                chains.append(g)
                out.append((g, c2, av2))
    return out


def _nominal(
    chains: list[Chain], start: Chain, cls: Harmony, av: bool, derive: bool, predicate: bool = True,
    colloquial: bool = False,
) -> None:
    """Plural, possessive, case, -ki and predicative endings after ``start``."""
    case = CASE + CASE_COLLOQUIAL if colloquial else CASE
    case3 = CASE_AFTER_POSS3 + CASE_AFTER_POSS3_COLLOQUIAL if colloquial else CASE_AFTER_POSS3
    pred = PREDICATIVE + PREDICATIVE_COLLOQUIAL if colloquial else PREDICATIVE
    poss = POSSESSIVE + POSSESSIVE_COLLOQUIAL if colloquial else POSSESSIVE
    bases = [(start, cls, av)]
    if derive:
        bases += _grow(chains, start, cls, av, DERIVATION, colloquial)
    for b, c, a in list(bases):
        bases += _grow(chains, b, c, a, PLURAL, colloquial)
    ends = list(bases)
    for b, c, a in bases:
        for p, pc, pa in _grow(chains, b, c, a, poss, colloquial):
            ends.append((p, pc, pa))
            after = case3 if p[2][-1] == "POSS.3" else case
            ends += _grow(chains, p, pc, pa, after, colloquial)
        ends += _grow(chains, b, c, a, case, colloquial)
    # -ki on a genitive makes a possessive noun ("qonşununku" the neighbour's, "Əlininki")
    for e, c, a in [x for x in ends if x[0][2] and x[0][2][-1] == "GEN"]:
        ends += _grow(chains, e, c, a, GENITIVE_KI, colloquial)
    # -ki makes a new noun ("evdəki" the one at home): plural, then cases, or the cases with a pronominal n
    for e, c, a in [x for x in ends if x[0][2] and x[0][2][-1] == "REL"]:
        for pl, plc, pla in _grow(chains, e, c, a, PLURAL, colloquial):
            ends.append((pl, plc, pla))
            ends += _grow(chains, pl, plc, pla, CASE[:-1], colloquial)
        ends += _grow(chains, e, c, a, CASE_AFTER_POSS3[:-1], colloquial)
    if predicate:
        if start[2]:  # after a participle ("oxumasıdır"): "gəlmişdir" is likelier the finite tense
            pred = tuple((f, t, w + PREDICATE_AFTER_PARTICIPLE) for f, t, w in pred)
            # and only on the participle itself, its possessive ("yazdığıdır") or the locative of
            # the progressive ("oxumaqdadır"), not after other cases
            ends = [e for e in ends if e[0][2] == start[2] or e[0][2][-1].startswith("POSS") or e[0][2][-1] == "LOC"]
        for e, c, a in ends:
            if len(e[2]) - len(start[2]) <= 2 and not (e[2] and e[2][-1] in NO_PREDICATE_AFTER):
                _grow(chains, e, c, a, pred, colloquial)


@lru_cache(maxsize=None)
def voice_table(cls: Harmony, after_vowel: bool) -> dict[str, tuple[Chain, ...]]:
    """Runs of up to VOICE_DEPTH voice suffixes after a verb root, keyed by surface.

    Voice makes a verb stem that inflects like any other ("yaz-dır-ıl-dı"), so the analyzer
    peels it off a verb stem instead of multiplying every verbal chain by it; a passive or
    reflexive ends the run.
    """
    chains: list[Chain] = []
    layer = _grow(chains, ("", (), (), 0.0, "VERB"), cls, after_vowel, VOICE)
    for _ in range(VOICE_DEPTH - 1):
        nxt = []
        for v, c, a in layer:
            if v[2][-1] not in ("PASS", "REFL"):
                nxt += _grow(chains, v, c, a, VOICE_AFTER_VOICE)
        layer = nxt
    table: dict[str, list[Chain]] = {}
    for ch in chains:
        # the causative t voices before a vowel, as a verb-final t does: "zəiflə-d-il", "oxu-d-ul"
        morphs = tuple(
            "d" if m == "t" and k + 1 < len(ch[1]) and ch[1][k + 1][:1] in VOWELS else m for k, m in enumerate(ch[1])
        )
        ch = ("".join(morphs), morphs) + ch[2:]
        table.setdefault(ch[0], []).append(ch)
    return {k: tuple(sorted(v, key=lambda c: -c[3])) for k, v in table.items()}


@lru_cache(maxsize=None)
def chain_table(cls: Harmony, after_vowel: bool, colloquial: bool = False) -> dict[str, tuple[Chain, ...]]:
    """Every suffix chain after a stem of this harmony and ending, keyed by its surface.

    ``colloquial`` adds the colloquial forms (their features include ``COLL``) for analysis.
    """
    co = colloquial
    tam = TAM + TAM_COLLOQUIAL if co else TAM
    aux = AUX + AUX_COLLOQUIAL if co else AUX
    person = {k: v + PERSON_COLLOQUIAL[k] for k, v in PERSON.items()} if co else PERSON
    participle = PARTICIPLE + PARTICIPLE_COLLOQUIAL if co else PARTICIPLE
    negation = NEGATION + NEGATION_COLLOQUIAL if co else NEGATION
    chains: list[Chain] = [("", (), (), 0.0, "NOUN"), ("", (), (), 0.0, "VERB")]
    _nominal(chains, ("", (), (), 0.0, "NOUN"), cls, after_vowel, True, True, co)
    stems = [(("", (), (), 0.0, "VERB"), cls, after_vowel)]  # voice: see voice_table
    for s, c, a in list(stems):
        stems += _grow(chains, s, c, a, negation, co)
    for s, c, a in stems:
        negated = "NEG" in s[2]
        for f, t, w, nxt in tam:
            if negated and ("NEG" in f or f[0] in ("PRS", "AOR")):
                continue
            for tam_, tc, ta in _grow(chains, s, c, a, ((f, t, w),), co):
                tails = [(tam_, tc, ta, nxt)]
                if nxt == "A" and f[0] != "PERF.IB" or f[0] in ("PERF.IB", "PST.EV", "COND"):
                    for af, at, aw, anxt in aux:
                        for x, xc, xa in _grow(chains, tam_, tc, ta, ((af, at, aw),), co):
                            tails.append((x, xc, xa, anxt))
                for x, xc, xa, person_set in tails:
                    if person_set:
                        _grow(chains, x, xc, xa, person[person_set], co)
        for p, pc, pa in _grow(chains, s, c, a, participle, co):
            _nominal(chains, p, pc, pa, False, True, co)
        _grow(chains, s, c, a, CONVERB, co)
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
