"""The corrector's fast paths give what the plain paths give (issue 4, speed): they only skip work."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from rapidfuzz.distance import OSA

from salname.az.alphabet import LOWER, az_capitalize, az_lower, az_upper, fold_diacritics, is_acronym
from salname.az.lexicon import NLTK, TESS, Lexicon
from salname.az.spelling import NAME, NUMBER, SYMBOL, UNKNOWN, WordChecker, _foreign, _inflected_base
from salname.az.text import search_key
from salname.correct.candidates import CandidateIndex, edit_cost, restore_case
from salname.correct.corrector import Corrector, _name_fixes

WORDS = [
    "kitab", "kitablar", "kitabı", "kitabda", "məktəb", "məktəbdə", "qazaxıstan", "qazaxıstana", "qazaxıstanın",
    "danışıb", "danış", "qələbə", "qələbəsi", "iclas", "iclası", "rəsmi", "səfər", "səfəri", "görüş", "görüşüb",
    "və", "bu", "gün", "ilə", "deputat", "deputatlar", "ifadə", "edib", "et", "yanına", "yan", "əliyev",
    "kanada", "qanad", "bakı", "bakıda", "şəhər", "şəhərinə",
]


@pytest.fixture(scope="module")
def corrector() -> Corrector:
    lex = Lexicon()
    lex.add_words(WORDS, NLTK)
    lex.add_words(WORDS, TESS)
    lex._flag()
    return Corrector(lex, CandidateIndex.from_lexicon(lex))


def _restore_case_by_letters(word: str, form: str) -> str:
    """restore_case as first written: every case decision made from the word for each form."""
    letters = [ch for ch in word if ch.isalpha()]
    if not letters or not any(ch.isupper() for ch in letters):
        return form
    if len(word) == len(form):
        return "".join(az_upper(f) if w.isupper() else f for w, f in zip(word, form))
    if len(letters) > 1 and is_acronym(word):
        return az_upper(form)
    if not letters[0].isupper():
        return form
    return az_capitalize(form) if form[:1].isalpha() else form


def test_restore_case_reads_the_case_pattern_as_before() -> None:
    rng = random.Random(3)
    letters = LOWER + LOWER.upper() + "İI-'’1"
    for _ in range(5000):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 8)))
        form = "".join(rng.choice(LOWER + "-'") for _ in range(rng.randint(0, 9)))
        assert restore_case(word, form) == _restore_case_by_letters(word, form), (word, form)
    assert restore_case("ABS-in", "abş-ın") == "ABŞ-ın"
    assert restore_case("Qazaxistana", "qazaxıstana") == "Qazaxıstana"
    assert restore_case("İCLAS", "iclası") == "İCLASI"


def test_edit_cost_is_the_same_given_the_distance() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        a = "".join(rng.choice("aəbcdiı") for _ in range(rng.randint(1, 7)))
        b = list(a)
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(len(b) + 1)
            op = rng.random()
            if op < 0.3 and i < len(b):
                b[i] = rng.choice("aəbcdiı")
            elif op < 0.6:
                b.insert(i, rng.choice("aəbcdiı"))
            elif op < 0.8 and i < len(b):
                del b[i]
            elif i + 1 < len(b):
                b[i], b[i + 1] = b[i + 1], b[i]
        other = "".join(b)
        assert edit_cost(a, other, OSA.distance(a, other)) == edit_cost(a, other), (a, other)


def test_keep_only_leaves_out_the_forms_it_refuses(corrector: Corrector) -> None:
    index = corrector.index
    for word in ("kitablari", "Kitablari", "qazaxistana", "Qazaxistanin", "mektebde", "iclasi"):
        for keep in (lambda f: f.startswith("k"), lambda f: "ı" in f, lambda f: True):
            everything = index.candidates(word)
            kept = index.candidates(word, keep=keep)
            assert kept == [c for c in everything if keep(az_lower(c.form))]
        assert index.candidates(word, 1, False, lambda f: False) == []


def test_a_name_keeps_every_fix_it_may_take(corrector: Corrector) -> None:
    # _name_fixes must pass every candidate _scored_one keeps for a name, or a fix would be lost
    for word in ("Qazaxistana", "Qazaxistanin", "Qazaxistənən", "Yanina", "Kanadda", "Baki", "Bakida",
                 "Əliyeva", "Eliyev", "Şeherine", "Iclasi", "Qelebe"):
        for surname in (False, True):
            fits = _name_fixes(word, surname)
            everything = corrector.index.candidates(word)
            assert corrector._scored(word, True, everything, surname=surname) == corrector._scored(
                word, True, [c for c in everything if fits(az_lower(c.form))], surname=surname)


def test_one_edit_forms_are_the_two_edit_searchs_within_one(corrector: Corrector) -> None:
    # the near pass of a long word reads its one-edit forms off the two-edit search (see _kinds)
    index = corrector.index
    rng = random.Random(7)
    forms = sorted(corrector.lexicon.forms())
    for _ in range(3000):
        w = list(rng.choice(forms))
        for _ in range(rng.randint(0, 2)):
            i = rng.randrange(len(w) + 1)
            op = rng.random()
            if op < 0.4 and i < len(w):
                w[i] = rng.choice(LOWER)
            elif op < 0.7:
                w.insert(i, rng.choice(LOWER))
            elif i < len(w):
                del w[i]
        word = "".join(w)
        assert index._near_forms(word, 1) == index._expand(k for k, d in index._matches(word, 2) if d <= 1), word
    assert index._near_forms("kitabalr", 1) == ("kitablar",) and "kitablar" in index._near_forms("kitabalrr", 2)


def test_folded_letters_are_the_search_key_of_any_case() -> None:
    # what _name_fixes reads off the lower-case form is what _scored_one reads off the form in the word's case
    for ch in LOWER + "-":
        for cased in (ch, az_upper(ch), az_capitalize(ch)):
            assert search_key(cased) == fold_diacritics(ch)


def _near_known_by_loop(checker: WordChecker, low: str) -> bool:
    lex = checker.lexicon
    for i in range(len(low) + 1):
        head, tail = low[:i], low[i:]
        cands = [head + tail[1:]] if tail else []
        if len(tail) > 1:
            cands.append(head + tail[1] + tail[0] + tail[2:])
        for ch in LOWER:
            cands.append(head + ch + tail)
            if tail:
                cands.append(head + ch + tail[1:])
        if any(c != low and c in lex and lex.trust(c) >= checker.threshold for c in cands):
            return True
    return False


def test_near_known_finds_the_same_neighbours(corrector: Corrector) -> None:
    checker = corrector.checker
    for low in ("kitabb", "ktab", "iktab", "kitab", "məktəbə", "qələbə", "zzzz", "bakı", "bak", "yanian", "əliyeva"):
        assert checker._near_known(low) == _near_known_by_loop(checker, low), low


def test_the_checkers_quick_answers(corrector: Corrector) -> None:
    why = corrector.checker.why
    assert why("29-da") == NUMBER and why("DC-10") == NUMBER and why("2024") == NUMBER
    assert why("—") == SYMBOL and why("kitab") != UNKNOWN
    assert why("Safronov") == NAME and why("ktiab") == UNKNOWN
    assert _inflected_base("Azərbaycanʼın") == ("Azərbaycan", "ın")  # U+02BC is a letter to Unicode
    assert _inflected_base("Kitablarda") == ("Kitablarda", "")
    assert _foreign("природне") and not _foreign("Bakı") and not _foreign("onunw")


def test_a_cold_start_corrects_as_a_warm_one(corrector: Corrector) -> None:
    text = "Bu gün deputatlar kitablari və məktəbde iclasi danişib. Deputat Qazaxistana rəsmi səfər edib."
    warm = corrector.correct(text)
    corrector.cache_clear(everything=True)
    cold = corrector.correct(text)
    assert cold[0] == warm[0] == "Bu gün deputatlar kitabları və məktəbdə iclası danışıb. Deputat Qazaxıstana rəsmi səfər edib."
    assert [e.as_dict() for e in cold[1]] == [e.as_dict() for e in warm[1]]


def test_the_news_speed_row_times_both_passes() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        import correct as bench
    finally:
        sys.path.pop(0)
    texts = bench.load_news()
    assert len(texts) == 50 and all(texts)

    class Echo:
        name = "echo"

        def __init__(self) -> None:
            self.resets = 0

        def reset(self) -> None:
            self.resets += 1

        def correct(self, text: str) -> str:
            return text

    echo = Echo()
    first, warm = bench.news_speed(echo, texts[:3])
    assert first > 0 and warm > 0 and echo.resets == bench.REPEATS
