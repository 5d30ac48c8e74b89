"""Analysis, generation and lemmatisation of Azerbaijani words over the suffix grammar.

Analysis tries every split of a word into stem + suffix chain that ``grammar.chain_table``
licenses for the stem's harmony (colloquial chains included), undoing k->y / q->ğ and t->d
alternations, and peels passive/causative suffixes off verb stems (``grammar.voice_table``).
It ranks the splits: a stem the optional ``known`` test accepts wins (the longest such),
otherwise the grammar's priors and the shape of the stem decide. Results are cached per word.

``known`` should hold dictionary forms, not running-text forms: with a salname lexicon pass
``Lexicon.is_headword``. Verbs count as known through their infinitive ("yazmaq").

Voice policy (as UD lemmas): the regular passive and causative (-Il/-n, -dIr, -t) are stripped
whenever the root is known as a verb, even if the voiced verb is listed too ("rahatlaşdırır" ->
"rahatlaş"); a root listed only bare counts as a verb for this when it ends in a verb-forming
suffix (-lAş, -lAn), as other bare roots may be nouns ("yara" vs "yaratmaq"). The lexical
causatives -Ir/-Ar/-It ("pişir", "çıxar", "qorxut") are stripped only off a root whose infinitive
is listed, and never when the causative's own infinitive is listed: those are often verbs of
their own ("çıxarmaq" take out). Irregular pairs ("qalx"/"qaldır") are not related at all.

With a lexicon the lemmatizer also reads careless and spoken writing, but only where no listed
stem explains the word as written: diacritics lost in a verb root ("gelir" -> "gəl"), a stem-final
a/ə elided before -dA/-dAn ("kitabxanda" -> "kitabxana"), a stray last letter on a word tagged a
verb ("düşünmürü" -> "düşün"). Guesses on stems it does not list (a k/q alternation, an aorist -Ar)
rank below the word as written. A word tagged NOUN that reads as a verbal noun is that noun
("Alma" -> "alma", "təmizləməgi" -> "təmizləmək").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Callable, Sequence

from salname.az.alphabet import VOWELS, az_lower, az_upper, is_acronym
from salname.az.grammar import (
    DERIVATION,
    VOICE,
    CAUSATIVE_T_AFTER,
    FINAL_CLUSTER_OK,
    HARMONY_CLASSES,
    FUNCTION_WORDS,
    LEXICAL_CAUSATIVE,
    NEGATIVE_COPULA,
    PRONOUNS,
    T_VOICING_VERBS,
    Y_BUFFER_RAISED,
    VERB_FORMING,
    Y_BUFFER_VERBS,
    chain_table,
    context_of,
    harmony_of,
    join,
    realize,
    voice_table,
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
# ... but not "-iyan": "İtaliyanın", "Rusiyanın" are "-iya" + genitive
NOT_NAME_ENDINGS = ("iyan", "iyən")
# names in -an/-ən in the dative ("Orxana", "Tehrana") outnumber names in -ana/-ənə
DATIVE_NAME_ENDINGS = ("an", "ən")
# passive after l is -In ("ol-un", "böl-ün", "gəl-in"), which the grammar lists as the reflexive
PASSIVE_AFTER_L = 0.3
# what a known stem adds to a reading; a verb root listed bare, without its infinitive, adds less
KNOWN_BONUS = 6.0
KNOWN_BONUS_BARE_VERB = 4.5
KNOWN_BONUS_VERB_AS_NOUN = 4.5
# a known whole word against a known stem + suffix; low, since inflected listed forms are demoted apart
BARE_KNOWN_PENALTY = 0.6
# A possessive-3 followed by a case with the pronominal n ("üst-ü-ndə", "ər-i-nə"): the n is evidence
# for the possessive, so its letters count as stem letters against a known stem in -In ("üstün-də");
# not in the genitive and accusative, whose n is also the buffer after a vowel stem ("qapı-nı").
POSS3_N_BONUS = 1.0
# A known whole word ending in a/ə against a known stem + that vowel as the dative ("məsələ" vs
# "məsəl" + DAT, "dənə" vs "dən" + DAT): the listed word is the likelier reading. Not for ı/i/u/ü:
# the 3rd person possessive is among the commonest endings of news text, and dictionaries list
# possessed forms as headwords of their own ("sədri", "adı", "yeri"), which must still read sədr+i.
ONE_VOWEL_SUFFIX_PENALTY = 0.5
# Careless typing writes ı for i (or i for ı) in a suffix ("gəlmış", "nənəsı"): read as the harmonic
# suffix with this penalty, only when the word as written has no reading with a suffix at all, and
# only given a ``known`` test (lemmatizing with a lexicon; a spelling check must still flag the slip).
HARMONY_SLIP_PENALTY = 1.5
TYPO = "TYPO"  # the feature that marks such a reading
# stem-final vowels raised before a buffer y in speech, and the written vowel they stand for
RAISED = {"ı": "a", "i": "ə"}
# a stem read with a dropped vowel restored ("fikri" -> "fikir") when it could end in its cluster too
DROPPED_VOWEL_PENALTY = 0.3
# A vowel stem + the spoken copula -dI when a lexicon lists neither it nor the word (see ``_analyze``).
SPOKEN_COPULA_BONUS = 0.4
_SPOKEN_COPULA = ("COP", "COLL")
# With a lexicon, an unlisted word in a/ə is likelier a word of its own ("mivə", "klausula") than the
# dative of a stem the lexicon does not list either; a listed stem still takes the dative.
UNLISTED_DATIVE_PENALTY = 0.3
# With a lexicon, an unlisted word in -Ar/-yAr is likelier a word of its own ("səhər", "sinqulyar",
# "işguzar") or a bare verb root ("qutar") than the aorist of a root the lexicon does not list either.
UNLISTED_AORIST_PENALTY = 1.0
# With a lexicon, a k/q alternation undone on a stem it does not list ("qəhvek" + POSS.3 + COP for
# "qəhveyidir") is no likelier than the unlisted stem as written: the alternation itself is a guess.
UNLISTED_ALTERNATION_PENALTY = 0.3
PARSE_FLOOR = 0.05  # the unparsed whole word scores 0
# Letters keyboards without Azerbaijani letters write for them ("gelir" for "gəlir", "düsün" for
# "düşün"): a word none of whose readings rests on a listed stem is read with them restored in its root
# when that gives a listed verb (a lemmatizer's tolerance, as with harmony slips), at this penalty.
DIACRITIC_RESTORE = {"e": "ə", "s": "ş", "c": "ç", "g": "ğ", "o": "ö", "u": "ü", "i": "ı"}
DIACRITIC_PENALTY = 1.0
MAX_RESTORED_LETTERS = 4  # 16 spellings at most
# A word tagged a verb that no reading explains as a listed verb, but whose best reading without its
# last letter is an inflected listed verb, has a stray letter typed after it ("düşünmürü" for "düşünmür");
# only for words longer than this, where a listed verb form is unlikely to be there by chance.
STRAY_LETTER_MIN = 5
# prior of the causative -t read voiced after l/r ("çıxar-d-ıb"), as the -t it is
VOICED_CAUSATIVE_WEIGHT = next(w for f, t, w in VOICE if t == "^t")
# "elir" for "eləyir": a verb in -lA read through the merged present (see ``_candidates``)
LA_MERGED_PENALTY = 1.5
DROPPING_AFTER = frozenset("lrnmzf")  # "oğul", "ömür", "burun", "isim", "ağız", "sinif"
# the consonants after which speech drops a stem-final a/ə before -dA/-dAn ("burda", "kitabxanda")
ELIDED_AFTER = frozenset("rnl")
ELIDED_VOWEL_PENALTY = 0.3
_STRIPPED_VOICE = frozenset({"PASS", "CAUS"})
STRIPPED_VOICE_WEIGHT = 0.3
# how far below the best reading a reading of the hinted part of speech may be and still be taken
HINT_MARGIN = 4.0
_MAX_VOICE = max(len(k) for c in HARMONY_CLASSES for av in (False, True) for k in voice_table(c, av))


@dataclass(frozen=True, slots=True)
class Analysis:
    stem: str
    lemma: str
    pos: str
    suffixes: tuple[str, ...]
    features: tuple[str, ...]
    score: float


def _spoken_poss2pl(feats: tuple[str, ...]) -> bool:
    """Whether ``feats`` hold the spoken 2nd person plural possessive ("adız" for "adınız")."""
    return "POSS.2PL" in feats and feats[feats.index("POSS.2PL") + 1 : feats.index("POSS.2PL") + 2] == ("COLL",)


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


def _known_bonus(known: Known, lemma: str, stem: str, pos: str) -> float:
    """How much a listed stem is worth: verbs count as known through their infinitive
    ("yazmaq"); a verb root listed only bare may be another word ("görmə", "deyə")."""
    low = az_lower(lemma)
    if pos == "VERB":
        if low[-2:] in ("ma", "mə") and _infinitive_known(known, low[:-2]):
            return 0.0  # "görmə-di" is "gör" negated, though "görməmək" and the noun "görmə" are listed
        if _infinitive_known(known, low):
            return KNOWN_BONUS
        if known(lemma) or (low != lemma and known(low)):
            # word lists hold converbs and particles made of a listed verb ("deyə", "deyəsən" of "de"):
            # such a word is no verb root of its own
            return 0.0 if _listed_verb_form(known, low) else KNOWN_BONUS_BARE_VERB
        return 0.0
    if low in Y_BUFFER_VERBS:
        return 0.0  # "de", "ye", "yu" are verb roots only: "deniz" is no "de" + POSS.2PL
    if known(lemma) or (low != lemma and known(low)):
        # nltkaz lists verb roots bare, like nouns: a root with a known infinitive ("əri", "ərimək")
        # vouches less for a noun stem than a plain headword does ("Ərim" is "ər" + POSS.1SG)
        return KNOWN_BONUS_VERB_AS_NOUN if _infinitive_known(known, low) else KNOWN_BONUS
    if lemma != stem:
        s = az_lower(stem)
        if known(stem) or (s != stem and known(s)):
            return KNOWN_BONUS
    return 0.0


def _listed_verb_form(known: Known, low: str) -> bool:
    """Whether ``low`` reads as a root with a listed infinitive + a verbal suffix chain."""
    return any(
        i < len(low) and _infinitive_known(known, stem) and any(c[4] == "VERB" for c in chains)
        for i, stem, chains, _ in _candidates(low, low, 2, False)
    )


def _infinitive_known(known: Known, root: str) -> bool:
    ctx = context_of(root)
    return ctx is not None and known(root + ("maq" if ctx[0][0] else "mək"))


def _syllables(stem: str) -> int:
    return sum(1 for ch in stem if ch in VOWELS)


@lru_cache(maxsize=100_000)
def _voice_splits(stem: str) -> tuple[tuple[str, tuple], ...]:
    """(root, voice chains) for every way ``stem`` is a verb root + passive/causative/... suffixes."""
    if len(stem) < 3 or stem[-1] not in "lnşrtd":
        return ()
    if stem[-1] == "d":
        # the causative -t after l/r voices before a vowel as well: "çıxardıb" is "çıxar" + CAUS + PERF.IB
        root = stem[:-1]
        if root[-1] in "lr" and _syllables(root) >= 2:
            return ((root, (("d", ("d",), ("CAUS",), VOICED_CAUSATIVE_WEIGHT, "VERB"),)),)
        return ()
    out = []
    for j in range(max(2, len(stem) - _MAX_VOICE), len(stem)):
        root = stem[:j]
        ctx = context_of(root)
        if ctx is None:
            continue
        found = voice_table(*ctx).get(stem[j:])
        if not found:
            continue
        if _syllables(root) < 2 or root[-1] not in CAUSATIVE_T_AFTER:
            # causative -t wants two syllables ending in a vowel, l or r: not "ge-t", "sa-t"
            found = tuple(v for v in found if v[1][0] not in ("t", "d"))
            if not found:
                continue
        if root[-1] == "l":
            found = tuple((v[0], v[1], ("PASS",) + v[2][1:], PASSIVE_AFTER_L, v[4]) if v[2] == ("REFL",) else v
                          for v in found)
        elif stem[j] in VOWELS:
            if root[-1] == "d" and (root[:-1] + "t" in T_VOICING_VERBS or root[-2] in VOWELS and _syllables(root) >= 2):
                root = root[:-1] + "t"  # a final t voices before a vowel: "ed-il" is "et", "yarad-ıl" "yarat"
            elif root[-1] == "y" and root[:-1] in Y_BUFFER_VERBS:
                root = root[:-1]  # "dey-il" is "de" + passive
            elif _dropped_vowel(root):
                root = _restore_vowel(root)  # verb roots do not end in such clusters: "çağr-ıl" is "çağır"
        if found:
            out.append((root, found))
    return tuple(out)


_TABLES: dict = {}


def _table(ctx) -> dict:
    t = _TABLES.get(ctx)
    if t is None:
        t = _TABLES[ctx] = chain_table(ctx[0], ctx[1], True)
    return t


_ANY_CONTEXT = tuple((c, av) for c in HARMONY_CLASSES for av in (False, True))
_HARMONY_OF = {v: harmony_of(v) for v in VOWELS}
_MAX_CHAIN = 0  # set on first use: the longest chain surface


def _contexts(low: str) -> list:
    """(harmony, ends in a vowel) of every prefix ``low[:i]`` (None while it has no vowel)."""
    out: list = [None]
    h = None
    for ch in low:
        v = _HARMONY_OF.get(ch)
        if v is not None:
            h = v
        out.append(None if h is None else (h, v is not None))
    return out


def _dropped_vowel(stem: str) -> bool:
    """Whether ``stem`` may have lost the high vowel of its last syllable (before a vowel-initial suffix):
    a vowel, then two consonants the second of which is a sonorant ("ağz", "oğl", "burn", "ömr", "fikr")."""
    return (
        len(stem) >= 3 and stem[-1] in DROPPING_AFTER and stem[-2] not in VOWELS and stem[-2] != stem[-1]
        and stem[-3] in VOWELS
    )


def _restore_vowel(stem: str) -> str:
    """``stem`` with the high vowel its last cluster lost: "ağz" -> "ağız", "burn" -> "burun"."""
    v = stem[-3]
    high = ("u" if v in "ou" else "ı") if v in "aıou" else ("ü" if v in "öü" else "i")
    return stem[:-1] + high + stem[-1]


def _restorable(known: Known, stem: str, low: str, i: int) -> bool:
    """Whether a lexicon allows ``stem``, a vowel restored before ``low[i:]``: deverbal nouns in -Im
    keep their vowel ("alım" -> "alımı", "seçim" -> "seçimi"), so "alma" is no "alım" + DAT; and a
    listed word ending in a/ə is itself, not a restored stem + the dative ("alma" apple)."""
    if stem[-1] == "m" and _infinitive_known(known, stem[:-2]):
        return False
    return not (low[i:] in ("a", "ə") and known(low))


def _candidates(word: str, low: str, start: int, proper: bool):
    """(end, stem, chains, penalty) for every split at or after ``start`` whose tail is a licensed chain."""
    global _MAX_CHAIN
    if not _MAX_CHAIN:
        _MAX_CHAIN = max(len(k) for c in _ANY_CONTEXT for k in _table(c))
    n = len(low)
    ctxs = _contexts(low)
    for i in range(n, max(start, 1, n - _MAX_CHAIN) - 1, -1):
        stem, rest = low[:i], low[i:]
        ctx = ctxs[i]
        if ctx is None:
            if proper and is_acronym(word[:i]):
                for c in _ANY_CONTEXT:
                    chains = _table(c).get(rest)
                    if chains:
                        yield i, stem, chains, 0.0
            continue
        chains = _table(ctx).get(rest)
        if not chains:
            continue
        last = stem[-1]
        if rest and rest[0] in VOWELS:
            if last == "d" and stem[:-1] + "t" in T_VOICING_VERBS:
                # before a vowel "ed"/"ged" is only the voiced "et"/"get"
                nouns = tuple(ch for ch in chains if ch[4] != "VERB")
                if nouns:
                    yield i, stem, nouns, 0.0
                yield i, stem[:-1] + "t", tuple(c for c in chains if c[4] == "VERB"), -0.2
                continue
            yield i, stem, chains, 0.0
            if last == "d" and stem[-2] in VOWELS and _syllables(stem) >= 2:
                # a polysyllabic verb's final t voices before a vowel: "yaradır" is "yarat" + PRS
                verbs = tuple(c for c in chains if c[4] == "VERB")
                if verbs:
                    yield i, stem[:-1] + "t", verbs, -0.1
            elif last in "ğyg" and i >= 3:
                alt = stem[:-1] + ("q" if last == "ğ" else "k")
                if _alternates(alt):
                    # k spelt g before a vowel ("çörəgi") is colloquial: a small penalty
                    yield i, alt, tuple(c for c in chains if c[4] == "NOUN"), (0.4 if last == "g" else -0.05)
            if last == "l" and rest[0] in "ıi" and len(stem) >= 2:
                # the -lA of a verb stem merges with the present -(y)Ir in speech: "eləyir" -> "eliyir"
                # -> "elir", "işləyir" -> "işlir"
                verbs = tuple(c for c in chains if c[4] == "VERB" and c[2][:1] == ("PRS",))
                if verbs:
                    yield i, stem + ("a" if rest[0] == "ı" else "ə"), verbs, LA_MERGED_PENALTY
            if _dropped_vowel(stem):
                # the high vowel of a last syllable drops before a vowel: "ağzı" is "ağız", "oğlu" "oğul"
                nouns = tuple(c for c in chains if c[4] == "NOUN")
                if nouns:
                    yield i, _restore_vowel(stem), nouns, DROPPED_VOWEL_PENALTY
        else:
            yield i, stem, chains, 0.0
            if i == 2 and stem in Y_BUFFER_RAISED and rest[:1] == "y":
                yield i, Y_BUFFER_RAISED[stem], tuple(c for c in chains if c[4] == "VERB"), 0.0  # "diyir"
            elif rest[:1] == "y" and rest[1:2] in VOWELS and last in RAISED and i >= 3:
                # a/ə raised before a buffer y in speech: "eliyir" for "eləyir", "başlıyır" for "başlayır"
                yield i, stem[:-1] + RAISED[last], tuple(c for c in chains if c[4] == "VERB"), 0.3
            elif not rest and last == "ğ" and _alternates(stem):
                # a final q spelt ğ ("uşağ"): a penalty, as "məbləğ", "baliğ" and names in "-dağ" are words
                yield i, stem[:-1] + "q", chains, 0.3
            if rest[:1] == "d" and last in ELIDED_AFTER and len(stem) >= 3 and stem[-2] in VOWELS:
                # speech drops a stem-final a/ə before the locative and ablative: "burada" -> "burda",
                # "haradan" -> "hardan", "kitabxanada" -> "kitabxanda" (``_analyze`` keeps it only when a
                # lexicon lists the full stem and not the written one)
                nouns = tuple(c for c in chains if c[4] == "NOUN" and c[2][:1] in (("LOC",), ("ABL",)))
                if nouns:
                    yield i, stem + ("a" if ctx[0][0] else "ə"), nouns, ELIDED_VOWEL_PENALTY


def closed_class(word: str) -> Analysis | None:
    """The reading of a function word, pronoun or negative copula form as the grammar lists them,
    or None; cheap, uncached, so word-list passes can ask it of every form."""
    return _closed(word, az_lower(word))


def _closed(word: str, low: str) -> Analysis | None:
    fpos = FUNCTION_WORDS.get(low)
    if fpos is not None:
        return Analysis(word, low, fpos, (), (), 1.0)
    pron = PRONOUNS.get(low)
    if pron is not None and (not word[:1].isupper() or word[1:].islower() or len(word) == 1):
        return Analysis(word[: len(pron)], pron, "PRON", (low[len(pron) :],) if low != pron else (), (), 1.0)
    if low in NEGATIVE_COPULA:
        return Analysis(word[:5], "deyil", "PART", (low[5:],) if len(low) > 5 else (), (), 1.0)
    return None


def _analyze(word: str, known: Known | None, slips: bool = True) -> list[Analysis]:
    low = az_lower(word)
    closed = _closed(word, low)
    if closed is not None:
        return [closed]
    proper = word[:1].isupper()
    out: list[Analysis] = []
    listed = False  # whether some reading rests on a stem the lexicon lists as it is
    elisions: list[Analysis] = []  # readings with an elided vowel restored: only if nothing is listed
    any_listed = False  # ... as a noun or a verb, fully or not
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
                for ch in chain_table(*ctx, True).get(tail, ()):
                    if ch[4] == "NOUN" and ch[2] and not (set(ch[2]) & _DERIV_FEATS):
                        out.append(Analysis(head, head, "PROPN" if proper else "NOUN", ch[1], ch[2], 5.0 + ch[3]))
            if out:
                break
    for i, stem, chains, alt_pen in _candidates(word, low, start, proper):
        elided = False
        if not alt_pen:
            orig_stem = word[:i]
        elif len(stem) == i:
            orig_stem = word[: i - 1] + (az_upper(stem[-1]) if word[i - 1].isupper() else stem[-1])
        elif stem[:-1] == low[:i] and low[i : i + 1] == "d":  # a stem-final vowel elided before -dA/-dAn
            if known is None or proper or not known(stem) or known(low[:i]):
                continue
            orig_stem = word[:i] + stem[-1]
            elided = True
        else:  # a restored vowel
            if known is not None and not _restorable(known, stem, low, i):
                continue
            orig_stem = word[: i - 1] + stem[-2:] if not word[i - 2].isupper() else word[: i - 1] + az_upper(stem[-2:])
        shape = 0.0 if (proper and i == len(word)) else _shape_penalty(stem)
        if i < len(low) and low[i] in VOWELS and not alt_pen and len(stem) > 2:
            # a stem-final y/ğ before a vowel is likelier a buffer or an alternation
            if stem[-1] == "y" and stem[-2] in VOWELS or stem[-1] in "ğg" and _alternates(stem):
                shape += 0.5
        # "deyib": when "demək" is known and "deymək" is not, the y is a buffer even if a word list holds "dey"
        buffer_y = len(stem) <= 4 and stem[-1:] == "y" and stem[-2:-1] in VOWELS and low[i : i + 1] in VOWELS
        if proper and stem.endswith(NAME_ENDINGS) and not stem.endswith(NOT_NAME_ENDINGS):
            shape -= 0.3
        voice = None
        whole_known = None
        # a stem-final k/q undone from the y/ğ/g written before a vowel ("ayağı" -> "ayaq")
        alternated = alt_pen != 0.0 and len(stem) == i and stem[-1] in "qk" and low[i - 1] in "ğyg"
        cv_root = len(stem) == 2 and stem[0] not in VOWELS and stem[1] in VOWELS and stem not in Y_BUFFER_VERBS
        for surface, morphs, feats, weight, pos in chains:
            if pos == "VERB" and cv_root:
                continue  # no verb root is a consonant + a vowel but "de", "ye", "yu": "kömək" is a noun
            if pos == "VERB":
                # verb roots are short ("al", "ol", "iç"), and a bare root is a rare imperative
                pen = (-0.5 if len(stem) == 2 else 0.0) + (0.3 if not feats else 0.0)
            else:
                pen = 0.0
            if proper:
                if pos != "NOUN" or (set(feats) & _DERIV_FEATS) or _spoken_poss2pl(feats):
                    continue  # no "Təbr-iz" for "Təbriz": names take no spoken 2nd person possessive
                pos = "PROPN"
            if proper and len(surface) == 1 and surface in VOWELS and not (
                    feats[0] == "DAT" and stem.endswith(DATIVE_NAME_ENDINGS)):
                score_adj = -0.3  # names ending in a vowel outnumber names in a bare accusative
            else:
                score_adj = 0.0
            lemma = _lemma_of(orig_stem if proper else stem, morphs, feats, pos)
            score = weight - shape - pen - alt_pen + score_adj
            if known is not None and len(stem) >= (4 if proper else 2):
                bonus = _known_bonus(known, lemma, stem, pos)
                if bonus and not (buffer_y and pos == "VERB" and _infinitive_known(known, stem[:-1])
                                  and not _infinitive_known(known, stem)):
                    # the longest known stem wins; a known whole form (lexicons built from word counts
                    # hold inflected forms too) must not hide a known stem plus a real suffix
                    score += bonus + 0.5 * len(stem) - (BARE_KNOWN_PENALTY if not feats else 0.0)
                    listed = listed or (bonus >= KNOWN_BONUS and not elided)
                    any_listed = any_listed or not elided
                    if len(feats) >= 2 and feats[-2] == "POSS.3" and morphs[-1][:1] == "n" and feats[-1] not in (
                            "GEN", "ACC"):  # "qapını", "maşını": a vowel stem + (n)I reads the same
                        score += POSS3_N_BONUS
                    elif len(surface) == 1 and surface in VOWELS and whole_known is None:
                        # a verb root listed bare ("yeri", "əri") is no evidence for a noun "yeri"
                        whole_known = known(low) and not _infinitive_known(known, low)
                    if len(surface) == 1 and surface in "aə" and whole_known:
                        score -= ONE_VOWEL_SUFFIX_PENALTY
                elif (not proper and feats == _SPOKEN_COPULA and stem[-1] in VOWELS
                      and len(stem) >= 3):
                    # "yaxçıdı": -dI after a vowel is the spoken copula, likelier than an unlisted
                    # stem in -d ("yaxçıd" + ACC) or an unlisted whole word, when the stem is unlisted too
                    score += SPOKEN_COPULA_BONUS
                elif not proper and feats == ("DAT",) and len(surface) == 1 and stem[-1] not in VOWELS:
                    score -= UNLISTED_DATIVE_PENALTY
                elif not proper and feats == ("AOR",):
                    score -= UNLISTED_AORIST_PENALTY
                if not bonus and alternated:
                    # ranked below a parse without the guess, yet still above no parse at all ("əməyin")
                    score = max(score - UNLISTED_ALTERNATION_PENALTY, min(score, PARSE_FLOOR))
            (elisions if elided else out).append(
                Analysis(orig_stem if proper else stem, lemma, pos, morphs, feats, round(score, 3)))
            if pos == "VERB" and feats and not proper:
                if voice is None:
                    # the voiced causative ("çıxar-d-ıb") only with a lexicon to vouch for its root: a
                    # checker would take "şəkil-d-ə" for a causative of the passive "şəkil"
                    voice = _voice_splits(stem) if known is not None or stem[-1] != "d" else ()
                for root, vchains in voice:
                    out.extend(_voiced(known, root, stem, vchains, morphs, feats, weight - pen))
                if known is not None and len(stem) >= 4:
                    out.extend(_lexical_causative(known, stem, morphs, feats, weight - pen))
    if not any_listed:  # "adından" is "ad" + POSS.3 + ABL, not the listed "adına" with its a elided
        out.extend(elisions)
    if slips and known is not None:  # a lemmatizer's tolerance: a checker without a lexicon must not accept it
        p = _harmony_slip(low)
        if p >= 2 and not any(a.suffixes for a in out):  # "abini" is "abi" + ACC: no slip
            out.extend(_slip_readings(word, low, p, known))
        # a listed root under a passive or causative counts (not under the doubtful reflexive/reciprocal)
        if not listed and not proper and not any(
                a.pos == "VERB" and a.features[:1] and a.features[0] in _STRIPPED_VOICE
                and _infinitive_known(known, a.stem) for a in out):
            out.extend(_restored_readings(word, low, out, known))
    if known is not None:
        out = _demote_inflected_stems(out)
    out.sort(key=lambda a: (-a.score, -len(a.stem)))
    return out


def _harmony_slip(low: str) -> int:
    """Index of the first ı written after a front vowel or i after a back one, or of an e after a front
    vowel past the first syllable (e for ə, from keyboards without ə: "məktəbde"), or -1."""
    back = None
    for k, ch in enumerate(low):
        if ch in VOWELS:
            if ch == "ı" and back is False or ch == "i" and back is True or ch == "e" and back is False:
                return k
            if ch != "i" or back is None:  # an i after a back vowel is the slip itself, not a new harmony
                back = ch in "aıou"
    return -1


def _slip_readings(word: str, low: str, p: int, known: Known | None) -> list[Analysis]:
    """Readings of ``word`` with the ı/i slips from ``p`` on written as harmony wants ("gəlmış" ->
    "gəlmiş"), whose stem ends before the first slip; the surface of the suffixes stays as written."""
    chars = list(word)
    back = low[p] == "i"  # the harmony the slip broke: i after a back vowel
    for k in range(p, len(low)):
        ch = low[k]
        if ch in "ıi":
            want = "ı" if back else "i"
            chars[k] = az_upper(want) if word[k].isupper() else want
        elif ch == "e" and not back:
            chars[k] = "Ə" if word[k].isupper() else "ə"
        elif ch in VOWELS:
            back = ch in "aıou"
    fixed = "".join(chars)
    out = []
    for a in _analyze(fixed, known, slips=False):
        if a.suffixes and len(a.stem) <= p:
            pos, morphs = len(a.stem), []
            for m in a.suffixes:
                morphs.append(word[pos : pos + len(m)])
                pos += len(m)
            out.append(Analysis(a.stem, a.lemma, a.pos, tuple(morphs), a.features + (TYPO,),
                                round(a.score - HARMONY_SLIP_PENALTY, 3)))
    return out


def _restored_readings(word: str, low: str, out: list[Analysis], known: Known) -> list[Analysis]:
    """Verb readings of ``word`` with diacritics its root lost restored ("gelir" -> "gəl", "düsünürdüz"
    -> "düşün"), for a word none of whose readings has a listed stem: only a root whose infinitive
    is listed is taken, the written letters stay in the suffixes."""
    span = max((len(a.stem) for a in out if a.pos == "VERB" and a.suffixes), default=0)
    spots = [k for k in range(span) if low[k] in DIACRITIC_RESTORE and not (k == 0 and low[k] == "g")]
    if not spots or len(spots) > MAX_RESTORED_LETTERS:
        return []
    found: dict[str, Analysis] = {}
    for choice in product((False, True), repeat=len(spots)):
        if not any(choice):
            continue
        chars = list(low)
        for k, on in zip(spots, choice):
            if on:
                chars[k] = DIACRITIC_RESTORE[chars[k]]
        for a in _analyze("".join(chars), known, slips=False):
            if (a.pos != "VERB" or len(a.stem) < 3 or a.stem == low[: len(a.stem)] or not a.suffixes
                    or not _infinitive_known(known, a.stem)):  # two-letter roots: too many junk infinitives
                continue
            pos, morphs = len(a.stem), []
            for m in a.suffixes:
                morphs.append(word[pos : pos + len(m)])
                pos += len(m)
            r = Analysis(a.stem, a.lemma, a.pos, tuple(morphs), a.features + (TYPO,),
                         round(a.score - DIACRITIC_PENALTY, 3))
            key = (r.stem, r.features)
            if key not in found or found[key].score < r.score:
                found[key] = r
    return list(found.values())


def _voiced(known: Known | None, root: str, stem: str, vchains, morphs, feats, weight: float) -> list[Analysis]:
    """Readings of a verb stem as ``root`` + voice suffixes, followed by the chain ``morphs``."""
    out = []
    base = weight - _shape_penalty(root) + (0.5 if len(root) == 2 else 0.0)
    bonus = 0.0
    if known is not None:
        # a root listed only bare may be a noun ("xalqı", "dini"): less than one with its infinitive
        bonus = _known_bonus(known, root, root, "VERB")
        if bonus and bonus < KNOWN_BONUS and root.endswith(VERB_FORMING) and _infinitive_known(known, stem):
            # a root listed bare ("rahatlaş") that ends in a verb-forming suffix is a verb, so a listed
            # voiced infinitive ("rahatlaşdırmaq") must not keep the voice in the lemma (UD drops it);
            # other bare roots may be nouns ("yara" against "yaratmaq", "dağ" against "dağılmaq")
            bonus = KNOWN_BONUS
        if bonus:
            # as long as the voiced stem it replaces, so that a listed "veril" does not hide "ver" + PASS
            bonus += 0.5 * len(stem) + 0.1
    # after l the passive is -In: "alı-n", "bölü-n" are likelier "al-ın", "böl-ün"
    l_root = len(root) > 2 and root[-2] == "l" and root[-1] in "ıiuü"
    for _, vmorphs, vfeats, vweight, _ in vchains:
        if bonus and _STRIPPED_VOICE.issuperset(vfeats):
            # a known root + passive/causative: the doubt the priors hold is gone; peel them all
            vweight = STRIPPED_VOICE_WEIGHT * len(vfeats)
        if l_root and vmorphs[0] == "n":
            vweight -= 0.5
        out.append(Analysis(root, root, "VERB", vmorphs + morphs, vfeats + feats, round(base + vweight + bonus, 3)))
    return out


# what follows a present or aorist -Ir/-Ar directly: the same letters read as a causative add nothing
_AFTER_TENSE = frozenset({"PST", "EV", "COP", "WHILE", "1SG", "2SG", "1PL", "2PL", "3PL"})


def _lexical_causative(known: Known, stem: str, morphs, feats, weight: float) -> list[Analysis]:
    """``stem`` read as a listed verb root + a causative only some roots take ("pişir" -> "piş"), when
    the causative is not listed as a verb of its own ("çıxarmaq" keeps "çıxar")."""
    if feats[0] in _AFTER_TENSE:
        return []  # "bitirdi" is "bit" + PRS + PST as well: nothing to add
    full = stem[:-1] + "t" if stem[-1] == "d" and morphs[0][:1] in VOWELS else stem  # "qorxud-ur"
    if full[-1] not in "rt" or _infinitive_known(known, full) or known(full):
        return []
    out = []
    for k in (2, 3):
        root = full[:-k]
        ctx = context_of(root)
        if ctx is None or ctx[1] or len(root) < 2 or not _infinitive_known(known, root):
            continue
        for f, template, w in LEXICAL_CAUSATIVE:
            if realize(template, ctx[0], False)[0] == full[-k:]:
                # by the root's length: an unlisted causative is no evidence for the longer stem
                score = weight + w + STRIPPED_VOICE_WEIGHT - _shape_penalty(root) + KNOWN_BONUS + 0.5 * len(root)
                out.append(Analysis(root, root, "VERB", (stem[-k:],) + morphs, f + feats, round(score, 3)))
    return out


def _demote_inflected_stems(out: list[Analysis]) -> list[Analysis]:
    """A word list holding inflected forms ("getdi", "kitablar") must not make "getdilər" a plural noun
    or "kitablarda" a locative of "kitablar" (or "kitablar" a noun of its own) when a known shorter
    stem plus an inflection explains them."""
    shorter = [a for a in out if a.score >= 6.0 and a.features[:1] and a.features[0] in _INFLECTED_BY]
    if not shorter:
        return out
    fixed = []
    for a in out:
        if a.pos == "NOUN" and a.score >= 6.0:
            bare = not a.features
            for v in shorter:
                # lengths, not letters, so that "ged-ir" matches the root "get"
                if a.score > v.score and any(
                    len(v.stem) + sum(map(len, v.suffixes[:j])) == len(a.stem)
                    for j in range(1, len(v.suffixes) + bare)
                ):
                    a = Analysis(a.stem, a.lemma, a.pos, a.suffixes, a.features, round(v.score - 0.1, 3))
                    break
        fixed.append(a)
    return fixed


@lru_cache(maxsize=200_000)
def _analyze_cached(word: str) -> tuple[Analysis, ...]:
    return tuple(_analyze(word, None))


def analyze(word: str, known: Known | None = None, *, cached: bool = True) -> list[Analysis]:
    """Every stem + suffix reading of ``word``, best first. Cached per word (and ``known``) unless
    ``cached`` is false: a pass over a whole word list reads each word once, and a cache filled
    with them would only hold memory."""
    if not word:
        return []
    if not cached:
        return _analyze(word, known)
    if known is None:
        return list(_analyze_cached(word))
    try:
        return list(_analyze_known_cached(word, known))
    except TypeError:  # an unhashable test (a bound method of a set): analyse uncached
        return _analyze(word, known)


@lru_cache(maxsize=200_000)
def _analyze_known_cached(word: str, known: Known) -> tuple[Analysis, ...]:
    return tuple(_analyze(word, known))


def clear_caches() -> None:
    """Drop every cached analysis and lemma. A long pass (building the lexicon) fills the caches
    with words no one will ask about again, and a cache keyed on a ``known`` test keeps that test
    (and the lexicon behind it) alive; the grammar's tables stay, as they are small and reused."""
    _analyze_cached.cache_clear()
    _analyze_known_cached.cache_clear()
    _lemma_cached.cache_clear()
    _voice_splits.cache_clear()


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
    k = 0
    while k < len(feats) and feats[k] in _VOICE_FEATS:
        k += 1
    if k:  # voice first makes a new verb stem: "yaz" + PASS -> "yazıl", which then inflects
        found = sorted(
            (ch for chains in voice_table(*ctx).values() for ch in chains if ch[2] == feats[:k]),
            # the causative of a polysyllable ending in a vowel is -t ("oxut"), else the likeliest
            key=lambda ch: (ctx[1] and _syllables(low) >= 2 and ch[1][0] in ("t", "d"), ch[3]),
            reverse=True,
        )
        if not found:
            raise ValueError(f"no voice suffixes realise {list(feats[:k])!r} after {stem!r}")
        voiced = stem + found[0][0]
        return generate(voiced, feats[k:]) if feats[k:] else voiced
    entry = _generator(*ctx).get(feats)
    if entry is None:
        raise ValueError(f"no suffix chain realises {list(feats)!r}")
    surface, pos = entry
    if surface[0] in VOWELS:
        if low in T_VOICING_VERBS and set(feats) & _VERB_ONLY:
            return stem[:-1] + "d" + surface
        if pos == "VERB" and low[-1] == "t" and low[-2] in VOWELS and _syllables(low) >= 2:
            return stem[:-1] + "d" + surface  # "yarat" -> "yaradır", "oxut" -> "oxudur"
        if pos == "NOUN" and not (set(feats) & _VERB_ONLY) and low[-1] in "qk" and _alternates(low):
            return stem[:-1] + ("ğ" if low[-1] == "q" else "y") + surface
    return stem + surface


