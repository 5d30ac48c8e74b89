"""A lexicon of Azerbaijani word forms, each with the sources that attest it and a trust score.

Built on the user's machine (see ``lexicon_sources``) and kept as one gzip'd TSV in the
data dir, headed by a format version and a fingerprint of the sources and of the morphology,
so that ``ensure_lexicon()`` rebuilds it only when one changed. Corpus counts learned from
the archive survive a rebuild (and a format change). Trust mixes the evidence: nltkaz
headwords are good; the tesseract list is large but noisy (typos, truncations, diacritic-free
twins), so a tesseract-only form is trusted when morphology explains it at build time (an
nltkaz headword or a stem with its own paradigm, plus a suffix chain; an attested verb root
plus one), half-trusted when nothing vouched is one edit away (a rare word, not a typo of a
common one), and distrusted otherwise; a word seen often in the corpus is probably real; and
an optional morphology callable can vouch for a form.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from salname.az import lexicon_sources as src
from salname.az.alphabet import LOWER_SET, VOWELS, az_lower, fold_diacritics

FORMAT = "salname-lexicon"
VERSION = 2  # 2: the EXPLAINED, STEM and ISOLATED flags
FILENAME = f"lexicon-v{VERSION}.tsv.gz"
ENV_PATH = "SALNAME_LEXICON"

# Flags packed in the low bits of each entry; the corpus count lives above them.
TESS = 1
NLTK = 2
NOISE = 4  # tesseract-only form whose diacritic twin exists
FOREIGN = 8  # letters outside the Azerbaijani alphabet
DOTLESS_GUESS = 16  # its ı only comes from lower-casing a capital I (maybe an English/Turkish I)
EXPLAINED = 32  # tesseract-only form that morphology reads as a vouched stem + suffix chain
STEM = 64  # a stem with a paradigm of its own in the word lists
ISOLATED = 128  # tesseract-only, unexplained, and no vouched form one edit away: not a typo of one
_SHIFT = 8
_FLAG_MASK = (1 << _SHIFT) - 1

# Evidence weights, combined as a noisy-OR.
W_BOTH = 0.8
W_NLTKAZ = 0.65
W_TESSERACT = 0.2  # a tesseract-only form nothing explains: often a typo or a truncation
W_EXPLAINED = 0.6  # a tesseract-only form that is a paradigm stem or a vouched stem + suffixes
W_ISOLATED = 0.5  # unexplained but no typo of a vouched form: a loanword, a name, a particle
W_CORPUS_MAX = 0.6
CORPUS_SATURATION = 1000  # a form seen this often gets the full corpus weight
W_MORPHOLOGY = 0.3
NOISE_FACTOR = 0.2

_WORD_CHARS = LOWER_SET | frozenset("'-")
_DIACRITICS = frozenset("əığşçöü")
# A word: letters, apostrophe/hyphen-joined parts kept together. Anything that starts with a digit
# ("5km", "29-da", "10-cu") is matched by the first alternative and yields no word (empty group).
_LETTER_WORD = r"[^\W\d_]+(?:['\u2019\u02bc\-][^\W\d_]+)*"
_TOKEN_RX = re.compile(r"\d[^\W_]*(?:['\u2019\u02bc\-][^\W_]+)*|(" + _LETTER_WORD + ")")
_LETTER_WORD_RX = re.compile(_LETTER_WORD)
_APOS_RX = re.compile("[\u2019\u02bc]")

Progress = Callable[[str], None]


def default_path() -> Path:
    """Where the lexicon lives: ``$SALNAME_LEXICON`` or the user data dir."""
    env = os.environ.get(ENV_PATH)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("salname")) / FILENAME


def word_tokens(text: str) -> Iterator[str]:
    """Lower-cased word tokens; apostrophe/hyphen-joined parts stay one token."""
    for m in _TOKEN_RX.finditer(text):
        if m.group(1):
            yield _norm(m.group(1))


def raw_word_tokens(text: str) -> list[str]:
    """The word tokens of ``text`` as written; :func:`normalize_form` makes them lexicon forms.
    (Counting raw tokens first and normalising each distinct one is the fast way to count.)"""
    return [w for w in _TOKEN_RX.findall(text) if w]


_PART_SEP = re.compile("['\u2019\u02bc\\-]")


def word_forms_of(words: Iterable[str]) -> list[str]:
    """The lexicon's word tokens among already-split words (``searchterms.text_words``): the same
    as :func:`raw_word_tokens` on their text, so a worker that split a text once can count it too."""
    out = []
    for w in words:
        if w.isalpha():
            out.append(w)
        elif not w[0].isdigit():
            parts = _PART_SEP.split(w)
            if all(p.isalpha() for p in parts):
                out.append(w)
            else:  # letters before a digit are a word; the rest, digit-led, is not
                head = _LETTER_WORD_RX.match(w)
                if head:
                    out.append(head.group())
    return out


def normalize_form(form: str) -> str:
    """A word token as the lexicon stores it: lower case (Azerbaijani I rules), one apostrophe."""
    form = az_lower(form)
    return _APOS_RX.sub("'", form) if "\u2019" in form or "\u02bc" in form else form


_norm = normalize_form


def count_corpus(texts: Iterable[str]) -> Counter:
    """Counts of lower-cased word tokens over ``texts``."""
    raw: Counter = Counter()
    for t in texts:
        raw.update(_TOKEN_RX.findall(t))
    raw.pop("", None)
    c: Counter = Counter()
    for form, n in raw.items():
        c[_norm(form)] += n
    return c


def _outranks(twin: str, tv: int, pv: int) -> bool:
    """Whether a diacritic twin makes a tesseract-only plain form look like a stripped copy.

    Corpus counts decide when there are any; otherwise the twin must be a headword or
    differ in two letters or more (one letter apart, both are often real words).
    """
    tc, pc = tv >> _SHIFT, pv >> _SHIFT
    if tv & DOTLESS_GUESS and not tc:
        return False  # its ı may be an English or Turkish capital I lower-cased
    if tc or pc:
        return tc > pc
    return bool(tv & NLTK) or sum(ch in _DIACRITICS for ch in twin) >= 2


class Lexicon:
    """Word forms -> (source flags, corpus count); lookups are case-insensitive (Azerbaijani rules)."""

    def __init__(
        self,
        entries: dict[str, int] | None = None,
        fingerprint: dict | None = None,
        missing: dict[str, str] | None = None,
        explained_by_morphology: Callable[[str], bool] | None = None,
        corpus: dict | None = None,
    ) -> None:
        self._e: dict[str, int] = entries if entries is not None else {}
        self.fingerprint: dict = fingerprint or {}
        self.missing: dict[str, str] = missing or {}
        self.explained_by_morphology = explained_by_morphology
        # where the corpus counts were learned from: {"archive": path, "words": total, "learned_at": ...}
        self.corpus: dict = corpus or {}

    # -- building -----------------------------------------------------------------
    def add_words(self, words: Iterable[str], flag: int) -> None:
        """Add a source's words under ``flag`` (TESS or NLTK); call ``_flag()`` after the last source."""
        e = self._e
        self.__dict__.pop("_verb_roots", None)
        self.__dict__.pop("_derived_verbs", None)
        for w in words:
            f = _norm(w)
            if not f:
                continue
            old = e.get(f)
            if "I" in w and (old is None or old & DOTLESS_GUESS):
                e[f] = (old or 0) | flag | DOTLESS_GUESS
            else:
                e[f] = ((old or 0) | flag) & ~DOTLESS_GUESS

    def add_counts(self, counter: Counter | dict[str, int]) -> None:
        """Add corpus counts (keys are lower-cased here); new forms join the lexicon."""
        e = self._e
        self.__dict__.pop("_verb_roots", None)
        self.__dict__.pop("_derived_verbs", None)
        touched: list[str] = []
        for w, n in counter.items():
            if n <= 0:
                continue
            f = _norm(w)
            touched.append(f)
            e[f] = (e.get(f, 0) + (n << _SHIFT)) & ~DOTLESS_GUESS
        self._flag(touched)

    def clear_counts(self) -> None:
        """Forget corpus counts; forms attested only by the corpus go."""
        self._e = {f: v & _FLAG_MASK for f, v in self._e.items() if v & (TESS | NLTK)}
        self.__dict__.pop("_verb_roots", None)
        self.__dict__.pop("_derived_verbs", None)

    def _flag(self, forms: Iterable[str] | None = None) -> None:
        """Mark foreign-letter forms (``forms`` only), and recompute the diacritic-twin noise flags."""
        e = self._e
        for f in e if forms is None else forms:
            if not set(f) <= _WORD_CHARS:
                e[f] |= FOREIGN
        twins: dict[str, list[str]] = {}
        for f in e:
            if not _DIACRITICS.isdisjoint(f):
                twins.setdefault(fold_diacritics(f), []).append(f)
        for f, v in e.items():
            v &= ~NOISE
            # a plain form only tesseract or the corpus has, whose twin with the letters outranks it,
            # is a stripped copy: "ucun" counted 300 times in an archive is still "üçün" typed plain
            if not v & NLTK and f in twins and any(_outranks(t, e[t], v) for t in twins[f]):
                v |= NOISE
            e[f] = v

    # -- queries ------------------------------------------------------------------
    def _get(self, form: str) -> int | None:
        v = self._e.get(form)
        if v is None:
            v = self._e.get(_norm(form))
        return v

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self._get(form) is not None

    def __len__(self) -> int:
        return len(self._e)

    def forms(self) -> Iterator[str]:
        """Every form, lower-cased."""
        return iter(self._e)

    def count(self, form: str) -> int:
        v = self._get(form)
        return 0 if v is None else v >> _SHIFT

    def sources(self, form: str) -> set[str]:
        v = self._get(form)
        if v is None:
            return set()
        out = set()
        if v & TESS:
            out.add(src.TESSERACT)
        if v & NLTK:
            out.add(src.NLTKAZ)
        if v >> _SHIFT:
            out.add(src.CORPUS)
        return out

    def is_noise(self, form: str) -> bool:
        """Flagged as a likely stripped twin or as holding non-Azerbaijani characters."""
        v = self._get(form)
        return v is not None and bool(v & (NOISE | FOREIGN))

    def trust(self, form: str) -> float:
        """0..1: how sure we are that ``form`` is a real Azerbaijani word form."""
        v = self._get(form)
        morph = self.explained_by_morphology
        if v is None:
            if morph is not None and morph(_norm(form)):
                return W_MORPHOLOGY
            return 0.0
        flags, n = v & _FLAG_MASK, v >> _SHIFT
        both = TESS | NLTK
        if flags & both == both:
            base = W_BOTH
        elif flags & NLTK:
            base = W_NLTKAZ
        elif flags & TESS:
            base = W_EXPLAINED if flags & (EXPLAINED | STEM) else W_ISOLATED if flags & ISOLATED else W_TESSERACT
        else:
            base = 0.0
        doubt = 1.0 - base
        if n:
            doubt *= 1.0 - W_CORPUS_MAX * min(1.0, math.log1p(n) / math.log1p(CORPUS_SATURATION))
        if morph is not None and base < W_BOTH and morph(_norm(form)):
            doubt *= 1.0 - W_MORPHOLOGY
        t = 1.0 - doubt
        if flags & FOREIGN or (flags & NOISE and not (morph is not None and morph(_norm(form)))):
            t *= NOISE_FACTOR
        return round(t, 4)

    def is_explained(self, form: str) -> bool:
        """A tesseract-only form that morphology vouches for (a paradigm stem, or such a stem + suffixes)."""
        v = self._get(form)
        return v is not None and bool(v & (EXPLAINED | STEM))

    def is_stem(self, form: str) -> bool:
        """May stand as the stem of an inflected word: an nltkaz headword, or a form whose paradigm
        the word lists attest; never a noise or foreign form."""
        v = self._get(form)
        return v is not None and bool(v & (NLTK | STEM)) and not v & (NOISE | FOREIGN)

    def has_paradigm(self, form: str) -> bool:
        """Enough listed forms inflect it (plural, locative, ablative, instrumental) that it is a
        stem in its own right."""
        v = self._get(form)
        return v is not None and bool(v & STEM) and not v & (NOISE | FOREIGN)

    def stats(self) -> dict[str, int]:
        """Number of forms per source, and flagged forms."""
        s = {src.TESSERACT: 0, src.NLTKAZ: 0, src.CORPUS: 0, "noise": 0, "foreign": 0}
        s.update(explained=0, stems=0, isolated=0)
        for v in self._e.values():
            s[src.TESSERACT] += bool(v & TESS)
            s[src.NLTKAZ] += bool(v & NLTK)
            s[src.CORPUS] += bool(v >> _SHIFT)
            s["noise"] += bool(v & NOISE)
            s["foreign"] += bool(v & FOREIGN)
            s["explained"] += bool(v & EXPLAINED)
            s["stems"] += bool(v & STEM)
            s["isolated"] += bool(v & ISOLATED)
        return s

    # -- storage ------------------------------------------------------------------
    def save(self, path: Path | None = None) -> Path:
        """Write atomically: header line, then ``form<TAB>flags<TAB>count`` sorted by form."""
        path = Path(path) if path is not None else default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        header = {"format": FORMAT, "version": VERSION, "sources": self.fingerprint, "missing": self.missing}
        if self.corpus:
            header["corpus"] = self.corpus
        lines = [json.dumps(header, ensure_ascii=False)]
        lines.extend(f"{f}\t{v & _FLAG_MASK}\t{v >> _SHIFT}" for f, v in sorted(self._e.items()))
        tmp = path.with_name(path.name + ".tmp")
        with gzip.open(tmp, "wb", compresslevel=6) as fh:
            fh.write(("\n".join(lines) + "\n").encode("utf-8"))
        os.replace(tmp, path)
        return path

    @staticmethod
    def read_header(path: Path) -> dict:
        """The header of a lexicon file; raises ``LexiconError`` naming the file and reason."""
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                header = json.loads(fh.readline())
        except (OSError, EOFError, ValueError, UnicodeDecodeError) as e:
            raise LexiconError(f"{path}: not a readable lexicon file ({e})") from e
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise LexiconError(f"{path}: not a salname lexicon file")
        if header.get("version") != VERSION:
            raise LexiconError(f"{path}: lexicon version {header.get('version')}, expected {VERSION}")
        return header

    @classmethod
    def load(
        cls, path: Path | None = None, explained_by_morphology: Callable[[str], bool] | None = None
    ) -> "Lexicon":
        path = Path(path) if path is not None else default_path()
        header = cls.read_header(path)
        try:
            with gzip.open(path, "rb") as fh:
                data = fh.read().decode("utf-8")
        except (OSError, EOFError, UnicodeDecodeError) as e:
            raise LexiconError(f"{path}: cannot read lexicon ({e})") from e
        body = data.split("\n", 1)[1] if "\n" in data else ""
        entries: dict[str, int] = {}
        try:
            for line in body.splitlines():
                f, flags, n = line.split("\t")
                entries[f] = (int(n) << _SHIFT) | int(flags)
        except ValueError as e:
            raise LexiconError(f"{path}: malformed line {line[:60]!r}") from e
        corpus = header.get("corpus") if isinstance(header.get("corpus"), dict) else {}
        return cls(entries, header.get("sources") or {}, header.get("missing") or {}, explained_by_morphology, corpus)


    def is_headword(self, form: str) -> bool:
        """A dictionary form: an nltkaz headword, or a verb infinitive (root+maq/mək) from any source.

        Tesseract and corpus entries are mostly inflected surface forms; a lemmatizer that
        took them as stems would stop at "kitablar" or "getdi", so it asks this test instead.
        """
        v = self._get(form)
        if v is None:
            return False
        if v & NLTK:
            return True
        f = _norm(form)
        return len(f) > 4 and (f.endswith("maq") or f.endswith("mək"))


