"""Candidate generation for the corrector: build time, memory, speed, and the ceiling it sets.

    .venv/bin/python bench/candidates.py [--no-cache]

On the user's lexicon (``Lexicon.load()``): the index's build time (and its load time from the
cache dir), the memory it holds (tracemalloc), lookups per second on the misspellings of
../shared/data/spell-pairs/dev.csv and on the word tokens of ../shared/data/azwiki/sentences.dev.txt
(cold: cache cleared, every word computed; warm: the same words again, from the cache), and the
share of spell-pairs rows whose correct word is among the candidates (recall@all) and among the
five cheapest (recall@5, by cost then trust): the ceiling a ranker over these candidates can
reach; per kind, which source proposed the correct word. The same recall for the one-word
corrections of ../shared/examples/001 (aligned with its hand correction), for the azwiki sentences
noised by bench/noise.py, and for their words with every diacritic stripped. Not part of the test run.
"""

from __future__ import annotations

import csv
import difflib
import gc
import re
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from salname.az.lexicon import Lexicon, default_path  # noqa: E402
from salname.correct.candidates import CandidateIndex, lexicon_fingerprint  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SENTENCES = SHARED / "azwiki" / "sentences.dev.txt"
SPELL = SHARED / "spell-pairs" / "dev.csv"
EXAMPLES = SHARED.parent / "examples"
WORD_RX = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def _rate(index: CandidateIndex, words: list[str], morphology: bool = True, clear: bool = True) -> float:
    """Words per second; the best of two runs (the first may still fill the grammar's tables)."""
    best = 0.0
    for _ in range(2):
        if clear:
            index.cache_clear()
        t = time.perf_counter()
        for w in words:
            index.candidates(w, morphology=morphology)
        best = max(best, len(words) / (time.perf_counter() - t))
    return best


def _speed(index: CandidateIndex, words: list[str], label: str) -> None:
    plain = _rate(index, words, morphology=False)
    cold = _rate(index, words)
    warm = _rate(index, words, clear=False)
    index.cache_clear()
    print(f"{label:<28} {len(words):>6} words  cold {cold:>7.0f}/s  "
          f"(no morphology {plain:>6.0f}/s)  warm {warm:>8.0f}/s")


def _example_recall(index: CandidateIndex) -> None:
    """Word-for-word corrections of 001 (aligned with its hand correction): are they candidates?"""
    wrong_files = [p for p in sorted(EXAMPLES.glob("001_*.txt")) if not p.name.endswith(".corrected.txt")]
    if not wrong_files:
        print(f"skipped 001: no example in {EXAMPLES}")
        return
    src = wrong_files[0]
    gold = src.with_name(src.name[: -len(".txt")] + ".corrected.txt")
    if not gold.exists():
        print(f"skipped 001: {gold} not found")
        return
    a = WORD_RX.findall(src.read_text(encoding="utf-8"))
    b = WORD_RX.findall(gold.read_text(encoding="utf-8"))
    pairs = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            pairs.extend(zip(a[i1:i2], b[j1:j2]))
    hit = hit5 = 0
    missed = []
    for wrong, right in pairs:
        forms = [c.form for c in index.candidates(wrong)]
        hit += right in forms
        hit5 += right in forms[:5]
        if right not in forms:
            missed.append(f"{wrong}->{right}")
    n = max(1, len(pairs))
    print(f"001: {len(pairs)} one-word corrections, recall@all {hit / n:.3f}, recall@5 {hit5 / n:.3f}")
    if missed:
        print("  not among the candidates: " + ", ".join(missed))


