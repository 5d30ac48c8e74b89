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

from salname.az import morphology  # noqa: E402
from salname.az.alphabet import az_lower  # noqa: E402
from salname.az.lexicon import Lexicon, LexiconError  # noqa: E402
from salname.az.tokenize import PUNCT, tokenize  # noqa: E402

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.65)
COVERAGE_FLOOR = 0.97
FALSE_ACCEPT_CEILING = 0.05
VERB_TRUST = 0.35
CLOSED_CLASSES = frozenset({"PRON", "PART", "ADP", "CCONJ", "SCONJ"})  # listed in the grammar, so always words
SENTENCE_END = frozenset(".!?…")


def running_words(lines: list[str]) -> list[tuple[str, bool]]:
    """(word, sentence-initial) for every word token, one sentence per line."""
    out = []
    for line in lines:
        initial = True
        for t in tokenize(line):
            if t.kind == "word":
                if any(ch.isalpha() for ch in t.text):
                    out.append((t.text, initial))
                initial = False
            elif t.kind == PUNCT and t.text in SENTENCE_END:
                initial = True
    return out


def read_misspellings(path: Path) -> list[str]:
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            bad, good = (row.get("misspelled") or "").strip(), (row.get("correct") or "").strip()
            if bad and bad != good:
                rows.append(bad)
    return rows


class Acceptor:
    """Decides whether a token is a word form the lexicon + morphology vouch for."""

    def __init__(self, lex: Lexicon, threshold: float) -> None:
        self.lex = lex
        self.threshold = threshold
        # a plain function is hashable, so morphology caches analyses per (word, known)
        self.known = lambda w: lex.trust(w) >= threshold
        self.reason: Counter = Counter()

    def __call__(self, word: str, initial: bool) -> bool:
        low = az_lower(word)
        if self.known(low):
            self.reason["lexicon"] += 1
            return True
        proper = word[:1].isupper() and not initial
        analyses = morphology.analyze(word if proper else low, self.known)
        for a in analyses:
            if a.pos in CLOSED_CLASSES:
                self.reason["morphology"] += 1
                return True
            if not a.suffixes or len(a.stem) < 2:
                continue
            if a.pos == "VERB":
                # a verb root is vouched for by its infinitive, not by a homographic short form
                if self._verb_known(a.lemma):
                    self.reason["morphology"] += 1
                    return True
            elif self.known(a.lemma) or self.known(a.stem):
                self.reason["name" if proper else "morphology"] += 1
                return True
        return False

    def _verb_known(self, root: str) -> bool:
        try:
            inf = morphology.generate(root, ["INF"])
        except ValueError:
            return False
        # infinitives are mostly tesseract-only, so a lower bar than for other forms
        return self.lex.trust(inf) >= min(self.threshold, VERB_TRUST)


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
        lex = Lexicon.load(args.lexicon)
    except (LexiconError, FileNotFoundError) as e:
        sys.exit(f"cannot load the lexicon: {e} (build it with: python -m salname.az.lexicon)")
    words = running_words(wiki.read_text(encoding="utf-8").splitlines())
    bad = read_misspellings(spell)
    print(f"lexicon {len(lex):,} forms; {len(words):,} azwiki dev word tokens; {len(bad)} misspellings")
    print(f"floor: coverage >= {COVERAGE_FLOOR}; ceiling: misspellings accepted <= {FALSE_ACCEPT_CEILING}")
    print(f"{'trust>=':>8s} {'coverage':>9s} {'false acc':>9s}  words via lexicon/morphology/name;"
          " misspellings via lexicon/morphology")
    results = {}
    for t in THRESHOLDS:
        acc = Acceptor(lex, t)
        missed = Counter(w for w, ini in words if not acc(w, ini))
        via = dict(acc.reason)
        acc.reason.clear()
        wrongly = Counter(b for b in bad if acc(b, True))
        fvia = dict(acc.reason)
        cov = 1 - sum(missed.values()) / max(len(words), 1)
        fa = sum(wrongly.values()) / max(len(bad), 1)
        ok = "ok" if cov >= COVERAGE_FLOOR and fa <= FALSE_ACCEPT_CEILING else "--"
        print(f"{t:8.2f} {cov:9.4f} {fa:9.4f}  {via.get('lexicon', 0)}/{via.get('morphology', 0)}"
              f"/{via.get('name', 0)};  {fvia.get('lexicon', 0)}/{fvia.get('morphology', 0)}  {ok}")
        results[t] = (missed, wrongly)
    best = max(THRESHOLDS, key=lambda t: -sum(results[t][0].values()) - 10 * sum(results[t][1].values()))
    missed, wrongly = results[best]
    print(f"\nat trust >= {best}: commonest unaccepted tokens")
    print("  " + ", ".join(f"{w} {n}" for w, n in missed.most_common(args.top)))
    print(f"at trust >= {best}: commonest wrongly accepted misspellings")
    print("  " + ", ".join(f"{w} {n}" for w, n in wrongly.most_common(args.top)))


if __name__ == "__main__":
    main()