class LexiconError(Exception):
    """A lexicon file that cannot be used; the message names the file."""


MIN_STEM = 3  # shorter forms are the first letters of too many words for a paradigm to mean much
MIN_PARADIGM = 5  # listed forms a stem needs before it counts as a stem on the lists' own evidence
# Verb forms no noun shares (a noun takes -dI and -mIş as copulas, never -Ir or -mAK); a root two
# of which are listed is a verb root.
VERB_PROBES: tuple[tuple[str, ...], ...] = (("INF",), ("PRS",), ("FUT",), ("NEG", "PRS"), ("PTCP.PST",), ("CVB.ARAQ",))
MIN_VERB_FORMS = 2
# Suffixes whose forms count towards a noun stem's paradigm: unambiguous consonant-initial
# inflections. Derivation ("bi-lik"), possessives ("kii-m") and copulas ("ye-di") are left
# out: they turn the first letters of other words into a paradigm.
PARADIGM_FEATURES = frozenset({"PL", "LOC", "ABL", "INS"})


def is_verb_root(lex: Lexicon, root: str) -> bool:
    """Whether the lexicon attests ``root`` as a verb: two or more of its distinctively verbal
    forms are listed. nltkaz lists verb roots bare, like nouns, so a listed root alone proves
    nothing ("azərbaycan" is no verb root), and a passive root ("yaradıl") has no listed
    infinitive of its own, but both show up in their paradigms."""
    cache: dict[str, bool] = lex.__dict__.setdefault("_verb_roots", {})
    hit = cache.get(root)
    if hit is not None:
        return hit
    from salname.az import morphology

    n = 0
    for feats in VERB_PROBES:
        try:
            form = morphology.generate(root, list(feats))
        except (ValueError, KeyError):
            continue
        v = lex._e.get(form)
        if v is not None and not v & (NOISE | FOREIGN):
            n += 1
            if n >= MIN_VERB_FORMS:
                break
    if len(cache) > 200_000:
        cache.clear()
    cache[root] = n >= MIN_VERB_FORMS
    return n >= MIN_VERB_FORMS


