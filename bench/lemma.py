"""Lemma accuracy on UD-TuECL (NOUN, VERB, ADJ, PROPN) and analyzer speed on azwiki dev sentences.

Run: .venv/bin/python bench/lemma.py [--shared PATH]
Reads ../shared at run time only. The hunspell-az word list there stands in for the lexicon
(salname/az/lexicon.py) so the "known" column shows what a lexicon buys. "salname lexicon" takes
every form of trust >= 0.3 as a stem; "salname headwords" takes only dictionary forms
(``Lexicon.is_headword``: nltkaz headwords and verb infinitives), which is what the lemmatizer should use.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from salname.az import morphology  # noqa: E402
from salname.az.alphabet import az_lower  # noqa: E402

POS = ("NOUN", "VERB", "ADJ", "PROPN")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def read_conllu(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4 or not cols[0].isdigit():
            continue
        if cols[3] in POS:
            rows.append((cols[1], cols[2], cols[3]))
    return rows


def hunspell_known(path: Path):
    words: set[str] = set()
    if not path.exists():
        return None
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        w = line.split("/", 1)[0].strip()
        if w:
            words.add(w)
            words.add(az_lower(w))
    return words.__contains__


class _Known:
    """Membership in salname's own lexicon (hashable, so morphology can cache analyses)."""

    def __init__(self, lex, bar: float = 0.3):
        self.lex, self.bar = lex, bar

    def __call__(self, form: str) -> bool:
        return self.lex.trust(form) >= self.bar

    def __hash__(self) -> int:
        return id(self.lex)


def salname_lexicon():
    """The lexicon the setup command built, or None when it is not there."""
    from salname.az.lexicon import Lexicon, default_path

    path = default_path()
    return Lexicon.load(path) if path.exists() else None


def accuracy(rows, known, use_pos: bool) -> tuple[dict[str, tuple[int, int]], Counter]:
    per: dict[str, list[int]] = {p: [0, 0] for p in POS}
    errors: Counter = Counter()
    for form, gold, pos in rows:
        got = morphology.lemmatize(form, known, pos if use_pos else None)
        ok = got == gold or (pos != "PROPN" and az_lower(got) == az_lower(gold))
        per[pos][0] += ok
        per[pos][1] += 1
        if not ok:
            errors[(form, gold, got, pos)] += 1
    return {p: (c, n) for p, (c, n) in per.items()}, errors


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--errors", type=int, default=25, help="how many of the commonest errors to list")
    args = ap.parse_args()
    data = args.shared / "data"
    ud = data / "ud-tuecl" / "az_tuecl-ud-test.conllu"
    if not ud.exists():
        sys.exit(f"{ud}: not found (the UD-TuECL test file is needed)")
    rows = read_conllu(ud)
    known = hunspell_known(data / "hunspell-az" / "az.dic")
    lex = salname_lexicon()
    ours = _Known(lex) if lex is not None else None
    heads = lex.is_headword if lex is not None else None  # a bound method: hashable, so analyses cache
    for label, kn, use_pos in (
        ("no lexicon", None, False),
        ("no lexicon + UPOS hint", None, True),
        ("hunspell lexicon", known, False),
        ("hunspell lexicon + UPOS hint", known, True),
        ("salname lexicon", ours, False),
        ("salname lexicon + UPOS hint", ours, True),
        ("salname headwords", heads, False),
        ("salname headwords + UPOS hint", heads, True),
    ):
        if "lexicon" in label and not label.startswith("no") and kn is None:
            continue
        per, errors = accuracy(rows, kn, use_pos)
        c = sum(v[0] for v in per.values())
        n = sum(v[1] for v in per.values())
        parts = "  ".join(f"{p} {per[p][0] / max(per[p][1], 1):.3f} ({per[p][1]})" for p in POS)
        print(f"{label:30s} all {c / n:.3f} ({n})  {parts}")
        if use_pos:
            print("  commonest errors (form gold got pos):")
            for (form, gold, got, pos), k in errors.most_common(args.errors):
                print(f"    {k:2d}  {form:18s} {gold:14s} {got:14s} {pos}")

    wiki = data / "azwiki" / "sentences.dev.txt"
    if wiki.exists():
        tokens = WORD.findall(wiki.read_text(encoding="utf-8"))
        morphology._analyze_cached.cache_clear()
        morphology._lemma_cached.cache_clear()
        t0 = time.perf_counter()
        for w in tokens:
            morphology.analyze(w)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in range(5):
            for w in tokens:
                morphology.analyze(w)
        warm = (time.perf_counter() - t0) / 5
        print(f"speed on {len(tokens)} azwiki tokens ({len(set(tokens))} types): "
              f"first pass {len(tokens) / cold:,.0f} tok/s, cached {len(tokens) / warm:,.0f} tok/s")


if __name__ == "__main__":
    main()