def _noise_recall(index: CandidateIndex, text: str) -> None:
    """The azwiki sentences noised by bench/noise.py (rate 0.08, seed 7), and stripped of every
    diacritic: is the original word among the candidates of each altered one-word token?"""
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from noise import SPLIT, JOIN, add_noise  # noqa: PLC0415
    except ImportError as e:
        print(f"skipped noise recall: bench/noise.py not usable ({e})")
        return
    from salname.az.alphabet import fold_diacritics

    _, done = add_noise(text, rate=0.08, seed=7)
    by_kind: dict[str, list[int]] = {}
    for nz in done:
        if nz.kind in (SPLIT, JOIN):
            continue
        forms = [c.form for c in index.candidates(nz.noisy)]
        r = by_kind.setdefault(nz.kind, [0, 0, 0, 0])
        r[0] += 1
        r[1] += nz.original in forms
        r[2] += nz.original in forms[:5]
        r[3] += bool(forms) and forms[0] == nz.original
    n = sum(r[0] for r in by_kind.values()) or 1
    tot = [sum(r[i] for r in by_kind.values()) for i in range(4)]
    print(f"noised azwiki: {tot[0]} one-word errors, recall@all {tot[1] / n:.3f}, recall@5 {tot[2] / n:.3f}, "
          f"cheapest is right {tot[3] / n:.3f}")
    for kind, r in sorted(by_kind.items(), key=lambda kv: -kv[1][0]):
        print(f"  {kind:<20} {r[0]:>4}  recall@all {r[1] / r[0]:.3f}  recall@5 {r[2] / r[0]:.3f}  "
              f"cheapest {r[3] / r[0]:.3f}")
    words = [w for w in dict.fromkeys(WORD_RX.findall(text)) if fold_diacritics(w) != w]
    hit = top = 0
    for w in words:
        forms = [c.form for c in index.candidates(fold_diacritics(w))]
        hit += w in forms
        top += bool(forms) and forms[0] == w
    n = len(words) or 1
    print(f"stripped azwiki: {len(words)} distinct words with diacritics, recall@all {hit / n:.3f}, "
          f"cheapest is right {top / n:.3f}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = default_path()
    try:
        lex = Lexicon.load(path)
    except Exception as e:  # noqa: BLE001 - a bench reports, it does not crash
        print(f"no lexicon: {e}; build it with python -m salname.az.lexicon build", file=sys.stderr)
        return 1
    print(f"lexicon {path}: {len(lex)} forms")

    gc.collect()
    tracemalloc.start()
    t = time.perf_counter()
    index = CandidateIndex.from_lexicon(lex)
    build = time.perf_counter() - t
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"build {build:.1f} s (under tracemalloc); index memory {current / 2**20:.0f} MB, peak {peak / 2**20:.0f} MB")
    t = time.perf_counter()
    CandidateIndex.from_lexicon(lex)
    print(f"build {time.perf_counter() - t:.1f} s (plain)")
    if "--no-cache" not in args:
        with tempfile.TemporaryDirectory() as tmp:
            fp = lexicon_fingerprint(path)
            CandidateIndex.from_lexicon(lex, cache_dir=Path(tmp), fingerprint=fp)
            t = time.perf_counter()
            CandidateIndex.from_lexicon(lex, cache_dir=Path(tmp), fingerprint=fp)
            print(f"load from the disk cache {time.perf_counter() - t:.1f} s")

    # warm the grammar's tables (built once per process) before timing
    for w in ("formalasdırılıb", "işğalindan", "kitablarimiz", "gəlmişdilər", "yazilmişdir", "evlərdə"):
        index.candidates(w)
    if SPELL.exists():
        with open(SPELL, encoding="utf-8", newline="") as fh:
            rows = [(r["misspelled"], r["correct"], r.get("operation", "")) for r in csv.DictReader(fh)]
        _speed(index, [m for m, _, _ in rows], "spell-pairs misspellings")
        hit_all = hit5 = 0
        only: Counter = Counter()
        miss_by_op: Counter = Counter()
        total_by_op: Counter = Counter()
        sizes = []
        for wrong, right, op in rows:
            cands = index.candidates(wrong)
            sizes.append(len(cands))
            forms = [c.form for c in cands]
            total_by_op[op] += 1
            if right in forms:
                hit_all += 1
                hit5 += right in forms[:5]
                only[cands[forms.index(right)].kind] += 1
            else:
                miss_by_op[op] += 1
        n = len(rows)
        print(f"spell-pairs: {n} rows, recall@all {hit_all / n:.3f}, recall@5 {hit5 / n:.3f}, "
              f"candidates per word {sum(sizes) / n:.1f}")
        print("  correct word found as: " + ", ".join(f"{k} {v}" for k, v in only.most_common()))
        print("  misses by operation: " + ", ".join(f"{op} {miss_by_op[op]}/{total_by_op[op]}" for op in total_by_op))
    else:
        print(f"skipped spell-pairs: {SPELL} not found")
    _example_recall(index)
    if SENTENCES.exists():
        text = SENTENCES.read_text(encoding="utf-8")
        _noise_recall(index, text)
        words = WORD_RX.findall(text)
        _speed(index, words, "azwiki word tokens")
        uniq = list(dict.fromkeys(words))
        _speed(index, uniq, "azwiki distinct words")
    else:
        print(f"skipped azwiki: {SENTENCES} not found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