CLOSED_CLASSES = frozenset({"PRON", "PART", "ADP", "CCONJ", "SCONJ"})  # the grammar lists their forms
VOICE_FEATURES = frozenset({"PASS", "REFL", "RECP", "CAUS"})


def is_derived_verb(lex: Lexicon, stem: str) -> bool:
    """A passive, reflexive, reciprocal or causative of an attested verb root ("etdir", "əkil"):
    such a stem is a verb, never a noun, whatever list holds it bare."""
    cache: dict[str, bool] = lex.__dict__.setdefault("_derived_verbs", {})
    hit = cache.get(stem)
    if hit is None:
        from salname.az import morphology

        # the analyzer splits a voice off only before more suffixes: read the past tense
        try:
            past = morphology.generate(stem, ["PST"])
        except ValueError:
            past = None
        hit = past is not None and any(
            a.pos == "VERB"
            and a.features[-1:] == ("PST",)
            and len(a.features) > 1
            and VOICE_FEATURES.issuperset(a.features[:-1])
            and is_verb_root(lex, a.stem)
            # -(I)ş also makes nouns of actions ("açılış", "çıxış"): a reciprocal only when its
            # own infinitive is listed ("görüşmək")
            and (a.features[-2] != "RECP" or _infinitive_listed(lex, stem))
            for a in morphology.analyze(past, cached=False)  # this function caches its answer
        )
        if len(cache) > 200_000:
            cache.clear()
        cache[stem] = hit
    return hit