_VOICE_FEATS = frozenset({"PASS", "REFL", "RECP", "CAUS"})


@lru_cache(maxsize=200_000)
def _lemma_cached(word: str, pos: str | None) -> str:
    return _pick(analyze(word), pos, word)


def _nominalized(a: Analysis, low: str) -> str | None:
    """The verbal noun or infinitive a verb reading of ``low`` ends its verbal part in, as a noun's lemma
    ("alma" for al + VN, "təmizləmək" for təmizlə + INF + ACC), or None. A word tagged NOUN that
    is a verbal noun is the noun ("Alma" apple, "təmizləməgi"), not the verb it is made from. The
    letters are the word's own ("yaradılma", "çevrilmə"), as the root may be written otherwise."""
    for k, f in enumerate(a.features):
        if f in _NOMINALIZERS:
            if k >= len(a.suffixes):
                return None
            end = len(low) - sum(len(m) for m in a.suffixes[k + 1 :])
            vn = low[:end]
            if f == "INF":  # the infinitive's q/k voiced or spelt g before a vowel ("almağı", "-məgi")
                vn = vn[:-1] + _UNVOICED.get(vn[-1], vn[-1])
            return vn
        if f not in _VOICE_FEATS:
            return None
    return None


_NOMINALIZERS = frozenset({"VN", "INF"})
_UNVOICED = {"ğ": "q", "g": "k", "y": "k"}


