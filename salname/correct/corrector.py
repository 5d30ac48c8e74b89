"""Spelling and diacritic correction of Azerbaijani text, as edits with reasons and confidence.

For every word of an Azerbaijani sentence (sentences in other languages are left alone) the
word checker (:mod:`salname.az.spelling`) says whether there is anything to doubt. Numbers,
acronyms, units, foreign words and words the lexicon or the morphology vouch for are kept.
A doubted word gets candidates (:mod:`salname.correct.candidates`) and each is scored as

    log prior - COST_WEIGHT * edit cost

where the prior is the lexicon's trust in the form, raised by the size of its family (listed
forms of the same stem), by how often the archive and the article itself have it, and for the
commonest forms (:mod:`salname.az.frequent`); keeping the word as written competes as one more
option, with a prior that is higher for a capitalised word (a name the lists do not know is no
typo), and so does splitting it in two. The winner's share of all options is the confidence; an
edit is made only when it reaches the threshold. So a word with no plausible fix, or two equally
plausible ones, is left alone. A text typed without Azerbaijani letters is read in its own mode
(every word may have lost them); a genitive before a verb that takes an object is put right by
rule (:mod:`salname.correct.context`).
"""

from __future__ import annotations

import gc
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable

from salname.az.alphabet import az_lower as _lower
from salname.az.alphabet import LOWER, fold_diacritics, has_diacritics
from salname.az.frequent import is_frequent, plain_twin
from salname.az.gazetteer import is_first_name, place_name
from salname.az.language import is_azerbaijani
from salname.az.names import NAME_PARTICLES, looks_like_a_surname
from salname.az.lexicon import Lexicon, is_verb_root
from salname.az.sentences import sentences
from salname.az.spelling import LEXICON, MORPHOLOGY, NAME, UNKNOWN, WordChecker
from salname.az.suffixes import STANDALONE_WORDS, is_loose_ending, is_suffix_chain, starts_like_a_suffix
from salname.az.tokenize import WORD
from salname.az.text import search_key
from salname.correct.context import AGREEMENT, AGREEMENT_CONFIDENCE, genitive_before_verb, possessed_after_possessor
from salname.correct.names import (harmonised, may_rename, names_a_country, reinflects, skeleton, typed_name,
                                   typed_surname, written_in)
from salname.correct.candidates import COST_DIACRITIC, DIACRITICS, EDIT, EXACT, Candidate, CandidateIndex, restore_case
from salname.document import Edit
from salname.offsets import OffsetMap, Replacement, apply_replacements

QUICK_SURE = 0.9  # a near fix this sure ends the search for farther ones
DEFAULT_THRESHOLD = 0.5  # a fix likelier than every other option together, keeping the word included
COST_WEIGHT = 5.0  # how much one unit of edit cost weighs against the log prior
PRIOR_WEIGHT = 1.0  # times the log trust
FAMILY_WEIGHT = 0.5  # times log1p(forms of its stem listed): "alıb" (al, ~190) before "alt" (15)
COUNT_WEIGHT = 0.5  # times log1p(corpus count), on top of the log trust: 40 sightings outweigh one edit
MIN_PRIOR = 0.01
LANGUAGE_MIN_WORDS = 4
# a plain-typed sentence is corrected whatever the language model says when this share of its words
# of 3+ letters are trusted Azerbaijani words short of their letters ("magazasi", "ilde", "muellim")
LANGUAGE_LOST_SHARE = 0.4
LANGUAGE_TRUST = 0.6
KEEP_PRIOR = 0.005  # an unknown lower-case word may still be right (a rare word, a new coinage)
KEEP_PRIOR_NAME = 0.05  # a capitalised word the lists do not know is often a real name
SHORT_CAPITAL = 5  # letters at most
# A capitalised word the lists do not know takes only the fixes salname.correct.names allows, or
# becomes a name its own text writes at least twice, maybe inflected ("Qazaxistənən" where the
# article has "Qazaxıstan"), up to this cost
ATTESTED = "attested"
MAX_ATTESTED_NAME_COST = 2.0
ATTESTED_BONUS = 1.0
ATTESTED_COST_SHARE = 0.5  # the text's own spelling of a name makes its slips cheaper to believe
COST_RESTORED_FIRST = 0.25  # a word that lost its letters lost them at once: the first restored costs,
COST_RESTORED_MORE = 0.1  # the others little
PAIR_WEIGHT = 1.0  # times log1p(the archive's count of the word pairs a fix makes with its neighbours)
CONTEXT_OPTIONS = 8
DOCUMENT_WEIGHT = 1.0  # times log1p(occurrences of a fix in the same text)
FREQUENT_BONUS = 3.0  # the commonest forms (salname.az.frequent), as if seen ~400 times
# Text typed without Azerbaijani letters: a sentence of this many words, or a document of
# STRIPPED_DOC_WORDS, with not one ə, ı, ş, ç, ğ, ö, ü. Azerbaijani prose has one in nearly every
# sentence (3 of 750 Wikipedia sentences lack one, none longer than 8 words), so every word of
# such a text may have lost its letters, and a restored form costs next to nothing.
STRIPPED_MIN_WORDS = 6
STRIPPED_DOC_WORDS = 30
COST_STRIPPED = 0.05
# With restorations nearly free, the priors alone tell "şəkildə" from "şekilde" and "səkildə":
# their differences count for more there.
STRIPPED_PRIOR_WEIGHT = 3.0
STRIPPED_EDIT_COST = 1.0  # on top of a fix other than restored letters: the text's letters were lost, not mistyped
TWIN_KEEP_BONUS = 1.0  # a word the lists vouch for is kept unless its common twin is clearly likelier
OWN_SPELLING_CONFIDENCE = 0.95  # a name given the letters its own text writes it with
NAME_KEEP_SCORE = -3.0  # against 0 for a name the lists give back its letters ("Elsad" -> "Elşad"): sure, 0.95
MORPHOLOGY_PRIOR = 0.7  # the prior of a word the grammar reads as a listed stem + a suffix chain