def _infinitive_listed(lex: Lexicon, stem: str) -> bool:
    from salname.az.grammar import context_of

    ctx = context_of(stem)
    return ctx is not None and (stem + ("maq" if ctx[0][0] else "mək")) in lex


def is_closed_class(form: str) -> bool:
    """A pronoun, particle, postposition or conjunction as the grammar lists it ("o", "deyil")."""
    from salname.az import morphology

    a = morphology.closed_class(form)  # not a full analysis: the build asks it of ~150k stems
    return a is not None and a.pos in CLOSED_CLASSES and not a.suffixes


def elision_attested(lex: Lexicon, stem: str, word: str) -> bool:
    """A reading that drops the stem's last vowel ("oğul" -> "oğlu") holds only for some nouns;
    true when the word keeps the stem as written, or when another listed form shows the same
    elision ("oğlu" for "oğlunun"), so that "yatmı" is no form of "yatım"."""
    if word.startswith(stem[:-1]):
        return True  # no elision (at most a final k/q/t alternation)
    elided = stem[:-2] + stem[-1:]
    for vowel in "ıiuüaə":
        f = elided + vowel
        v = lex._e.get(f)
        if f != word and v is not None and not v & (NOISE | FOREIGN):
            return True
    return False


def noun_stem_vouched(lex: Lexicon, stem: str) -> bool:
    """Whether ``stem`` may carry nominal suffixes: if shorter than ``MIN_STEM``, a headword of
    both word lists with a paradigm, else an nltkaz headword or a paradigm stem; and not a
    derived verb stem without a noun paradigm ("etdir-dən", "əkil-də": nltkaz lists verb stems
    like nouns). The grammar's closed-class forms qualify too ("o-dur", "deyil-di")."""
    if is_closed_class(stem):
        return True
    v = lex._get(stem)
    if v is None or v & (NOISE | FOREIGN) or not v & (NLTK | STEM):
        return False
    if len(stem) < MIN_STEM and (v & (TESS | NLTK) != TESS | NLTK or not v & STEM):
        return False
    return bool(v & STEM) or not is_derived_verb(lex, stem)