def _pick(analyses: list[Analysis], pos: str | None, word: str) -> str:
    if not analyses:
        return word
    if pos:
        want = "VERB" if pos in ("VERB", "AUX") else None
        if want is None:
            # a verb read with restored diacritics is a tolerance for verbs: no evidence against a noun
            analyses = [a for a in analyses if not (a.pos == "VERB" and TYPO in a.features)] or analyses
        floor = analyses[0].score - HINT_MARGIN
        plausible = [a for a in analyses if a.score >= floor]  # else the hint is a tagger's guess
        for a in plausible:
            if want == "VERB" and a.pos == "VERB":
                return a.lemma
            if want is None and a.pos != "VERB":
                return a.lemma
        if pos == "NOUN":
            low = az_lower(word)
            for a in plausible:
                vn = _nominalized(a, low) if a.pos == "VERB" else None
                if vn is not None:
                    return vn
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
    lemma = _pick(analyze(word, known), pos, word)
    if (pos in ("VERB", "AUX") and len(word) > STRAY_LETTER_MIN and not known(lemma)
            and not _infinitive_known(known, az_lower(lemma))):
        # tagged a verb, yet no reading rests on a listed word: a stray last letter ("düşünmürü")?
        for a in analyze(word[:-1], known):
            if a.pos == "VERB" and a.features and TYPO not in a.features and _infinitive_known(known, a.stem):
                return a.lemma
            break
    return lemma


_CLOSED_CLASSES = frozenset({"PRON", "PART", "ADP", "CCONJ", "SCONJ", "DET"})


def analyze_token(word: str, known: Known | None = None, sentence_initial: bool = False) -> list[Analysis]:
    """Readings of a word in running text. A capital at the start of a sentence says nothing about
    names: there the word is read in lower case when that reading rests on a known stem, else as
    a name ("Uşaqlar" -> uşaq, but "Qafarovanın" -> Qafarova). With no ``known`` test only
    function words and pronouns are lowered ("Bu", "Onun"), names being the costlier mistake."""
    if not (sentence_initial and word[:1].isupper() and not is_acronym(word)):
        return analyze(word, known)
    low = az_lower(word)
    lower = analyze(low, known)
    if lower:
        best = lower[0]
        if known is not None:
            if best.pos in _CLOSED_CLASSES or _known_bonus(known, best.lemma, best.stem, best.pos) > 0:
                return lower
        elif best.pos in _CLOSED_CLASSES:
            return lower
    return analyze(word, known)
