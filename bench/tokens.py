"""Speed of the Azerbaijani tokenizer and sentence splitter: tokens per second, one core.

Runs on the azwiki dev sentences (../shared/data/azwiki/sentences.dev.txt, when present)
and on the demo articles. Each figure is the best of a few passes. Prints; asserts nothing.

    python bench/tokens.py [--passes 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from salname.az.sentences import split_sentences  # noqa: E402
from salname.az.tokenize import tokenize  # noqa: E402

SHARED = ROOT.parent / "shared"


def _texts() -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    dev = SHARED / "data" / "azwiki" / "sentences.dev.txt"
    if dev.is_file():
        sets["azwiki dev sentences"] = [ln for ln in dev.read_text(encoding="utf-8").splitlines() if ln.strip()]
    from salname.demo import demo_paths

    demo = [p.read_text(encoding="utf-8", errors="replace") for p in demo_paths() if p.suffix in (".txt", ".md")]
    if demo:
        sets["demo articles"] = demo
    return sets


def _best(fn, texts: list[str], passes: int) -> float:
    best = float("inf")
    for _ in range(passes):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    for name, texts in _texts().items():
        n_tokens = sum(len(tokenize(t)) for t in texts)
        n_chars = sum(len(t) for t in texts)
        t_tok = _best(tokenize, texts, args.passes)
        t_sent = _best(split_sentences, texts, args.passes)
        print(f"{name}: {len(texts)} texts, {n_chars:,} chars, {n_tokens:,} tokens")
        print(f"  tokenize          {n_tokens / t_tok:>12,.0f} tokens/s  ({t_tok * 1e3:.1f} ms)")
        print(f"  split_sentences   {n_tokens / t_sent:>12,.0f} tokens/s  ({t_sent * 1e3:.1f} ms)")


if __name__ == "__main__":
    main()