def explain_forms(lex: Lexicon, min_paradigm: int = MIN_PARADIGM) -> None:
    """Set the STEM, EXPLAINED and ISOLATED flags from the word lists' own forms.

    Noise in the tesseract list (typos, truncations) rarely comes with a paradigm, real stems
    do: a noun stem counts when enough listed forms are it + a chain that starts with a plural
    or a local case ("forma": formada, formalar, formadan). A tesseract-only form is explained
    when it is such a stem, a closed-class form of the grammar, or when morphology reads it as
    a vouched noun stem (``noun_stem_vouched``) or an attested verb root (``is_verb_root``) +
    a suffix chain. Whatever stays unexplained may still be ISOLATED (``_flag_isolated``).
    """
    from salname.az import morphology  # only the build needs it

    e = lex._e
    for f, v in e.items():
        e[f] = v & ~(STEM | EXPLAINED | ISOLATED)
    readings: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    support: Counter = Counter()
    for f, v in e.items():
        if not v & (TESS | NLTK) or v & (NOISE | FOREIGN):
            continue
        nouns: set[str] = set()
        roots: set[str] = set()
        paradigm: set[str] = set()
        closed = False
        for a in morphology.analyze(f, cached=False):  # each form once: a cache would only grow
            if a.pos in CLOSED_CLASSES:
                closed = True
            if not a.suffixes or len(a.stem) < 2:
                continue
            if a.pos == "VERB":
                roots.add(a.lemma)
                continue
            if not elision_attested(lex, a.stem, f):
                continue
            for k in (a.stem, a.lemma):
                if k in e and k != f:
                    nouns.add(k)
            first = a.features[0] if a.features else ""
            if first in PARADIGM_FEATURES and a.stem in e and f[len(a.stem) : len(a.stem) + 1] not in VOWELS:
                paradigm.add(a.stem)  # a listed stem + a plural or local case
        support.update(paradigm)
        if v & (TESS | NLTK) == TESS and closed:
            e[f] = v | EXPLAINED
        elif v & (TESS | NLTK) == TESS and (nouns or roots):
            readings[f] = (frozenset(nouns), frozenset(roots))
    for f, v in e.items():
        v &= ~STEM
        if (
            not v & (NOISE | FOREIGN)
            and support[f] >= min_paradigm
            and (len(f) >= MIN_STEM or v & (TESS | NLTK) == TESS | NLTK)
        ):
            v |= STEM
        e[f] = v

    for f, (nouns, roots) in readings.items():
        if any(noun_stem_vouched(lex, k) for k in nouns) or any(is_verb_root(lex, r) for r in roots):
            e[f] |= EXPLAINED
    _flag_isolated(e)
    # the probes above filled the analyzer's caches with list forms; give that memory back
    morphology.clear_caches()
    lex.__dict__.pop("_verb_roots", None)
    lex.__dict__.pop("_derived_verbs", None)