# Words written apart are joined by rule (the whole vouched for), at a fixed confidence; words run
# together are split as one more scored option (see Corrector.split).
JOIN, SPLIT = "join", "split"
JOIN_CONFIDENCE = 0.8
COST_SPLIT = 1.6  # a missing space; dearer than a letter, as many compounds are written as one word ("yükdaşıma")
SPLIT_MIN_TRUST = 0.6
SPLIT_MIN_PART = 3
SPLIT_SHORT_WORDS = frozenset({"bu", "o", "və", "hər", "heç"})  # shorter parts a split may make


@dataclass(slots=True)
class Choice:
    form: str
    kind: str
    confidence: float


_HYPHEN_BREAK = re.compile(r"[-\u00ad][ \t]*\r?\n")
_BREAK_BEFORE = re.compile(r"[-\u00ad][ \t]*\r?\n[ \t\r\n]*$")


def _line_break_fragment(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is cut by a hyphen at a line end ("ener-\ngetika"): raw
    print text holds such halves, and "correcting" a half would break the word for good."""
    return bool(_HYPHEN_BREAK.match(text, end)) or bool(_BREAK_BEFORE.search(text, max(0, start - 8), start))


class Corrector:
    """Corrects text against one lexicon; keeps per-word decisions cached."""

    def __init__(
        self,
        lexicon: Lexicon,
        index: CandidateIndex,
        threshold: float = DEFAULT_THRESHOLD,
        counts: Callable[[str], int] | None = None,
        pairs: Callable[[str, str], int] | None = None,
    ) -> None:
        """``counts``: how often a lower-case form occurs in the user's corpus (``Archive.word_count``),
        ``pairs``: how often one word follows another there (``Archive.pair_count``): the more the
        user has ingested, the better two close fixes are told apart, in their context."""
        self.lexicon = lexicon
        self.index = index
        self.threshold = threshold
        self.checker = WordChecker(lexicon)
        self._counts = lru_cache(maxsize=200_000)(counts) if counts is not None else None
        # how often the archive has one word after another: the context of a fix
        self._pairs = lru_cache(maxsize=200_000)(pairs) if pairs is not None else None
        self._cache: dict[tuple[str, bool, bool], tuple[dict[str, tuple[float, str]], float]] = {}
        self._verdicts: dict[tuple[str, bool], str] = {}

    def _why(self, word: str, sentence_initial: bool = False) -> str:
        """The word checker's verdict, remembered: a word is asked about up to three times."""
        key = (word, sentence_initial)
        hit = self._verdicts.get(key)
        if hit is None:
            if len(self._verdicts) > 200_000:
                self._verdicts.clear()
            hit = self._verdicts[key] = self.checker.why(word, sentence_initial)
        return hit

    def cache_clear(self, everything: bool = False) -> None:
        """Forget per-word decisions and candidates (benchmarks time a cold start with this);
        ``everything``: also what the process remembers per word for any corrector (the analyzer's
        readings, the lexicon's verb roots, the name tests), as a new process starts."""
        self._cache.clear()
        self._verdicts.clear()
        self.index.cache_clear()
        if self._counts is not None:
            self._counts.cache_clear()
        if self._pairs is not None:
            self._pairs.cache_clear()
        if everything:
            from salname.az import morphology
            from salname.correct.candidates import clear_tables_cache

            morphology.clear_caches()
            names_a_country.cache_clear()
            skeleton.cache_clear()
            clear_tables_cache()
            for memo in ("_verb_roots", "_derived_verbs"):  # kept by salname.az.lexicon on the lexicon
                self.lexicon.__dict__.pop(memo, None)

    def _score(self, c: Candidate, cost: float | None = None, weight: float = PRIOR_WEIGHT) -> float:
        return (self._prior_score(c.form, c.trust, weight) + FAMILY_WEIGHT * math.log1p(c.family)
                - COST_WEIGHT * (c.cost if cost is None else cost))

    def _prior_score(self, form: str, trust: float = 0.0, weight: float = PRIOR_WEIGHT) -> float:
        """log prior of a form: the lexicon's trust (an unlisted inflection carries its stem's,
        ``trust``), raised by the archive's count and for the commonest forms."""
        low = _lower(form)
        listed, count = self.index.prior(low)
        if self._counts is not None:
            count = max(count, self._counts(low))
        score = weight * math.log(max(listed, trust, MIN_PRIOR)) + COUNT_WEIGHT * math.log1p(count)
        return score + FREQUENT_BONUS if is_frequent(low) else score

    def choose(self, word: str, sentence_initial: bool = False, stripped: bool = False,
               document: Counter | None = None, names: Counter | None = None,
               before: str | None = None, after: str | None = None) -> Choice | None:
        """The correction of one word, or None to leave it as it is. ``stripped``: the word
        stands in a text typed without Azerbaijani letters (see :func:`typed_without_diacritics`);
        ``document``: how often each lower-case form occurs in the text the word is from (a fix
        its own article writes elsewhere is the likelier); ``names``: capitalised words inside its
        sentences and how often (a name the article writes twice, maybe inflected, is a fix even
        for a name: "Qazaxistənən" -> "Qazaxıstanın" where it has "Qazaxıstan"); ``before`` and
        ``after``: the words next to it, whose pairs with each fix the archive may have counted."""
        stripped = stripped and not has_diacritics(word)
        scores, keep = self._options_of(word, sentence_initial, stripped)
        if stripped and scores and word[:1].isupper() and after is not None and typed_surname(after):
            # before a surname a capitalised word is a first name: "Ramin Qasimzade" is no "Ramın",
            # "Amina Memmedova" no "Amına"; only a first name the lists know may replace it
            scores = {f: v for f, v in scores.items() if is_first_name(_lower(f))}
        if not scores:
            return None
        if any(kind == ATTESTED for _, kind in scores.values()):
            # a name's fix its own text writes is a fallback: only when nothing else is allowed, and
            # never for a name the text itself writes twice ("Amerika" is no slip of "Amerikan")
            attested = (all(kind == ATTESTED for _, kind in scores.values()) and names and not stripped
                        and not written_in(word, names))
            scores = {f: (v[0] + ATTESTED_BONUS + DOCUMENT_WEIGHT * math.log1p(n), v[1]) if v[1] == ATTESTED else v
                      for f, v in scores.items() if v[1] != ATTESTED or attested and (n := written_in(f, names))}
        if document and not stripped:
            scores = {f: (sc + DOCUMENT_WEIGHT * math.log1p(n), EDIT if kind == ATTESTED else kind)
                      if (n := document.get(_lower(f), 0)) else (sc, kind)
                      for f, (sc, kind) in scores.items()}
            # a word its writer spells the same way again is likelier meant so ("sitoplazma" x 5)
            keep += DOCUMENT_WEIGHT * math.log1p(max(0, document.get(_lower(word), 0) - 1))
        if not scores:
            return None
        if self._pairs is not None and (before or after):
            scores, keep = self._in_context(word, scores, keep, before, after)
        choice = self._decide(scores, keep)
        if choice is not None and not stripped and search_key(choice.form) == search_key(word):
            choice.kind = DIACRITICS  # whatever proposed it, the fix restores letters, nothing else
        return choice

    def _options_of(self, word: str, sentence_initial: bool, stripped: bool) -> tuple[dict[str, tuple[float, str]], float]:
        """The options of a word (see :meth:`_options`), remembered; ``stripped`` as :meth:`choose`
        gets it after checking the word itself has no Azerbaijani letter."""
        key = (word, sentence_initial, stripped)
        options = self._cache.get(key)
        if options is None:
            options = self._options_stripped(word, sentence_initial) if stripped else self._options(word, sentence_initial)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = options
        return options

    def _in_context(self, word: str, scores: dict[str, tuple[float, str]], keep: float,
                    before: str | None, after: str | None) -> tuple[dict[str, tuple[float, str]], float]:
        """Scores raised by how often the archive has each option after ``before`` and before
        ``after`` (the best CONTEXT_OPTIONS options only: each is a lookup)."""
        pairs = self._pairs
        assert pairs is not None

        def seen(form: str) -> float:
            n = (pairs(before, form) if before else 0) + (pairs(form, after) if after else 0)
            return PAIR_WEIGHT * math.log1p(n)

        best = sorted(scores.items(), key=lambda kv: -kv[1][0])[:CONTEXT_OPTIONS]
        out = dict(scores)
        for f, (sc, kind) in best:
            out[f] = (sc + seen(f), kind)
        return out, keep + seen(word)

    def _options(self, word: str, sentence_initial: bool) -> tuple[dict[str, tuple[float, str]], float]:
        """Every fix of ``word`` with its score (kind alongside), and the score of keeping it."""
        why = self._why(word, sentence_initial)
        if why in (LEXICON, MORPHOLOGY) and not word[:1].isupper():
            return self._frequent_twin(word)
        if why != UNKNOWN and why != NAME or is_frequent(_lower(word)):
            return {}, 0.0
        low = _lower(word)
        if is_loose_ending(low):
            return {}, 0.0  # an ending written apart ("2005 - ci", "Bakı 'da"): no word to fix
        if word[:1].isupper() and names_a_country(word):
            return {}, 0.0  # "Kanada" opening a sentence is no slip of "qanada"
        # "Əliyeva" opening a sentence is a name, and so is a short capitalised word there more often
        # than a slip ("Rur", "Roza", "King" are no "Rus", "Roma", "Kino")
        name = (why == NAME or looks_like_a_surname(word)
                or word[:1].isupper() and len(word) <= SHORT_CAPITAL)
        keep = math.log(KEEP_PRIOR_NAME if name or word[:1].isupper() else KEEP_PRIOR)
        listed = self.index.prior(low)[0]
        if listed > math.exp(keep):  # a word list holds it, if without trusting it much: its own prior
            keep = math.log(listed) + FAMILY_WEIGHT * math.log1p(self.index.family(low))
        # the near fixes first (lost letters, one slip): when one of them is already a sure winner,
        # the costlier search (two slips, re-inflected stems, splits) cannot change the outcome much
        seen: dict[Candidate, tuple[float, str] | None] = {}  # the near fixes come again among all
        surname = name and looks_like_a_surname(word)
        # a name takes few fixes (see _scored_one): the others need not be made
        fits = _name_fixes(word, surname) if name else None
        scores = self._scored(word, name, self.index.candidates(word, 1, False, fits), seen, surname)
        if scores and _share_of_best(scores, keep) >= QUICK_SURE:
            return scores, keep
        scores = self._scored(word, name, self.index.candidates(word, keep=fits), seen, surname)
        if not name:
            parts = self.split(word)
            if parts is not None:
                scores[parts[0]] = (parts[1], SPLIT)
        return scores, keep

    def _frequent_twin(self, word: str) -> tuple[dict[str, tuple[float, str]], float]:
        """A word of the language that is one of the commonest typed without its letters ("de" for
        "də", "en" for "ən": salname.az.frequent.PLAIN_TWINS): the twin against the word, each on its
        own prior."""
        low = _lower(word)
        twin = plain_twin(low)
        if twin is None:
            return {}, 0.0
        scores = {restore_case(word, twin): (self._prior_score(twin) + FAMILY_WEIGHT * math.log1p(self.index.family(twin))
                                             - COST_WEIGHT * _restoration_cost(low, twin), DIACRITICS)}
        keep = self._prior_score(low, MORPHOLOGY_PRIOR) + FAMILY_WEIGHT * math.log1p(self.index.family(low))
        return scores, keep + TWIN_KEEP_BONUS

    def _scored(self, word: str, name: bool, cands: list[Candidate],
                seen: dict[Candidate, tuple[float, str] | None] | None = None,
                surname: bool | None = None) -> dict[str, tuple[float, str]]:
        """Each candidate form's best score and kind; for a name only the fixes a name may take.
        ``seen``: the (score, kind) or None of candidates already scored for this word; ``surname``:
        whether the word looks like a surname, if known."""
        scores: dict[str, tuple[float, str]] = {}
        key = search_key(word)
        if not any(search_key(c.form) == key for c in cands) and any(reinflects(word, c.form) for c in cands):
            # the lists hold the same stem with other endings ("etimadnaməsini" for "etimadnaməsinin",
            # "Budapeştdə" for "Budapeştdəki"): the word is well formed, and any fix would change its meaning
            return scores
        for c in cands:
            if seen is not None and c in seen:
                v = seen[c]
            else:
                if surname is None:
                    surname = name and looks_like_a_surname(word)
                v = self._scored_one(word, key, name, surname, c)
                if seen is not None:
                    seen[c] = v
            if v is not None and (c.form not in scores or v[0] > scores[c.form][0]):
                scores[c.form] = v
        return scores

    def _scored_one(self, word: str, key: str, name: bool, surname: bool, c: Candidate) -> tuple[float, str] | None:
        """The score and kind of one candidate of ``word`` (folded ``key``), None if it is no fix."""
        if c.form == word:
            return None
        kind = c.kind
        ck = search_key(c.form)
        if surname and ck != key:
            return None  # "Əliyeva", "Tokayevə": a surname's form is no slip of another ("Əliyev", "Tokayevlə")
        if name and not may_rename(word, c, ck == key):
            if c.cost > MAX_ATTESTED_NAME_COST or c.kind == EXACT or key[:2] != ck[:2]:
                return None  # (a name's first letters are the last to be misspelt)
            kind = ATTESTED  # a name's fix only where the text itself writes it so
        cost = _restoration_cost(word, c.form) if ck == key else c.cost
        return self._score(c, cost * ATTESTED_COST_SHARE if kind == ATTESTED else cost), kind

    def _options_stripped(self, word: str, sentence_initial: bool) -> tuple[dict[str, tuple[float, str]], float]:
        """In text typed without Azerbaijani letters every word may have lost them: the word as
        written competes with its restorations on the lexicon's priors alone (names too), and
        an unknown word also with the usual fixes."""
        why = self._why(word, sentence_initial)
        if why not in (UNKNOWN, NAME, LEXICON, MORPHOLOGY):
            return {}, 0.0
        if word[:1].isupper() and not word.isupper() and (named := typed_name(word)) is not None:
            # a name the lists know: as written, or an Azerbaijani name given back its letters
            return ({} if named[0] is None else {named[0]: (0.0, DIACRITICS)}), NAME_KEEP_SCORE
        key = search_key(word)
        cands = [c for c in self.index.candidates(word) if c.form != word]
        scores: dict[str, tuple[float, str]] = {}
        for c in cands:
            restored = search_key(c.form) == key
            if not restored and why != UNKNOWN:
                continue
            cost = COST_STRIPPED if restored else c.cost + STRIPPED_EDIT_COST
            sc = self._score(c, cost, STRIPPED_PRIOR_WEIGHT)
            if c.form not in scores or sc > scores[c.form][0]:
                scores[c.form] = (sc, DIACRITICS if restored else c.kind)
        if not scores:
            return {}, 0.0
        family = FAMILY_WEIGHT * math.log1p(self.index.family(_lower(word)))
        if why == LEXICON:
            keep = self._prior_score(word, weight=STRIPPED_PRIOR_WEIGHT) + family
        elif why == MORPHOLOGY or is_frequent(_lower(word)):  # "olur" (ol + -ur) is no stripped "ölür"
            keep = self._prior_score(word, MORPHOLOGY_PRIOR, STRIPPED_PRIOR_WEIGHT) + family
        else:
            keep = STRIPPED_PRIOR_WEIGHT * math.log(KEEP_PRIOR_NAME if why == NAME or word[:1].isupper() else KEEP_PRIOR)
        return scores, keep

    def _decide(self, scores: dict[str, tuple[float, str]], keep: float) -> Choice | None:
        """The best-scored form if its share of all options (keeping the word among them)
        reaches the threshold."""
        best_form, (_, kind) = max(scores.items(), key=lambda kv: kv[1][0])
        conf = _share_of_best(scores, keep)
        if conf < self.threshold:
            return None
        return Choice(best_form, kind, conf)

    def _azerbaijani(self, sent) -> bool:
        """Whether to correct a sentence: Azerbaijani by its letters or by the language model, or,
        when the model says otherwise of a sentence typed in plain letters (plain-typed Azerbaijani
        full of foreign names reads as German or English to it: "Ilk Starbucks magazasi 1971-ci ilde
        ... acilmisdir"), when many of its longer words are Azerbaijani words short of their letters."""
        if is_azerbaijani(sent.text):
            return True
        if has_diacritics(sent.text):
            return False  # Turkish letters: Turkish it is ("Türkiye ile ... ilişkiler çok önemlidir")
        words = [_lower(t.text) for t in sent.tokens if t.kind == WORD and len(t.text) >= 3]
        if len(words) < LANGUAGE_MIN_WORDS:
            return False
        prior = self.index.prior
        lost = sum(1 for w in words if any(prior(f)[0] >= LANGUAGE_TRUST for f in self.index.diacritic_variants(w)))
        return lost >= LANGUAGE_LOST_SHARE * len(words)

    def _accepted(self, word: str) -> bool:
        return self._why(word) in (LEXICON, MORPHOLOGY)

    def join(self, left: str, right: str, left_initial: bool = False) -> str | None:
        """The one word two tokens were split from ("bütövlüyü nü", "sü rən"), or None.

        Joined only when the whole is a word the lexicon or the grammar vouches for, and either the
        right part is nothing but inflection ("nü"; not an enclitic written apart as it should be:
        "o da", "ki") or neither part is a word of its own ("sü rən"): two words ("hər hansı",
        "heç vaxt") are never run together, whatever a word list holds."""
        if right[:1].isupper():
            return None  # an ending written apart is lower case: "Kral I" is a king and a numeral
        low = _lower(right)
        if is_suffix_chain(low) and low not in STANDALONE_WORDS:
            pass
        elif self._why(right) != UNKNOWN or self._why(left, left_initial) != UNKNOWN:
            return None
        whole = left + right
        return whole if self._accepted(whole) else None

    def split(self, word: str) -> tuple[str, float] | None:
        """Two words run together ("busahədə" -> "bu sahədə"): the best split into two words the
        lexicon trusts (or among the commonest forms), neither shorter than three letters unless
        it is a common short word ("bu", "və"), the second not mere inflection ("yönümlü" is no
        "yönüm lü"); with its score (both priors and families, less a split's cost), or None."""
        if len(word) < 5 or not word.isalpha() or word[:1].isupper():
            return None  # a capitalised word run together is likelier a name ("Kanada", "Altay")
        best: tuple[str, float] | None = None
        for i in range(2, len(word) - 1):
            a, b = word[:i], word[i:]
            la, lb = _lower(a), _lower(b)
            if not (self._split_part(la) and self._split_part(lb)) or is_suffix_chain(lb) or starts_like_a_suffix(lb):
                continue  # "məqsədilə" is no "məqsəd ilə", nor "standartlaşdıran" "standart laşdıran"
            sc = (self._prior_score(la) + self._prior_score(lb) - COST_WEIGHT * COST_SPLIT
                  + FAMILY_WEIGHT * (math.log1p(self.index.family(la)) + math.log1p(self.index.family(lb))))
            if best is None or sc > best[1]:
                best = (f"{a} {b}", sc)
        return best

    def _split_part(self, low: str) -> bool:
        """A word that can stand alone in running text: common, or trusted and no bare verb
        root (an imperative: "modernləş ən" is no split of "modernləşən")."""
        if low in SPLIT_SHORT_WORDS:
            return True
        return (len(low) >= SPLIT_MIN_PART and self.index.prior(low)[0] >= SPLIT_MIN_TRUST
                and not is_verb_root(self.lexicon, low))

    def correct(self, text: str) -> tuple[str, list[Edit], OffsetMap]:
        """(corrected text, edits in ``text``'s coordinates, map corrected -> text)."""
        edits: list[Edit] = []
        sents = sentences(text)
        doc_stripped = typed_without_diacritics([t for s in sents for t in s.tokens], STRIPPED_DOC_WORDS)
        evidence = _DocumentWords(sents)  # counted only if some word has options to weigh
        breaks = _HYPHEN_BREAK.search(text) is not None  # any word hyphenated across lines at all
        may_join = JOIN_CONFIDENCE >= self.threshold
        may_agree = AGREEMENT_CONFIDENCE >= self.threshold
        headword, accepted, options_of = self.lexicon.is_headword, self._accepted, self._options_of
        stripped = False
        kept_names: set[str] = set()
        for sent in sents:
            if not self._azerbaijani(sent):
                continue
            # (a short sentence after one typed without the letters is typed so too when it has none)
            stripped = doc_stripped or typed_without_diacritics(sent.tokens) or (
                stripped and typed_without_diacritics(sent.tokens, 2))
            first = True
            toks = sent.tokens
            last = len(toks) - 1
            skip = False
            for i, tok in enumerate(toks):
                if skip:
                    skip = False
                    continue
                if tok.kind == WORD:
                    word = tok.text
                    if breaks and _line_break_fragment(text, tok.start, tok.end):
                        first = False
                        continue  # half of a word hyphenated across lines: the cleaning step joins those
                    nxt = toks[i + 1] if i < last else None
                    after = nxt.text if nxt is not None and nxt.kind == WORD else None
                    if after is not None and may_join and text[tok.end : nxt.start] == " ":
                        joined = self.join(word, after, first)
                        if joined is not None:
                            edits.append(Edit(tok.start, nxt.end, text[tok.start : nxt.end], joined, JOIN,
                                              JOIN_CONFIDENCE))
                            skip = True
                            first = False
                            continue
                    before = toks[i - 1].text if i and toks[i - 1].kind == WORD else None
                    if word in NAME_PARTICLES and before and after and before[:1].isupper() and after[:1].isupper():
                        first = False
                        continue  # inside a name: "Yaap de Hoop Sxeffer", "Leonardo da Vinçi"
                    choice = None
                    if stripped and word[:1].isupper() and not has_diacritics(word) \
                            and (own := evidence.spelt(word)) is not None:
                        # a name the text writes with its letters elsewhere: "Mehebbet Eliquliyevanin" in a
                        # paragraph typed without them, where the first one has "Məhəbbət Əliquliyeva"
                        choice = Choice(own, DIACRITICS, OWN_SPELLING_CONFIDENCE)
                    elif options_of(word, first, stripped and not has_diacritics(word))[0]:
                        choice = self.choose(word, first, stripped, evidence.counts, evidence.names, before, after)
                    quoted = i > 0 and toks[i - 1].text in "\"«“"
                    if choice is not None and choice.kind == DIACRITICS and not stripped and word[:1].isupper() \
                            and (quoted or before is not None and before[:1].isupper() and (is_first_name(_lower(
                                before)) or self._why(_lower(before)) not in (LEXICON, MORPHOLOGY))) \
                            and has_diacritics(word):
                        choice = None  # "Fəraz Qureyşi": a surname written with the alphabet's own letters was
                        # typed with them; "Qüreyşi" would be another spelling, not a lost letter
                        kept_names.add(word)
                    elif choice is not None and choice.kind == DIACRITICS and word in kept_names:
                        choice = None  # the same name again, alone: "Zirvəni açan Qureyşi"
                    if choice is not None and choice.kind != DIACRITICS and word[:1].isupper() and not first \
                            and after is not None and after[:1].isupper() and looks_like_a_surname(after):
                        choice = None  # "Bakıt Camanbayevə": a first name before a surname, not "Bakı"
                    if choice is not None and choice.kind != DIACRITICS and word[:1].isupper() \
                            and _place_ending_changed(word, choice.form):
                        choice = None  # "Bakı–Tbilisi–Qars", "Minskə", "Aktaua": a place's name with another
                        # ending is a well-formed word, and a changed case would change the meaning
                    if choice is not None:
                        edits.append(Edit(tok.start, tok.end, word, choice.form, choice.kind,
                                          round(choice.confidence, 4)))
                    elif (after is not None and may_agree
                          and (fixed := genitive_before_verb(word, after, headword, accepted)) is not None):
                        edits.append(Edit(tok.start, tok.end, word, fixed, AGREEMENT, AGREEMENT_CONFIDENCE))
                    elif (before is not None and may_agree
                          and (fixed := possessed_after_possessor(before, word, headword, accepted)) is not None):
                        edits.append(Edit(tok.start, tok.end, word, fixed, AGREEMENT, AGREEMENT_CONFIDENCE))
                    first = False
                elif tok.text not in "«“\"'(":
                    first = False
        reps = [Replacement(e.start, e.end, e.replacement, f"spelling: {e.reason}") for e in edits]
        corrected, cmap = apply_replacements(text, reps)
        return corrected, edits, cmap



class _DocumentWords:
    """The words of a text as evidence for its corrections, counted on first use: most texts have
    no word with a fix to weigh, and counting every token of each would cost more than the rest."""

    def __init__(self, sents) -> None:
        self._sents = sents

    @cached_property
    def counts(self) -> Counter:
        """How often each lower-case word occurs."""
        return Counter(_lower(t.text) for s in self._sents for t in s.tokens if t.kind == WORD)

    @cached_property
    def lettered(self) -> dict[str, str]:
        """Capitalised words written with Azerbaijani letters, by their folded lower case ("eliquliyeva"
        -> "Əliquliyeva"); a folded form two words share is left out (which one would it be?)."""
        out: dict[str, str] = {}
        for s in self._sents:
            for t in s.tokens:
                if t.kind == WORD and t.text[:1].isupper() and has_diacritics(t.text) and len(t.text) > 2:
                    key = fold_diacritics(_lower(t.text))
                    out[key] = t.text if out.get(key, t.text) == t.text else ""
        return {k: v for k, v in out.items() if v}

    def spelt(self, word: str) -> str | None:
        """``word``, typed without the letters, as the text writes it with them: the same word, or the
        same name with an ending whose vowels follow the name's ("Eliquliyevanin" -> "Əliquliyevanın")."""
        lettered = self.lettered
        if not lettered:
            return None
        key = fold_diacritics(_lower(word))
        own = lettered.get(key)
        if own is not None:
            return own if len(own) == len(word) else None
        for k in range(len(key) - 1, 3, -1):
            stem = lettered.get(key[:k])
            if stem is None:
                continue
            ending = harmonised(word[k:], stem)
            if ending is not None and is_suffix_chain(_lower(ending), _lower(stem)):
                return stem + ending
            return None
        return None

    @cached_property
    def names(self) -> Counter:
        """How often each capitalised word occurs inside a sentence (not opening it)."""
        return Counter(t.text for s in self._sents for t in s.tokens[1:] if t.kind == WORD and t.text[:1].isupper())


_FOLDED_LETTERS = frozenset(search_key(LOWER) + "-")  # what a form of letters and hyphens folds to


def _name_fixes(word: str, surname: bool) -> Callable[[str], bool]:
    """A test of lower-case forms passed by every form that may become a fix of the name ``word``
    in :meth:`Corrector._scored_one` (and by some others): a surname's only fixes are its own letters
    put right; another name's share its first two letters, or are a country's name with its
    consonants. Read off the folded form, which is the search key of the form in the word's case
    when it holds nothing but letters and hyphens; anything else passes."""
    key = search_key(word)
    head = key[:2]
    consonants = None

    def fits(form: str) -> bool:
        nonlocal consonants
        folded = fold_diacritics(form)
        if not _FOLDED_LETTERS.issuperset(folded):
            return True
        if surname:
            return folded == key
        if folded[:2] == head:
            return True
        if consonants is None:
            consonants = skeleton(word)
        return "".join(ch for ch in folded if ch not in "aeiouı") == consonants

    return fits


def _place_ending_changed(word: str, form: str) -> bool:
    """Whether ``form`` keeps the name of a place ``word`` begins with and only changes what follows it."""
    low, fixed = _lower(word), _lower(form)
    for k in range(len(low), 2, -1):
        if fixed.startswith(low[:k]) and place_name(low[:k]) and (k == len(low) or is_suffix_chain(low[k:])):
            return True  # (not "Qazaxistani", whose "istani" is no ending of "Qazax")
    return False


def _share_of_best(scores: dict[str, tuple[float, str]], keep: float) -> float:
    """The best option's share of all options, keeping the word among them (a softmax of scores)."""
    best = max(sc for sc, _ in scores.values())
    return 1.0 / (math.exp(keep - best) + sum(math.exp(sc - best) for sc, _ in scores.values()))


def _restoration_cost(word: str, form: str) -> float:
    """What giving ``word`` the diacritics of ``form`` costs: a word that lost its letters mostly
    lost all of them at once (one keyboard, one habit), so each letter restored after the first
    adds little; a letter that loses its mark or takes another costs as any slip of a diacritic."""
    restored = other = 0
    for a, b in zip(word, form):
        if a != b:
            if has_diacritics(b) and not has_diacritics(a):
                restored += 1
            else:
                other += 1
    cost = COST_DIACRITIC * other
    return cost + COST_RESTORED_FIRST + COST_RESTORED_MORE * (restored - 1) if restored else cost


def typed_without_diacritics(tokens, min_words: int = STRIPPED_MIN_WORDS) -> bool:
    """Whether at least ``min_words`` words stand in ``tokens`` and not one has an Azerbaijani letter."""
    n = 0
    for t in tokens:
        if t.kind == WORD and len(t.text) > 1:
            if has_diacritics(t.text):
                return False
            n += 1
    return n >= min_words


_default: Corrector | None = None


def default_corrector(threshold: float = DEFAULT_THRESHOLD, counts: Callable[[str], int] | None = None,
                      pairs: Callable[[str, str], int] | None = None) -> Corrector:
    """The corrector over the user's lexicon (built by setup) and its cached candidate index;
    ``counts`` and ``pairs`` as for :class:`Corrector` (a new corrector is made when one is given)."""
    global _default
    own = counts is not None or pairs is not None
    if _default is None or _default.threshold != threshold or own:
        from salname.correct.candidates import load_index, warm_tables

        if _default is not None:
            index = _default.index
        else:
            index = load_index()
            warm_tables()
            # loading made millions of objects: one full collection now, not in the middle of the
            # first texts (the collector's next full pass would come due there)
            gc.collect()
        corrector = Corrector(index.lexicon, index, threshold, counts, pairs)
        if own:
            return corrector
        _default = corrector
    return _default


def correct_text(text: str, threshold: float = DEFAULT_THRESHOLD) -> tuple[str, list[Edit]]:
    """Corrected text and its edits (spans in ``text``), with the default lexicon."""
    corrected, edits, _ = default_corrector(threshold).correct(text)
    return corrected, edits
