"""Candidate corrections for one word, each with its edit distance and an Azerbaijani edit cost.

Three sources, so that a ranker sees every plausible fix and nothing else:

- ``edit``: trusted lexicon forms within a Damerau-Levenshtein (optimal string alignment)
  distance of the word, counted once both have their diacritics folded (lost or misplaced marks
  come on top of the budget: "Qazaxistənən" is two edits from "Qazaxıstanın", not four). They
  are found through a symmetric-delete index (the SymSpell idea): every folded form's first
  ``prefix_length`` letters are indexed under all their deletions up to ``max_distance``; a
  word's prefix deletions meet them, and only the forms behind the shared keys are measured.
  Indexing prefixes, not whole forms, keeps memory modest (forms sharing a prefix share keys).
- ``diacritics``: forms whose search key (diacritics folded) is the word's, so that
  "Qazaxistana", "danışib" and "münaqışə" reach "Qazaxıstana", "danışıb", "münaqişə" whatever
  mix of diacritics was lost or misplaced.
- ``morphology``: an inflected word whose full form no list holds: the word is split into a
  stem and a tail that folds to a suffix chain of the grammar, the stem is corrected against the
  lexicon's stems, and the chain is generated anew on the corrected stem, with the harmony and
  alternations the stem asks for ("formalasdırılıb" -> "formalaşdırılıb", "işğalindan" ->
  "işğalından").

Every candidate carries ``cost``, the edit distance weighted by how Azerbaijani text goes wrong
(a lost diacritic is cheap, a keyboard slip or a doubled letter cheaper than a random edit); see
:func:`edit_cost`. Candidates are generated in lower case and returned in the word's case.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterable
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein, Postfix, Prefix

from salname.az import morphology
from salname.az.alphabet import LOWER, VOWELS, az_capitalize, az_upper, fold_diacritics, is_acronym
from salname.az.confusions import BUFFER_LETTERS, HARMONY_SETS, TURKISH_PAIRS, keyboard_neighbours
from salname.az.grammar import HARMONY_CLASSES, chain_table, context_of, voice_table
from salname.az.lexicon import FOREIGN, NLTK, NOISE, STEM, Lexicon
from salname.az.text import az_casefold
from salname.cachedir import cache_dir

EXACT = "exact"  # the word itself, an indexed form (a ranker weighs the fixes against it)
DIACRITICS = "diacritics"
EDIT = "edit"
MORPHOLOGY = "morphology"
KINDS = (EXACT, DIACRITICS, EDIT, MORPHOLOGY)

# Low-trust forms (rare words, names from the word lists) stay candidates: their trust travels
# with them for the ranker to weigh, and without them a rare word's typo has no fix at all.
DEFAULT_MIN_TRUST = 0.15
DEFAULT_MAX_DISTANCE = 2
SHORT_WORD = 5  # words this short get one edit by default: two reach too many short words
DEFAULT_PREFIX = 7  # letters of a form the delete index covers; memory grows fast with it
MORPH_EDIT_SPLITS = 5  # splits (longest stem first) whose stem may also be corrected by an edit
MORPH_MIN_STEM = 3
MORPH_MAX_STEMS = 8  # corrected stems tried per split (one edit or diacritics away), cheapest first
MORPH_TAIL_SPLITS = 2  # listed stems (longest first) whose mistyped tail is replaced by a chain near it
MORPH_STEM_TRUST = 0.6  # the prior of an unlisted inflection, as a share of its stem's trust
MORPH_EXTRA_DISTANCE = 1  # a morphology candidate may fix one edit more than the others (stem + tail)
CACHE_SIZE = 4096  # words whose candidates are kept (5-10 kB each: a bigger cache costs memory fast)
PRIOR_CACHE_SIZE = 100_000
POOL_CACHE_SIZE = 1024  # folded prefixes whose delete-index pools are kept (about 150 forms each)


class Candidate(NamedTuple):
    """A possible correction of a word: the form in the word's case, how far it is (edits, and
    weighted cost), which source proposed it, and the lexicon's prior for it (a tuple: cheap to make)."""

    form: str
    distance: int
    cost: float
    kind: str
    trust: float = 0.0
    count: int = 0
    family: int = 0  # listed forms sharing its stem: how much of the language's use it stands in


def _new_candidate(fields: tuple) -> Candidate:
    """``Candidate(*fields)`` with all seven fields given, without the generated ``__new__``'s call."""
    return tuple.__new__(Candidate, fields)


def _rank(c: Candidate) -> tuple:
    """Cheapest first, then the more trusted, the more counted, and by form: one order, always."""
    return c.cost, -c.trust, -c.count, c.form