MIN_ISOLATED = 4  # shorter forms have vouched neighbours anyway


def _deletes(f: str) -> Iterator[str]:
    return (f[:i] + f[i + 1 :] for i in range(len(f)))


def _flag_isolated(e: dict[str, int]) -> None:
    """Flag the unexplained tesseract-only forms that are not one edit (substitution, insertion,
    deletion, adjacent swap) from a vouched form: a typo in a word list sits next to the word it
    misspells ("azərbyacan", "onalrın"); a rare real word seldom does. Two forms are that close
    when they share a one-letter deletion or one is a deletion of the other."""
    vouched = NLTK | STEM | EXPLAINED
    doubtful = [
        f for f, v in e.items()
        if v & (TESS | NLTK) == TESS and not v & (vouched | NOISE | FOREIGN) and len(f) >= MIN_ISOLATED
    ]
    by_delete: dict[str, list[str]] = {}
    for f in doubtful:
        for d in set(_deletes(f)):
            by_delete.setdefault(d, []).append(f)
    candidates = set(doubtful)
    near: set[str] = set()
    for f, v in e.items():
        if not v & vouched or v & (NOISE | FOREIGN):
            continue
        near.update(by_delete.get(f, ()))  # the doubtful form is the vouched one + a letter
        for d in _deletes(f):
            near.update(by_delete.get(d, ()))  # a substitution or a swap
            if d in candidates:
                near.add(d)  # the doubtful form is the vouched one - a letter
    for f in candidates - near:
        e[f] |= ISOLATED


