"""The correction benchmark's metrics and noise generator (bench/correct.py, bench/noise.py) on small
synthetic cases: a wrong metric would make every figure in docs/benchmarks.md meaningless."""

from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bc = _load("bench_correct", "correct.py")
nz = _load("bench_noise", "noise.py")


def test_word_tokens_leave_out_punctuation_and_numbers():
    assert bc.word_tokens("Bakı, 29-da 5 nəfər “gəldi”.") == ["Bakı", "nəfər", "gəldi"]


def test_substitution_fixed_and_right_words_kept():
    s = bc.score_tokens(["a", "b", "c"], ["a", "x", "c"], ["a", "b", "c"])
    assert (s.wrong, s.right, s.fixed, s.harmed) == (1, 2, 1, 0)
    assert s.fix == 1.0 and s.harm == 0.0 and s.accuracy == 1.0


def test_wrong_correction_is_not_a_fix_and_harm_is_counted():
    s = bc.score_tokens(["a", "b", "c", "d"], ["a", "x", "c", "d"], ["a", "y", "c", "e"])
    assert (s.wrong, s.right, s.fixed, s.harmed, s.correct) == (1, 3, 0, 1, 2)
    assert s.fix == 0.0 and s.harm == pytest.approx(1 / 3)


def test_untouched_output_scores_no_fix_no_harm():
    s = bc.score_tokens(["a", "b", "c"], ["a", "x", "c"], ["a", "x", "c"])
    assert (s.fix, s.harm) == (0.0, 0.0)


def test_split_word_is_one_wrong_gold_word():
    gold = ["bütövlüyünü", "bərpa", "edib"]
    noisy = ["bütövlüyü", "nü", "bərpa", "edib"]
    assert bc.score_tokens(gold, noisy, noisy).wrong == 1
    s = bc.score_tokens(gold, noisy, gold)
    assert (s.wrong, s.fixed, s.harmed) == (1, 1, 0)


def test_joined_words_are_two_wrong_gold_words():
    gold = ["təbriklərini", "çatdırıb", "O"]
    noisy = ["təbriklərinıçatdırıb", "O"]
    s = bc.score_tokens(gold, noisy, ["təbriklərini", "çatdırıb", "O"])
    assert (s.wrong, s.fixed) == (2, 2)
    half = bc.score_tokens(gold, noisy, ["təbriklərinı", "çatdırıb", "O"])
    assert (half.wrong, half.fixed, half.harmed) == (2, 1, 0)


def test_wrongly_joining_right_words_harms_both():
    s = bc.score_tokens(["a", "b", "c"], ["a", "b", "c"], ["ab", "c"])
    assert (s.wrong, s.right, s.harmed) == (0, 3, 2)
    assert s.fix == 0.0  # nothing to fix: no division by zero


def test_frequent_words_are_not_junked_in_long_texts():
    # difflib's autojunk would drop "və" (over 1% of 300+ tokens) and misalign
    gold = [w for i in range(200) for w in ("və", f"söz{i}")]
    noisy = list(gold)
    noisy[101] = "sozz"
    out = list(gold)
    s = bc.score_tokens(gold, noisy, out)
    assert (s.wrong, s.fixed, s.harmed, s.right) == (1, 1, 0, len(gold) - 1)


def test_texts_scored_line_by_line_and_summed():
    gold = "Bir iki üç.\nDörd beş.\n"
    noisy = "Bir iki uç.\nDörd bes.\n"
    out = "Bir iki üç.\nDörd bez.\n"
    s = bc.score_texts(gold, noisy, out)
    assert (s.total, s.wrong, s.fixed, s.harmed) == (5, 2, 1, 0)
    assert s == bc.score_tokens(["Bir", "iki", "üç"], ["Bir", "iki", "uç"], ["Bir", "iki", "üç"]) + bc.score_tokens(
        ["Dörd", "beş"], ["Dörd", "bes"], ["Dörd", "bez"]
    )


def test_texts_with_different_line_counts_aligned_as_a_whole():
    gold = "Qazaxıstana rəsmi səfər\n"
    noisy = "Qaza-\n\nxistana rəsmi səfər\n"
    s = bc.score_texts(gold, noisy, "Qazaxıstana rəsmi səfər\n")
    assert (s.total, s.wrong, s.fixed, s.harmed) == (3, 1, 1, 0)


def test_pair_accuracy_ignores_surrounding_space_only():
    pairs = [("moilli", "milli"), ("oyunlare", "oyunlara"), ("əvcihə", "vəcihə")]
    fixes = {"moilli": "milli\n", "oyunlare": "Oyunlara"}
    assert bc.pair_accuracy(pairs, lambda w: fixes.get(w, w)) == pytest.approx(1 / 3)
    assert bc.pair_accuracy([], lambda w: w) == 0.0


def test_recase_follows_the_word():
    assert bc.recase("Qəlebə", "qələbə") == "Qələbə"
    assert bc.recase("AZERTAC", "azərtac") == "AZƏRTAC"
    assert bc.recase("isler", "işlər") == "işlər"
    assert bc.recase("İSLER", "işlər") == "İŞLƏR"


@dataclass
class _Edit:
    start: int
    end: int
    original: str
    replacement: str


def test_salname_edits_are_checked_against_its_output():
    good = bc.SalnameSystem(lambda t: (t.replace("Qəlebə", "Qələbə"), [_Edit(3, 9, "Qəlebə", "Qələbə")]))
    assert good.correct("Bu Qəlebə") == "Bu Qələbə" and good.bad_edits == 0
    bad = bc.SalnameSystem(lambda t: (t.replace("Qəlebə", "Qələbə"), [_Edit(0, 2, "Bu", "O")]))
    bad.correct("Bu Qəlebə")
    assert bad.bad_edits == 1