# -- the edit-cost model (data) -------------------------------------------------------------------
# Costs of single edits; 1.0 is an edit nothing explains.
COST_DIACRITIC = 0.25  # ə/e, ı/i, ş/s, ç/c, ğ/g, ö/o, ü/u: keyboards and habits without diacritics
COST_HARMONY = 0.6  # a/ə, ı/i/u/ü: a suffix vowel of the wrong harmony ("-lar" for "-lər")
COST_KEYBOARD = 0.8  # letters next to each other on the Azerbaijani keyboard
COST_TRANSPOSE = 0.7  # two neighbouring letters swapped
COST_DOUBLE = 0.5  # a letter doubled or a double letter written single ("rollunu", "məmnun")
COST_BUFFER = 0.7  # a buffer consonant (y, n, s) left out or put in ("tanıırlar")
COST_INDEL = 0.8  # a letter left out or struck in: the commonest slips of all
COST_TURKISH = 0.5  # a letter spelt the Turkish way: k for q, h for x ("kadın", "hüsusi")
COST_OTHER = 1.0  # a substitution nothing above explains


def _substitution_costs() -> dict[tuple[str, str], float]:
    costs: dict[tuple[str, str], float] = {}

    def put(a: str, b: str, c: float) -> None:
        for k in ((a, b), (b, a)):
            if c < costs.get(k, COST_OTHER):
                costs[k] = c

    for ch, near in keyboard_neighbours().items():
        for n in near:
            put(ch, n, COST_KEYBOARD)
    for a, b in TURKISH_PAIRS:
        put(a, b, COST_TURKISH)
    for vs in HARMONY_SETS:
        for a in vs:
            for b in vs:
                if a != b:
                    put(a, b, COST_HARMONY)
    for a in LOWER:
        for b in LOWER:
            if a != b and fold_diacritics(a) == fold_diacritics(b):
                put(a, b, COST_DIACRITIC)
    return costs


SUBSTITUTION_COSTS: dict[tuple[str, str], float] = _substitution_costs()


def substitution_cost(a: str, b: str) -> float:
    """What writing ``a`` for ``b`` (or ``b`` for ``a``) costs."""
    return 0.0 if a == b else SUBSTITUTION_COSTS.get((a, b), COST_OTHER)


def _indel_cost(s: str, i: int) -> float:
    """What leaving out (or putting in) ``s[i]`` costs: less when it doubles a neighbour or is a buffer."""
    ch = s[i]
    if (i and s[i - 1] == ch) or s[i + 1 : i + 2] == ch:
        return COST_DOUBLE
    if ch in BUFFER_LETTERS and i and s[i - 1] in VOWELS and s[i + 1 : i + 2] in VOWELS and i + 1 < len(s):
        return COST_BUFFER
    return COST_INDEL


def edit_cost(word: str, form: str, distance: int | None = None) -> float:
    """Weighted edit cost of turning ``word`` into ``form`` (both lower case), along one optimal
    Levenshtein alignment, with adjacent swaps counted as one edit. ``distance``, their OSA
    distance when the caller has it, skips the one-edit fast path where it cannot apply."""
    if word == form:
        return 0.0
    n, m = len(word), len(form)
    if -1 <= n - m <= 1 and (distance is None or distance < 2):
        # one edit or one swap, read off the common prefix and suffix (fast path)
        p = int(Prefix.similarity(word, form))
        q = int(Postfix.similarity(word, form, score_cutoff=0))
        q = min(q, min(n, m) - p)
        if n == m:
            if p + q == n - 1:
                return substitution_cost(word[p], form[p])
            if p + q == n - 2 and word[p] == form[p + 1] and word[p + 1] == form[p]:
                return COST_TRANSPOSE
        elif p + q == min(n, m):
            return _indel_cost(form, p) if m > n else _indel_cost(word, p)
    ops = Levenshtein.editops(word, form).as_list()
    total = 0.0
    k, n = 0, len(ops)
    while k < n:
        tag, sp, dp = ops[k]
        nxt = ops[k + 1] if k + 1 < n else None
        if tag == "replace":
            if (
                nxt is not None and nxt[0] == "replace" and nxt[1] == sp + 1 and nxt[2] == dp + 1
                and word[sp] == form[dp + 1] and word[sp + 1] == form[dp]
            ):
                total += COST_TRANSPOSE
                k += 2
                continue
            total += substitution_cost(word[sp], form[dp])
        elif tag == "insert":  # form[dp] is missing from the word
            if (
                nxt is not None and nxt[0] == "delete" and nxt[1] == sp + 1 and nxt[2] == dp + 2
                and word[sp + 1] == form[dp] and word[sp:sp + 1] == form[dp + 1:dp + 2]
            ):
                total += COST_TRANSPOSE
                k += 2
                continue
            total += _indel_cost(form, dp)
        else:  # delete: word[sp] is not in the form
            if (
                nxt is not None and nxt[0] == "insert" and nxt[1] == sp + 2 and nxt[2] == dp + 1
                and form[dp + 1] == word[sp] and form[dp:dp + 1] == word[sp + 1:sp + 2]
            ):
                total += COST_TRANSPOSE
                k += 2
                continue
            total += _indel_cost(word, sp)
        k += 1
    return round(total, 3)