def _morphology_key() -> str:
    """A digest of the grammar, the analyzer and this module: the build-time flags depend on them."""
    from salname.az import grammar, morphology

    h = hashlib.sha256()
    for mod in (grammar, morphology, sys.modules[__name__]):
        try:
            h.update(Path(mod.__file__ or "").read_bytes())
        except OSError:
            h.update(mod.__name__.encode())
    return h.hexdigest()[:16]


def _fingerprint(s: src.Sources) -> dict:
    """What a rebuild depends on: the sources, and the morphology that explains their forms."""
    return {**src.fingerprint(s), "morphology": _morphology_key()}


def _previous_counts(out: Path) -> dict[str, int]:
    """Corpus counts of the lexicon at ``out``, or of an older-version file beside it (a format
    change must not lose what was learned from the user's archive). Body lines are
    ``form<TAB>flags<TAB>count`` in every version."""
    if out.exists():
        paths = [out]
    elif out.name == FILENAME:
        paths = sorted(out.parent.glob("lexicon-v*.tsv.gz"), key=lambda p: p.stat().st_mtime, reverse=True)[:1]
    else:
        paths = []
    counts: dict[str, int] = {}
    for path in paths:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                header = json.loads(fh.readline())
                if not isinstance(header, dict) or header.get("format") != FORMAT:
                    raise LexiconError(f"{path}: not a salname lexicon file")
                for line in fh:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) == 3 and parts[2] != "0":
                        counts[parts[0]] = int(parts[2])
        except (OSError, EOFError, ValueError, UnicodeDecodeError) as e:
            raise LexiconError(f"{path}: not a readable lexicon file ({e})") from e
    return counts


def _previous_corpus(out: Path) -> dict:
    """The record of what the lexicon at ``out`` learned its counts from, kept with the counts."""
    try:
        corpus = Lexicon.read_header(out).get("corpus")
    except LexiconError:
        return {}
    return corpus if isinstance(corpus, dict) else {}


def build_lexicon(
    out: Path | None = None,
    corpus: Counter | Iterable[str] | None = None,
    *,
    sources: src.Sources | None = None,
    keep_counts: bool = True,
    progress: Progress | None = None,
) -> Path:
    """Build the lexicon from every available source and save it; returns its path.

    ``corpus`` is a Counter of forms or an iterable of texts. Counts already in an
    existing file at ``out`` are kept (they come from the user's archive) unless
    ``keep_counts`` is false. Missing or unreadable sources are recorded, not fatal.
    """
    say = progress or (lambda _msg: None)
    out = Path(out) if out is not None else default_path()
    s = sources if sources is not None else src.find_sources()
    missing = dict(s.missing)
    lex = Lexicon()
    for name, flag, reader in ((src.TESSERACT, TESS, src.tesseract_words), (src.NLTKAZ, NLTK, src.nltkaz_words)):
        if name in missing:
            say(f"{name}: missing ({missing[name]})")
            continue
        try:
            words = reader(s)
        except (src.SourceError, OSError) as e:
            missing[name] = str(e)
            say(f"{name}: skipped ({e})")
            continue
        lex.add_words(words, flag)
        say(f"{name}: {len(words)} words")
    lex._flag()
    explain_forms(lex)
    st = lex.stats()
    say(f"morphology: {st['stems']} paradigm stems, {st['explained']} tesseract-only forms explained")
    if keep_counts:
        try:
            kept = _previous_counts(out)
            if kept:
                lex.add_counts(kept)
                lex.corpus = _previous_corpus(out)
                say(f"kept the corpus counts of {len(kept)} forms")
        except LexiconError as e:
            say(f"previous lexicon ignored ({e})")
    if corpus is not None:
        lex.add_counts(corpus if isinstance(corpus, (Counter, dict)) else count_corpus(corpus))
    lex.fingerprint = _fingerprint(s)
    lex.missing = missing
    path = lex.save(out)
    say(f"saved {len(lex)} forms to {path}")
    return path


