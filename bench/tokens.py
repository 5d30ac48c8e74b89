"""Speed of the Azerbaijani tokenizer, sentence splitter and analyzer: tokens per second, one core.

Runs on the azwiki dev sentences (../shared/data/azwiki/sentences.dev.txt, when present)
and on the demo articles. Each figure is the best of a few passes. "tokenize + analyze"
runs the morphological analyzer on every word token: the first pass starts from an empty
analysis cache (every word type analysed once), later passes find the analyses cached, which
is the steady state on a news stream where most tokens repeat. Prints; asserts nothing.

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

from salname.az import morphology  # noqa: E402
from salname.az.sentences import split_sentences  # noqa: E402
from salname.az.tokenize import WORD, tokenize  # noqa: E402

SHARED = ROOT.parent / "shared"
KNOWN = None


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


def tokenize_and_analyze(text: str, known=None) -> int:
    n = 0
    for t in tokenize(text):
        if t.kind == WORD:
            morphology.analyze(t.text, known)
        n += 1
    return n


def _analysis_caches_clear() -> None:
    for name in ("_analyze_cached", "_analyze_known_cached", "_lemma_cached"):
        fn = getattr(morphology, name, None)
        if fn is not None and hasattr(fn, "cache_clear"):
            fn.cache_clear()


def _known():
    """The lexicon's acceptance test, when a lexicon is built (hashable, so analyses are cached)."""
    try:
        from salname.az.lexicon import Lexicon

        lex = Lexicon.load()
    except Exception:
        return None

    def known(form: str) -> bool:
        return lex.trust(form) >= 0.3

    return known


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    global KNOWN
    KNOWN = _known()
    for name, texts in _texts().items():
        n_tokens = sum(len(tokenize(t)) for t in texts)
        n_chars = sum(len(t) for t in texts)
        t_tok = _best(tokenize, texts, args.passes)
        t_sent = _best(split_sentences, texts, args.passes)
        print(f"{name}: {len(texts)} texts, {n_chars:,} chars, {n_tokens:,} tokens")
        print(f"  tokenize          {n_tokens / t_tok:>12,.0f} tokens/s  ({t_tok * 1e3:.1f} ms)")
        print(f"  split_sentences   {n_tokens / t_sent:>12,.0f} tokens/s  ({t_sent * 1e3:.1f} ms)")
        for label, known in (("no lexicon", None), ("with lexicon", KNOWN)):
            if label == "with lexicon" and known is None:
                continue
            _analysis_caches_clear()
            t0 = time.perf_counter()
            for t in texts:
                tokenize_and_analyze(t, known)
            cold = time.perf_counter() - t0
            warm = _best(lambda t: tokenize_and_analyze(t, known), texts, args.passes)
            print(f"  tokenize + analyze, {label:<12} first pass {n_tokens / cold:>10,.0f} tokens/s;"
                  f" cached {n_tokens / warm:>10,.0f} tokens/s")


if __name__ == "__main__":
    main()