# -- case ---------------------------------------------------------------------------------------
_APOSTROPHES = "\u2019\u02bc"  # written for the lexicon's "'"


def restore_case(word: str, form: str) -> str:
    """``form`` (lower case) in the case pattern of ``word``: letter by letter when they are as
    long ("ABS-in" -> "ABŞ-ın"), else UPPER, Title or lower as the word's letters are."""
    return _recaser(word)(form)


def _recaser(word: str) -> Callable[[str], str]:
    """:func:`restore_case` with ``word``'s case pattern read once, for the many forms of one word."""
    letters = [ch for ch in word if ch.isalpha()]
    if not letters or not any(ch.isupper() for ch in letters):
        return _same
    n = len(word)
    upper = [i for i, w in enumerate(word) if w.isupper()]
    acronym = len(letters) > 1 and is_acronym(word)
    title = letters[0].isupper()

    def recase(form: str) -> str:
        if len(form) == n:  # letter by letter
            if upper == _FIRST:
                return az_upper(form[0]) + form[1:]
            chars = list(form)
            for i in upper:
                chars[i] = az_upper(chars[i])
            return "".join(chars)
        if acronym:
            return az_upper(form)
        if not title:
            return form
        return az_capitalize(form) if form[:1].isalpha() else form

    return recase


_FIRST = [0]


def _same(form: str) -> str:
    return form


# -- suffix tails, folded -----------------------------------------------------------------------
Ctx = tuple[tuple[bool, bool], bool]


@lru_cache(maxsize=1)
def _tails() -> tuple[dict, dict, frozenset, frozenset]:
    """Per stem context, the folded surface of every standard suffix chain -> (features, is a verb
    chain) of the likeliest nominal and verbal readings of each surface folding to it, and the
    same for voice runs; plus the folded keys of any context (a cheap filter for splits)."""
    chains: dict[Ctx, dict[str, tuple]] = {}
    voices: dict[Ctx, dict[str, tuple]] = {}
    any_chain: set[str] = set()
    any_voice: set[str] = set()
    for cls in HARMONY_CLASSES:
        for av in (False, True):
            ctx = (cls, av)
            for table, out, keys in (
                (chain_table(cls, av, False), chains, any_chain),
                (voice_table(cls, av), voices, any_voice),
            ):
                m: dict[str, list] = {}
                for surface, found in table.items():
                    if not surface:
                        continue
                    lst = m.setdefault(fold_diacritics(surface), [])
                    for pos in ("NOUN", "VERB"):
                        mine = [ch for ch in found if ch[4] == pos]
                        if mine:
                            entry = (max(mine, key=lambda ch: ch[3])[2], pos == "VERB")
                            if entry not in lst:
                                lst.append(entry)
                out[ctx] = {k: tuple(v) for k, v in m.items()}
                keys.update(m)
    return chains, voices, frozenset(any_chain), frozenset(any_voice)


_distance_key = itemgetter(1, 0)  # a match of ``process.extract`` (choice, distance, index): by distance, then choice


def _max_len(keys: Iterable[str]) -> int:
    return max((len(k) for k in keys), default=0)


# -- the index ----------------------------------------------------------------------------------
def _deletes(s: str, depth: int) -> set[str]:
    """``s`` and every string made by deleting up to ``depth`` (0..2) of its letters."""
    n = len(s)
    if depth <= 0:
        return {s}
    d1 = [s[:i] + s[i + 1 :] for i in range(n)]
    out = set(d1)
    out.add(s)
    if depth >= 2:
        for i, w in enumerate(d1):  # delete a second letter after the first, each pair once
            out.update([w[:j] + w[j + 1 :] for j in range(i, n - 1)])
    return out