def is_stale(path: Path | None = None, sources: src.Sources | None = None) -> bool:
    """True when the lexicon file is absent, unreadable, or built from other sources."""
    path = Path(path) if path is not None else default_path()
    if not path.exists():
        return True
    try:
        header = Lexicon.read_header(path)
    except LexiconError:
        return True
    s = sources if sources is not None else src.find_sources()
    return header.get("sources") != _fingerprint(s)


def ensure_lexicon(
    path: Path | None = None, sources: src.Sources | None = None, progress: Progress | None = None
) -> Path:
    """Build the lexicon if it is missing or its sources changed; return its path."""
    path = Path(path) if path is not None else default_path()
    s = sources if sources is not None else src.find_sources()
    if is_stale(path, s):
        return build_lexicon(path, sources=s, progress=progress)
    return path


def with_archive_counts(lex: Lexicon, archive) -> Lexicon:
    """The lexicon with its corpus counts replaced by the archive's: the archive counts the words
    of every document it takes in (``Archive.word_counts``), so this is how the lexicon grows
    with the corpus. Records which archive and how many words, so that ingest knows when the
    archive has grown enough to learn again (:func:`learned_words`). Returns ``lex``."""
    counts = dict(archive.word_counts())
    lex.clear_counts()
    lex.add_counts(counts)
    lex.corpus = {"archive": str(archive.path), "words": sum(counts.values()), "learned_at": _today()}
    return lex


def _today() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def learned_words(path: Path | None = None) -> int:
    """How many words of an archive the corpus counts were learned from (0: none). A lexicon that
    learned before this was recorded is read whole: its counts add up to that archive's words.
    Raises ``LexiconError`` for a file that is not a usable lexicon."""
    path = Path(path) if path is not None else default_path()
    corpus = Lexicon.read_header(path).get("corpus")
    if isinstance(corpus, dict) and isinstance(corpus.get("words"), int):
        return corpus["words"]
    return sum(_previous_counts(path).values())


def learn_from_archive(
    archive, path: Path | None = None, progress: Progress | None = None, rebuild: bool = True
) -> Lexicon:
    """Copy the archive's word counts into the lexicon file (replacing old counts), for commands
    that use the lexicon without an archive. ``rebuild=False`` (ingest learning on its own) uses
    the file as it is rather than first rebuilding an outdated one, which is slow and needs the sources."""
    path = Path(path) if path is not None else default_path()
    lex = Lexicon.load(ensure_lexicon(path, progress=progress) if rebuild else path)
    with_archive_counts(lex, archive)
    lex.save(path)
    if progress:
        progress(f"learned the counts of the archive {archive.path}")
    return lex


def main(argv: list[str] | None = None) -> int:
    """``python -m salname.az.lexicon build [--force] [--out PATH]`` / ``status``."""
    args = list(sys.argv[1:] if argv is None else argv)
    cmd = args.pop(0) if args else "build"
    out = None
    if "--out" in args:
        i = args.index("--out")
        out = Path(args[i + 1])
    path = Path(out) if out else default_path()
    s = src.find_sources()
    for name, why in s.missing.items():
        print(f"warning: lexicon source {name} missing: {why}", file=sys.stderr)
    if cmd == "status":
        print(f"{path}: {'stale or missing' if is_stale(path, s) else 'up to date'}")
        return 0
    if cmd != "build":
        print(f"unknown command {cmd!r}; use build or status", file=sys.stderr)
        return 2
    if "--force" not in args and not is_stale(path, s):
        print(f"lexicon up to date: {path}")
        return 0
    try:
        build_lexicon(path, sources=s, progress=print)
    except OSError as e:
        print(f"error: cannot write lexicon {path}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
