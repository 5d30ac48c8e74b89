"""Lexicon + morphology coverage: real words accepted vs. misspellings wrongly accepted.

Run: .venv/bin/python bench/coverage.py [--shared PATH] [--lexicon PATH] [--top N]
A spell checker or a search expander built on the lexicon is only useful when it accepts
nearly every word of running text (floor 0.97 on azwiki dev) while rejecting most
misspellings (ceiling 0.05 on spell-pairs dev). Reads ../shared at run time only.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from salname.az.lexicon import Lexicon, LexiconError, ensure_lexicon  # noqa: E402
from salname.az.sentences import sentences  # noqa: E402
from salname.az.spelling import UNKNOWN, WordChecker  # noqa: E402
from salname.az.tokenize import WORD  # noqa: E402

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65)
COVERAGE_FLOOR = 0.97
FALSE_ACCEPT_CEILING = 0.05
REASONS = ("lexicon", "morphology", "name", "acronym", "unit", "number", "symbol", "foreign", "compound")
REAL_WORD_FREQ = 1000  # a "misspelling" this frequent in the symspell-az news list is a real word


def running_words(lines: list[str]) -> list[tuple[str, bool]]:
    """(word, sentence-initial) for every word token, one text per line, split by the sentence splitter
    (so the capital after an initial, "H. Quliyev", is not taken for a sentence start)."""
    out = []
    for line in lines:
        for s in sentences(line):
            initial = True
            for t in s.tokens:
                if t.kind == WORD and any(ch.isalpha() for ch in t.text):
                    out.append((t.text, initial))
                if t.text[:1].isalnum():
                    initial = False
    return out


def read_misspellings(path: Path) -> list[str]:
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            bad, good = (row.get("misspelled") or "").strip(), (row.get("correct") or "").strip()
            if bad and bad != good:
                rows.append(bad)
    return rows


def real_words(data: Path, bad: list[str]) -> list[str]:
    """The misspellings that are real words by the reference lists in ../shared (hunspell-az
    headwords, symspell-az news frequencies): no word checker can reject those."""
    known: set[str] = set()
    dic = data / "hunspell-az" / "az.dic"
    if dic.exists():
        known.update(line.split("/")[0].strip() for line in dic.read_text(encoding="utf-8").splitlines()[1:])
    freq = data / "symspell-az" / "frequency_dictionary_az_80k.txt"
    if freq.exists():
        for line in freq.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) >= REAL_WORD_FREQ:
                known.add(parts[0])
    return [b for b in bad if b in known]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--lexicon", type=Path, default=None, help="lexicon file (default: the data dir)")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    data = args.shared / "data"
    wiki = data / "azwiki" / "sentences.dev.txt"
    spell = data / "spell-pairs" / "dev.csv"
    for p in (wiki, spell):
        if not p.exists():
            sys.exit(f"{p}: not found")
    try:
        # the data-dir lexicon is rebuilt first if its sources or the morphology changed
        path = args.lexicon or ensure_lexicon(progress=lambda msg: print(f"  (lexicon) {msg}"))
        lex = Lexicon.load(path)
    except (LexiconError, FileNotFoundError) as e:
        sys.exit(f"cannot load the lexicon: {e} (build it with: python -m salname.az.lexicon)")
    words = running_words(wiki.read_text(encoding="utf-8").splitlines())
    bad = read_misspellings(spell)
    print(f"lexicon {len(lex):,} forms; {len(words):,} azwiki dev word tokens; {len(bad)} misspellings")
    print(f"floor: coverage >= {COVERAGE_FLOOR}; ceiling: misspellings accepted <= {FALSE_ACCEPT_CEILING}")
    real = real_words(data, bad)
    print(f"{len(real)} of the misspellings are real words (hunspell-az headwords, or symspell-az frequency >= "
          f"{REAL_WORD_FREQ}): a false-accept rate below {len(real) / max(len(bad), 1):.4f} is out of a word checker's reach")
    print(f"{'trust>=':>8s} {'coverage':>9s} {'false acc':>9s}  reasons for words / for accepted misspellings")
    results = {}
    for t in THRESHOLDS:
        check = WordChecker(lex, t)
        via: Counter = Counter()
        missed: Counter = Counter()
        for w, ini in words:
            r = check.why(w, ini)
            via[r] += 1
            if r == UNKNOWN:
                missed[w] += 1
        fvia: Counter = Counter()
        wrongly: Counter = Counter()
        for b in bad:
            r = check.why(b, True)
            if r != UNKNOWN:
                fvia[r] += 1
                wrongly[b] += 1
        cov = 1 - sum(missed.values()) / max(len(words), 1)
        fa = sum(wrongly.values()) / max(len(bad), 1)
        ok = "ok" if cov >= COVERAGE_FLOOR and fa <= FALSE_ACCEPT_CEILING else "--"
        reasons = " ".join(f"{r[:4]}={via[r]}" for r in REASONS if via[r])
        freasons = " ".join(f"{r[:4]}={fvia[r]}" for r in REASONS if fvia[r])
        print(f"{t:8.2f} {cov:9.4f} {fa:9.4f}  {reasons} / {freasons}  {ok}")
        results[t] = (missed, wrongly)
    best = max(THRESHOLDS, key=lambda t: -sum(results[t][0].values()) - 10 * sum(results[t][1].values()))
    missed, wrongly = results[best]
    check = WordChecker(lex, best)
    print(f"\nat trust >= {best}: commonest unaccepted tokens")
    print("  " + ", ".join(f"{w} {n}" for w, n in missed.most_common(args.top)))
    print(f"at trust >= {best}: wrongly accepted misspellings (reason)")
    print("  " + ", ".join(f"{w} ({check.why(w, True)})" for w, _ in wrongly.most_common(args.top)))


if __name__ == "__main__":
    main()