class CandidateIndex:
    """Trusted forms of a lexicon, indexed for edit, diacritic and morphology candidates."""

    def __init__(
        self,
        lexicon: Lexicon,
        forms: Iterable[str],
        *,
        max_distance: int = DEFAULT_MAX_DISTANCE,
        prefix_length: int = DEFAULT_PREFIX,
        min_trust: float = DEFAULT_MIN_TRUST,
        _tables: tuple[dict, dict, dict] | None = None,
    ) -> None:
        if not 0 <= max_distance <= 2 or prefix_length <= max_distance:
            raise ValueError("need 0 <= max_distance <= 2 and max_distance < prefix_length")
        self.lexicon = lexicon
        self.max_distance = max_distance
        self.prefix_length = prefix_length
        self.min_trust = min_trust
        if _tables is not None:
            self._dels, self._real, self._family = _tables
        else:
            forms = list(forms)
            self._build(forms)
            self._family = families(forms, lexicon)
        self._cached = lru_cache(maxsize=CACHE_SIZE)(self._lower_candidates)
        self._cased = lru_cache(maxsize=CACHE_SIZE)(self._word_candidates)
        self._stems_cached = lru_cache(maxsize=CACHE_SIZE)(self._stems_near)
        self._near_cached = lru_cache(maxsize=CACHE_SIZE)(self._near_forms)
        self._matches_cached = lru_cache(maxsize=CACHE_SIZE)(self._matches)
        self._kinds_cached = lru_cache(maxsize=CACHE_SIZE)(self._kinds)
        self._pool = lru_cache(maxsize=POOL_CACHE_SIZE)(self._pool_of)
        self._prior: dict[str, tuple[float, int]] = {}
        # word -> form -> its Candidate: a word is asked for its near fixes, then for all of them
        self._made: dict[str, dict[str | tuple[str, str], Candidate]] = {}  # re-inflected: (form, stem)
        self._made_cased: dict[str, dict[Candidate, Candidate]] = {}

    # -- building -------------------------------------------------------------------------------
    def _build(self, forms: Iterable[str]) -> None:
        p, depth = self.prefix_length, self.max_distance
        # folded form -> the forms behind it, kept only where they are not just the folded form
        real: dict[str, str | tuple[str, ...]] = {}
        groups: dict[str, list[str]] = {}
        for f in forms:
            k = fold_diacritics(f)
            old = real.get(k)
            if old is None:
                real[k] = f
                groups.setdefault(k[:p], []).append(k)
            else:
                real[k] = (old, f) if isinstance(old, str) else old + (f,)
        self._real = {k: v for k, v in real.items() if v != k}
        del real
        # every deletion of a folded prefix -> the folded forms behind it
        dels: dict[str, list[str]] = {}
        owned: set[int] = set()  # lists made here; the others are groups, shared until extended
        for key, g in groups.items():
            for d in _deletes(key, depth):
                old = dels.get(d)
                if old is None:
                    dels[d] = g
                elif old is not g:
                    if id(old) not in owned:
                        old = dels[d] = list(old)
                        owned.add(id(old))
                    old.extend(g)
        del groups, owned
        for d, v in dels.items():  # in place: a second dict would double the peak
            dels[d] = v[0] if len(v) == 1 else tuple(v)  # type: ignore[assignment]
        self._dels = dels

    def _forms_of(self, key: str) -> tuple[str, ...]:
        """The indexed forms whose folded form is ``key`` (an indexed folded form)."""
        hit = self._real.get(key)
        if hit is None:
            return (key,)
        return (hit,) if isinstance(hit, str) else hit

    def _has_key(self, key: str) -> bool:
        hit = self._dels.get(key[: self.prefix_length])
        return hit is not None and (hit == key if isinstance(hit, str) else key in hit)

    @classmethod
    def from_lexicon(
        cls,
        lexicon: Lexicon,
        *,
        min_trust: float = DEFAULT_MIN_TRUST,
        max_distance: int = DEFAULT_MAX_DISTANCE,
        prefix_length: int = DEFAULT_PREFIX,
        cache_dir: Path | None = None,
        fingerprint: str | None = None,
    ) -> "CandidateIndex":
        """An index over the forms ``lexicon`` trusts at ``min_trust`` (foreign and noise forms
        left out). With ``cache_dir`` and a ``fingerprint`` of the lexicon (e.g. from
        :func:`lexicon_fingerprint`), the built tables are kept there and reused while the
        fingerprint holds; a broken cache file is rebuilt, never fatal."""
        params = dict(min_trust=min_trust, max_distance=max_distance, prefix_length=prefix_length)
        path = None
        if cache_dir is not None and fingerprint:
            key = f"{fingerprint}-{_code_key()}-{min_trust}-{max_distance}-{prefix_length}"
            path = Path(cache_dir) / f"candidates-{key}.pickle"
            try:
                with open(path, "rb") as fh:
                    tables = pickle.load(fh)
                if isinstance(tables, tuple) and len(tables) == 3:
                    return cls(lexicon, (), _tables=tables, **params)
            except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
                pass
        index = cls(lexicon, trusted_forms(lexicon, min_trust), **params)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
                with open(tmp, "wb") as fh:
                    pickle.dump((index._dels, index._real, index._family), fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
                for old in path.parent.glob("candidates-*.pickle"):  # indexes of earlier lexicons
                    if old != path:
                        old.unlink(missing_ok=True)
            except OSError:
                pass  # a cache we cannot write only costs the next build
        return index

    # -- queries --------------------------------------------------------------------------------
    def __contains__(self, form: object) -> bool:
        """Whether ``form`` (lower case) is one of the indexed forms."""
        if not isinstance(form, str):
            return False
        key = fold_diacritics(form)
        return self._has_key(key) and form in self._forms_of(key)

    def lookup(self, word: str, max_distance: int | None = None) -> list[tuple[str, int]]:
        """Indexed forms within ``max_distance`` edits (OSA) of ``word`` (lower case) once both
        have their diacritics folded, so lost or misplaced marks do not use up the budget; with
        their true OSA distance, nearest first. The word itself is included when indexed."""
        md = self.max_distance if max_distance is None else min(max_distance, self.max_distance)
        out = [(f, OSA.distance(word, f)) for f in self._near(word, md)]
        out.sort(key=lambda x: (x[1], x[0]))
        return out

    def _near(self, word: str, md: int) -> list[str]:
        """The indexed forms :meth:`lookup` returns, unsorted, without distances."""
        return list(self._near_cached(word, md))

    def _near_forms(self, word: str, md: int) -> tuple[str, ...]:
        """:meth:`_near`, remembered (a short word's near and full passes ask the same)."""
        return self._expand(k for k, _ in self._matches_cached(word, md))

    def _matches(self, word: str, md: int) -> tuple[tuple[str, int], ...]:
        """(folded form, distance) of the indexed folded forms within ``md`` edits of ``word`` folded,
        nearest first, then by form."""
        key = fold_diacritics(word)
        pool = self._pool(key[: self.prefix_length], md)
        if not pool:
            return ()
        found = process.extract(key, pool, scorer=OSA.distance, score_cutoff=md, limit=None)
        if len(found) > 1:
            # one order whatever the string hashes (sorting the matches costs less than sorting the pool)
            found.sort(key=_distance_key)
        return tuple((k, d) for k, d, _ in found)

    def _expand(self, keys: Iterable[str]) -> tuple[str, ...]:
        """The indexed forms behind folded forms, in their order."""
        out: list[str] = []
        real = self._real.get
        for k in keys:
            hit = real(k)
            if hit is None:
                out.append(k)
            elif isinstance(hit, str):
                out.append(hit)
            else:
                out.extend(hit)
        return tuple(out)

    def _pool_of(self, prefix: str, md: int) -> tuple[str, ...]:
        """The folded forms behind the deletions of a folded prefix (each once): the words that share
        a prefix (a stem's forms, the prefixes the morphology tries) share it."""
        get = self._dels.get
        pool: set[str] = set()
        for d in _deletes(prefix, md):
            hit = get(d)
            if hit is not None:
                if isinstance(hit, str):
                    pool.add(hit)
                else:
                    pool.update(hit)
        return tuple(pool)

    def diacritic_variants(self, word: str) -> list[str]:
        """Indexed forms that differ from ``word`` (lower case) only in diacritics, the word itself excluded."""
        key = fold_diacritics(word)
        if not self._has_key(key):
            return []
        return [f for f in self._forms_of(key) if f != word]

    def candidates(self, word: str, max_distance: int | None = None, morphology: bool = True,
                   keep: Callable[[str], bool] | None = None) -> list[Candidate]:
        """Every candidate for ``word`` as written, cheapest first (then the more trusted), in the
        word's case. ``max_distance`` bounds the edits once diacritics are folded (default: the
        index's, one for words of SHORT_WORD letters or fewer); ``morphology`` adds re-inflected stems.
        ``keep``: a test of the lower-case forms; only those it passes are made candidates (a caller
        that would throw the others away saves making them)."""
        return list(self._cased(word, max_distance, morphology) if keep is None
                    else self._word_candidates(word, max_distance, morphology, keep))

    def _word_candidates(self, word: str, max_distance: int | None, morphology: bool,
                         keep: Callable[[str], bool] | None = None) -> tuple[Candidate, ...]:
        low = az_casefold(word)
        if not low:
            return ()
        apos = next((ch for ch in _APOSTROPHES if ch in low), "")
        if apos:
            low = low.replace(apos, "'")  # the lexicon writes one apostrophe
        if max_distance is None:
            md = min(1, self.max_distance) if len(low) <= SHORT_WORD else self.max_distance
        else:
            md = max(0, min(max_distance, self.max_distance))
        found = self._cached(low, md, morphology) if keep is None else self._lower_candidates(low, md, morphology, keep)
        if low == word:
            return found
        made = self._made_cased.get(word)
        if made is None:
            if len(self._made_cased) >= CACHE_SIZE:
                self._made_cased.clear()
            made = self._made_cased[word] = {}
        recase = None
        out = []
        for c in found:
            cased = made.get(c)
            if cased is None:
                if recase is None:
                    recase = _recaser(word)
                form = recase(c.form)
                cased = made[c] = _new_candidate((form.replace("'", apos) if apos else form, *c[1:]))
            out.append(cased)
        return tuple(out)

    def cache_clear(self) -> None:
        """Forget computed candidates (the index itself stays)."""
        self._cased.cache_clear()
        self._cached.cache_clear()
        self._stems_cached.cache_clear()
        self._near_cached.cache_clear()
        self._matches_cached.cache_clear()
        self._kinds_cached.cache_clear()
        self._pool.cache_clear()
        self._prior.clear()
        self._made.clear()
        self._made_cased.clear()

    def family(self, form: str) -> int:
        """How many indexed forms share the stem of ``form`` (lower case, indexed), 0 if not indexed."""
        return self._family.get(form, 0)

    def prior(self, form: str) -> tuple[float, int]:
        """(trust, corpus count) of a lower-case form, remembered: the ranker asks often."""
        hit = self._prior.get(form)
        if hit is None:
            if len(self._prior) >= PRIOR_CACHE_SIZE:
                self._prior.clear()
            hit = self._prior[form] = (self.lexicon.trust(form), self.lexicon.count(form))
        return hit

    def _lower_candidates(self, low: str, md: int, morph: bool,
                          keep: Callable[[str], bool] | None = None) -> tuple[Candidate, ...]:
        kinds, stems = self._kinds_cached(low, md, morph)
        prior = self.prior
        dist = OSA.distance
        fam = self._family.get
        made = self._made.get(low)
        if made is None:
            if len(self._made) >= CACHE_SIZE:
                self._made.clear()
            made = self._made[low] = {}
        out = []
        for f, kind in kinds.items():
            if keep is not None and not keep(f):
                continue
            if kind == MORPHOLOGY:
                stem = stems[f]
                c = made.get((f, stem))
                if c is None:
                    d = dist(low, f)
                    trust, count = prior(f)
                    family = fam(f, 0)
                    if not trust:  # a form no list holds borrows a share of its stem's trust, and its family
                        trust = round(MORPH_STEM_TRUST * prior(stem)[0], 4)
                        family = family or fam(stem, 0)
                    c = made[(f, stem)] = _new_candidate((f, d, edit_cost(low, f, d), kind, trust, count, family))
            else:
                c = made.get(f)
                if c is None or c.kind != kind:
                    d = dist(low, f)
                    c = made[f] = _new_candidate((f, d, edit_cost(low, f, d), kind, *prior(f), fam(f, 0)))
            out.append(c)
        out.sort(key=_rank)
        return tuple(out)

    def _kinds(self, low: str, md: int, morph: bool) -> tuple[dict[str, str], dict[str, str]]:
        """The forms proposed for ``low`` with the source of each (the first that proposed it), and
        the stem of each re-inflected one."""
        kinds: dict[str, str] = {}
        if low in self:
            kinds[low] = EXACT
        for f in self.diacritic_variants(low):
            kinds[f] = DIACRITICS
        if md == 1 and not morph and self.max_distance >= 2 and len(low) > SHORT_WORD:
            # the near pass of a word whose full pass searches two edits away (see Corrector._options):
            # its one-edit forms are those of the two-edit search within one edit, since a folded form
            # one edit away shares a deletion of at most one letter of its prefix with the word's, and
            # so is in the one-edit pool too; the two-edit search is then made once, not twice
            near = self._expand(k for k, d in self._matches_cached(low, 2) if d <= 1)
        else:
            near = self._near_cached(low, md)
        for f in near:
            kinds.setdefault(f, EDIT)
        stems: dict[str, str] = {}
        if morph:
            stems = self._morphology(low, md)
            for f in stems:
                kinds.setdefault(f, MORPHOLOGY)
        return kinds, stems

    # -- morphology -----------------------------------------------------------------------------
    def _is_stem(self, form: str) -> bool:
        v = self.lexicon._e.get(form)  # Lexicon.is_stem, read off the entry when the form is there as it is
        stem = self.lexicon.is_stem(form) if v is None else bool(v & (NLTK | STEM)) and not v & (NOISE | FOREIGN)
        return stem and self.prior(form)[0] >= self.min_trust

    def _stems_near(self, part: str, edits: bool) -> tuple[str, ...]:
        """Stems of the lexicon close to ``part``: itself, its diacritic variants, and (``edits``)
        those one edit away, cheapest first, at most MORPH_MAX_STEMS."""
        out = [part] if self._is_stem(part) else []
        out += [f for f in self.diacritic_variants(part) if self._is_stem(f)]
        if not edits:
            return tuple(out)
        near = [f for f in self._near(part, min(1, self.max_distance)) if f not in out and self._is_stem(f)]
        if len(near) > MORPH_MAX_STEMS - len(out):
            near.sort(key=lambda f: (edit_cost(part, f), -self.prior(f)[0], f))
        return tuple(out + near[: max(0, MORPH_MAX_STEMS - len(out))])

    def _splits(self, low: str) -> list[tuple[int, int]]:
        """(stem end, voice end) of every split of ``low`` into a stem, an optional voice run and a
        tail whose folded form is a chain of the grammar; longest stems first."""
        _, _, any_chain, any_voice = _tails()
        fl = fold_diacritics(low)
        n = len(fl)
        max_chain, max_voice = _max_lens()
        out: list[tuple[int, int]] = []
        for i in range(n - 1, MORPH_MIN_STEM - 1, -1):
            if n - i > max_chain + max_voice:
                break
            if n - i <= max_chain and fl[i:] in any_chain:
                out.append((i, i))
            for j in range(i + 1, min(n, i + max_voice) + 1):
                if fl[i:j] in any_voice and (j == n or fl[j:] in any_chain):
                    out.append((i, j))
        return out

    def _morphology(self, low: str, md: int) -> dict[str, str]:
        """Forms made by correcting the stem of ``low`` and inflecting it again with its own tail,
        each with its stem."""
        if len(low) < MORPH_MIN_STEM + 1 or not low.isalpha():
            return {}
        chains, voices, _, _ = _tails()
        limit = md + MORPH_EXTRA_DISTANCE
        fl = fold_diacritics(low)
        made: dict[str, str] = {}
        for k, (i, j) in enumerate(self._splits(low)):
            tail = fl[j:]
            # every split may keep its stem (or restore its diacritics); edits only for the first few
            for stem in self._stems_cached(low[:i], k < MORPH_EDIT_SPLITS):
                ctx = context_of(stem)
                if ctx is None:
                    continue
                feats_list: list[tuple[str, ...]] = []
                if i == j:
                    feats_list = [f for f, _ in chains[ctx].get(tail, ())]
                else:
                    for vfeats, _ in voices[ctx].get(fl[i:j], ()):
                        if not tail:
                            feats_list.append(vfeats)
                            continue
                        try:
                            vstem = morphology.generate(stem, vfeats)
                        except (ValueError, KeyError):
                            continue
                        vctx = context_of(vstem)
                        if vctx is not None:
                            feats_list += [vfeats + f for f, verb in chains[vctx].get(tail, ()) if verb]
                for feats in feats_list:
                    try:
                        g = morphology.generate(stem, feats)
                    except (ValueError, KeyError):
                        continue
                    if g == low or g in made:
                        continue
                    if OSA.distance(fl, fold_diacritics(g), score_cutoff=limit) <= limit:
                        made[g] = stem
        self._mistyped_tails(low, fl, made)
        return made

    def _mistyped_tails(self, low: str, fl: str, made: dict[str, str]) -> None:
        """A stem the lexicon holds (maybe short of its diacritics) + a tail one edit from a suffix
        chain ("qoltuqlraında" -> "qoltuqlarında"): the chain is generated anew on the stem.
        Longest stems first, at most MORPH_TAIL_SPLITS of them."""
        chains = _tails()[0]
        max_chain = _max_lens()[0]
        n = len(low)
        found = 0
        for i in range(n - 1, MORPH_MIN_STEM - 1, -1):
            if n - i > max_chain + 1:
                break
            stems = self._stems_cached(low[:i], False)
            if not stems:
                continue
            near = _near_tails(fl[i:])
            if not near:
                continue
            found += 1
            for stem in stems:
                ctx = context_of(stem)
                if ctx is None:
                    continue
                for key in near:
                    for feats, _ in chains[ctx].get(key, ()):
                        try:
                            g = morphology.generate(stem, feats)
                        except (ValueError, KeyError):
                            continue
                        if g != low and g not in made:
                            made[g] = stem
            if found >= MORPH_TAIL_SPLITS:
                break


def warm_tables() -> None:
    """Build the grammar's tables for every stem context now (a few seconds, once per process):
    otherwise the first words of each harmony pay for them, and a worker forked after this
    shares them instead of building its own."""
    for cls in HARMONY_CLASSES:
        for av in (False, True):
            chain_table(cls, av, False)
            chain_table(cls, av, True)
            voice_table(cls, av)
            morphology._generator(cls, av)
    _tails()
    _tail_deletes()
    _max_lens()
    from salname.az.language import sentence_language
    from salname.az.names import country_names

    sentence_language("Bu gun hava yaxsi olacaq ve yagis yagmayacaq")  # loads the language models
    country_names()  # babel's territory names, which the corrector asks of capitalised words
    morphology.analyze("evlərdə")  # the analyzer measures its chain tables on first use


@lru_cache(maxsize=1)
def _tail_deletes() -> dict[str, tuple[str, ...]]:
    """Folded chain surfaces under each of their one-letter deletions (and themselves)."""
    out: dict[str, list[str]] = {}
    for k in _tails()[2]:
        for d in _deletes(k, 1):
            out.setdefault(d, []).append(k)
    return {d: tuple(v) for d, v in out.items()}


@lru_cache(maxsize=20_000)
def _near_tails(tail: str) -> tuple[str, ...]:
    """Folded chain surfaces one edit (OSA) from the folded ``tail``, itself included."""
    index = _tail_deletes()
    keys: set[str] = set()
    for d in _deletes(tail, 1):
        keys.update(index.get(d, ()))
    return tuple(sorted(k for k in keys if OSA.distance(tail, k, score_cutoff=1) <= 1))


def clear_tables_cache() -> None:
    """Forget the suffix tails looked up per word (the grammar's tables themselves stay)."""
    _near_tails.cache_clear()


@lru_cache(maxsize=1)
def _max_lens() -> tuple[int, int]:
    _, _, any_chain, any_voice = _tails()
    return _max_len(any_chain), _max_len(any_voice)


@lru_cache(maxsize=1)
def _code_key() -> str:
    """A digest of the code that decides what is indexed (this module, and the lexicon's trust)."""
    import hashlib
    import sys

    from salname.az import lexicon as lexicon_module

    h = hashlib.sha256()
    for mod in (sys.modules[__name__], lexicon_module):
        try:
            h.update(Path(mod.__file__ or "").read_bytes())
        except OSError:
            h.update(mod.__name__.encode())
    return h.hexdigest()[:10]


def families(forms: Iterable[str], lexicon: Lexicon) -> dict[str, int]:
    """Each form -> the number of ``forms`` read as the same stem (the lemma of the analyzer's best
    reading over the lexicon's stems). The word lists carry no frequencies, but a stem in common
    use turns up in many forms ("al": alıb, alır, aldı ... about 190 of them) and a rare one in few
    ("alt": 15): for two fixes of one typo, the bigger family is the likelier word. Forms of one
    member only are left out (the default is 0)."""
    stem_of: dict[str, str] = {}
    known = lexicon.is_stem
    for f in forms:
        found = morphology.analyze(f, known, cached=False)  # each form once: a cache would only grow
        stem_of[f] = found[0].lemma if found else f
    size: dict[str, int] = {}
    for st in stem_of.values():
        size[st] = size.get(st, 0) + 1
    return {f: n for f, st in stem_of.items() if (n := size[st]) > 1}


def trusted_forms(lexicon: Lexicon, min_trust: float = DEFAULT_MIN_TRUST) -> list[str]:
    """The lexicon's forms a corrector may propose: trusted enough, made of Azerbaijani letters."""
    e = lexicon._e
    trust = lexicon.trust
    return [f for f, v in e.items() if not v & (NOISE | FOREIGN) and trust(f) >= min_trust]


def lexicon_fingerprint(path: Path) -> str:
    """A cache key for a lexicon file: its size and modification time."""
    st = Path(path).stat()
    return f"{st.st_size:x}{int(st.st_mtime_ns):x}"


def default_cache_dir() -> Path:
    """Where built indexes are kept between runs: the user cache dir (or $SALNAME_CACHE)."""
    return cache_dir()


def load_index(lexicon_path: Path | None = None, **kwargs) -> CandidateIndex:
    """The index over the user's lexicon (``Lexicon.load``), cached in the user cache dir."""
    from salname.az.lexicon import default_path

    path = Path(lexicon_path) if lexicon_path is not None else default_path()
    lex = Lexicon.load(path)
    return CandidateIndex.from_lexicon(
        lex, cache_dir=default_cache_dir(), fingerprint=lexicon_fingerprint(path), **kwargs
    )

