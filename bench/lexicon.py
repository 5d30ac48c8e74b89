"""Lexicon: build time, forms per source, loaded memory, load time, coverage and false accepts.

    .venv/bin/python bench/lexicon.py

Builds the lexicon from this machine's sources into a temporary file (floors: build < 60 s,
loaded memory <= 200 MB), then measures with the lexicon alone (no morphology): the share of
word tokens of ../shared/data/azwiki/sentences.dev.txt it contains, and the share of the
misspellings in column 1 of ../shared/data/spell-pairs/dev.csv it wrongly accepts (plain
membership, and membership with trust >= the spell checker's default threshold). Not part of the
test run. The build includes the morphology pass that sets the EXPLAINED/STEM/ISOLATED flags.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from salname.az import lexicon_sources as src  # noqa: E402
from salname.az.lexicon import Lexicon, build_lexicon, word_tokens  # noqa: E402
from salname.az.spelling import DEFAULT_THRESHOLD  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SENTENCES = SHARED / "azwiki" / "sentences.dev.txt"
SPELL = SHARED / "spell-pairs" / "dev.csv"
BUILD_FLOOR_S = 60.0
MEMORY_FLOOR_MB = 200.0
TRUST_BAR = DEFAULT_THRESHOLD


def main() -> int:
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "lexicon.tsv.gz"
        s = src.find_sources()
        t = time.perf_counter()
        build_lexicon(out, sources=s, keep_counts=False)
        build_s = time.perf_counter() - t
        size_kb = out.stat().st_size / 1024
        tracemalloc.start()
        t = time.perf_counter()
        lex = Lexicon.load(out)
        load_s = time.perf_counter() - t
        mem_mb, peak_mb = (x / 1e6 for x in tracemalloc.get_traced_memory())
        tracemalloc.stop()
        t = time.perf_counter()
        lex = Lexicon.load(out)
        load_plain_s = time.perf_counter() - t
    ok &= build_s < BUILD_FLOOR_S and peak_mb <= MEMORY_FLOOR_MB
    print(f"missing sources: {s.missing or 'none'}")
    print(f"build: {build_s:.2f} s (floor < {BUILD_FLOOR_S:.0f} s); file {size_kb:.0f} KB")
    print(f"load: {load_plain_s:.3f} s; memory {mem_mb:.1f} MB, peak while loading {peak_mb:.1f} MB (floor <= {MEMORY_FLOOR_MB:.0f} MB)")
    print(f"forms: {len(lex)}; per source / flag: {lex.stats()}")
    if SENTENCES.exists():
        toks = [w for line in SENTENCES.read_text(encoding="utf-8").splitlines() for w in word_tokens(line)]
        known = sum(w in lex for w in toks)
        trusted = sum(lex.trust(w) >= TRUST_BAR for w in toks)
        types = set(toks)
        print(
            f"coverage of {SENTENCES.name}: {known / len(toks):.1%} of {len(toks)} tokens "
            f"({trusted / len(toks):.1%} with trust >= {TRUST_BAR}); "
            f"{sum(w in lex for w in types) / len(types):.1%} of {len(types)} types"
        )
    else:
        print(f"skipped coverage: {SENTENCES} absent")
    if SPELL.exists():
        with SPELL.open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh)]
        # rows whose "misspelling" equals the correction are not misspellings
        pairs = [(r["misspelled"].strip(), r["correct"].strip()) for r in rows if r.get("misspelled")]
        bad = [m for m, c in pairs if m != c]
        good = [c for m, c in pairs if m != c]
        acc = sum(w in lex for w in bad)
        acc_t = sum(lex.trust(w) >= TRUST_BAR for w in bad)
        print(
            f"misspellings wrongly accepted: {acc / len(bad):.1%} of {len(bad)} "
            f"({acc_t / len(bad):.1%} with trust >= {TRUST_BAR}); "
            f"their corrections known: {sum(w in lex for w in good) / len(good):.1%}"
        )
    else:
        print(f"skipped misspellings: {SPELL} absent")
    print("build-time and memory floors met (coverage floors are measured with morphology in bench/coverage.py)" if ok else "BUILD-TIME OR MEMORY FLOOR NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