TEXT = (
    "Milli Məclisin sədri sentyabrın 29-da Qazaxıstan Parlamenti Senatının sədri ilə görüşüb. "
    "AZERTAC xəbər verir ki, ölkələrimiz arasında münasibətlərin güclü hüquqi bazası formalaşdırılıb. "
    "Ətraflı məlumat https://azertag.az/xeber saytındadır, 2024-cü ildə 5 nəfər iştirak edib.\n"
) * 20


def test_noise_is_seeded_and_changes_only_what_it_records():
    noisy, done = nz.add_noise(TEXT, rate=0.2, seed=3)
    assert (noisy, done) == nz.add_noise(TEXT, rate=0.2, seed=3)
    assert noisy != nz.add_noise(TEXT, rate=0.2, seed=4)[0]
    assert done and all(d.original != d.noisy for d in done)
    rebuilt, pos = [], 0
    for d in done:
        assert TEXT[d.start : d.end] == d.original and d.start >= pos
        rebuilt += [TEXT[pos : d.start], d.noisy]
        pos = d.end
    assert "".join(rebuilt) + TEXT[pos:] == noisy


def test_noise_leaves_numbers_urls_and_acronyms_alone():
    noisy, done = nz.add_noise(TEXT, rate=0.5, seed=1)
    for kept in ("29-da", "https://azertag.az/xeber", "2024-cü", " 5 ", "AZERTAC"):
        assert noisy.count(kept) == TEXT.count(kept)
    assert all(d.original.replace(" ", "").isalpha() for d in done)


def test_noise_rate_is_about_the_share_of_words():
    text = " ".join(["Azərbaycanın", "ərazi", "bütövlüyünü", "bərpa", "etdi", "və", "qalib", "gəldi."] * 300)
    _, done = nz.add_noise(text, rate=0.08, seed=11)
    assert 0.05 < len(done) / 2400 < 0.11
    assert len({d.kind for d in done}) >= 8  # the whole mix, not one kind of error


@pytest.mark.parametrize(
    "kind, word, check",
    [
        (nz.LOST_ALL, "Qələbə", lambda w: w == "Qelebe"),
        (nz.LOST_ONE, "danışıb", lambda w: w in ("danişıb", "danısıb", "danışib")),
        (nz.WRONG_DIACRITIC, "ifadə", lambda w: w in ("ıfadə", "ifade", "ifədə")),
        (nz.DELETION, "iclası", lambda w: len(w) == 5),
        (nz.DOUBLING, "rolunu", lambda w: len(w) == 7),
        (nz.TRANSPOSITION, "önəmini", lambda w: sorted(w) == sorted("önəmini") and w != "önəmini"),
        (nz.SPLIT, "bütövlüyünü", lambda w: w.replace(" ", "").replace("-", "") == "bütövlüyünü" and w != "bütövlüyünü"),
    ],
)
def test_each_kind_of_noise_does_what_it_says(kind, word, check):
    rng = random.Random(5)
    for _ in range(20):
        assert check(nz.EDITS[kind](word, rng))


def test_turkish_spellings_and_keyboard_neighbours():
    rng = random.Random(2)
    seen = {nz.turkish("münasibətilə", rng) for _ in range(40)}
    assert "münasibətiyle" in seen
    assert nz.turkish("bu", rng) is None
    assert set(nz.NEIGHBOURS["a"]) == set("qüsz")
    for _ in range(20):
        w = nz.keyboard("qalib", rng)
        diff = [(a, b) for a, b in zip("qalib", w) if a != b]
        assert len(diff) == 1 and diff[0][1] in nz.NEIGHBOURS[diff[0][0]]


def test_strip_diacritics_drops_every_one():
    assert nz.strip_diacritics("Qazaxıstan İLHAM Əliyev şəhər çöl güc dağ") == "Qazaxistan ILHAM Eliyev seher col guc dag"


def test_fix_by_kind_counts_the_gold_words_each_noise_broke():
    gold = "Bir iki üç.\nDörd beş altı.\n"
    noisy = "Bir iki uç.\nDördbeş altı.\n"
    records = [nz.Noise(8, 10, "üç", "uç", nz.LOST_ONE), nz.Noise(12, 21, "Dörd beş", "Dördbeş", nz.JOIN)]
    assert bc.fix_by_kind(gold, noisy, gold, records) == {nz.LOST_ONE: (1, 1), nz.JOIN: (2, 2)}
    partly = "Bir iki üç.\nDördbeş altı.\n"
    assert bc.fix_by_kind(gold, noisy, partly, records) == {nz.LOST_ONE: (1, 1), nz.JOIN: (2, 0)}
    text = TEXT * 3
    noisy, done = nz.add_noise(text, rate=0.2, seed=9)
    kinds = bc.fix_by_kind(text, noisy, text, done)
    assert kinds and all(w == f for w, f in kinds.values())
    assert sum(w for w, _ in kinds.values()) == bc.score_texts(text, noisy, noisy).wrong


def test_replaced_by_names_what_stands_in_each_unmatched_gold_word():
    gold = ["Qələbə", "münasibətilə", "təbriklərini", "çatdırıb"]
    other = ["Qələbə", "münasibətiylə", "təbriklərini", "çatdırıb"]
    assert bc.replaced_by(gold, other) == {1: "münasibətiylə"}
    assert bc.replaced_by(gold, ["Qələbə", "münasibətilə", "təbriklərininçatdırıb"]) == {
        2: "təbriklərininçatdırıb",
        3: "təbriklərininçatdırıb",
    }
