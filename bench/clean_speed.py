"""Speed of the clean stage alone: milliseconds per article, one process.

Times what the pipeline does for each document, ``candidate_lines(doc.raw)`` then
``clean_document(doc, keys)``, on the synthetic corpus of bench/corpus.py and on the demo
articles. The first pass is what a fresh worker sees (nothing remembered yet); the best of the
later passes shows what recurring lines save. With ``--baseline`` the same is timed on another
checkout, in a subprocess, for a before/after; each figure is the best of a few fresh processes,
as a shared machine is noisy. Prints figures; asserts nothing.

    python bench/clean_speed.py [--corpus corpus.jsonl | --n 5000] [--baseline ../old-checkout]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEYS = frozenset({"0" * 16})  # a non-empty outlet key set, so the outlet-line look-up runs too


def _load_docs(paths: list[Path]) -> list:
    from salname.document import Document
    from salname.readers import ReaderOptions, read_source

    docs = []
    for path in paths:
        docs += [d for d in read_source(str(path), ReaderOptions()) if isinstance(d, Document)]
    return docs


def _time(docs: list, passes: int) -> tuple[float, float]:
    """(first pass, best later pass) in ms per article."""
    from salname.clean import clean_document
    from salname.clean.repeated import candidate_lines

    times = []
    for _ in range(passes):
        for doc in docs:  # as read: no clean layer, no header found yet
            doc.clean, doc.clean_map, doc.clean_changes = None, None, []
        start = time.perf_counter()
        for doc in docs:
            doc.meta["line_keys"] = candidate_lines(doc.raw)
            clean_document(doc, KEYS)
        times.append((time.perf_counter() - start) / max(len(docs), 1) * 1e3)
    return times[0], min(times[1:]) if len(times) > 1 else times[0]


def measure(corpus: Path, passes: int) -> dict[str, list[float]]:
    """ms/article of the corpus and of the demo articles (the demo ones repeated, to time enough)."""
    from salname.demo import demo_paths

    out = {}
    docs = _load_docs([corpus])
    out["corpus"] = [len(docs), sum(len(d.raw) for d in docs) / max(len(docs), 1), *_time(docs, passes)]
    demo = _load_docs(list(demo_paths()))
    out["demo articles"] = [len(demo), sum(len(d.raw) for d in demo) / max(len(demo), 1), *_time(demo * 200, passes)]
    return out


def _build_corpus(n: int, folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_corpus(folder / "corpus.jsonl", n, "jsonl")


def _run_elsewhere(root: Path, corpus: Path, passes: int) -> dict[str, list[float]]:
    """measure() with the salname package of another checkout, in a fresh interpreter."""
    code = (
        f"import sys, json; sys.path.insert(0, {str(root)!r}); sys.path.insert(1, {str(ROOT / 'bench')!r}); "
        f"import clean_speed; print(json.dumps(clean_speed.measure(__import__('pathlib').Path({str(corpus)!r}), {passes})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="a corpus file bench/corpus.py made (default: make one)")
    ap.add_argument("--n", type=int, default=5000, help="articles in the corpus made here (default 5000)")
    ap.add_argument("--passes", type=int, default=3, help="passes over the documents (default 3)")
    ap.add_argument("--baseline", type=Path, help="another checkout to time the same way, for a before/after")
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes per checkout; the best is shown (default 3)")
    args = ap.parse_args()
    checkouts = {"this checkout": ROOT}
    if args.baseline:
        checkouts = {"baseline": args.baseline.resolve(), **checkouts}
    rows: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or _build_corpus(args.n, Path(tmp))
        for _ in range(max(args.repeat, 1)):  # interleaved, so a busy moment hits both alike
            for who, root in checkouts.items():
                figures = _run_elsewhere(root, corpus, args.passes)
                best = rows.setdefault(who, figures)
                for name, values in figures.items():
                    best[name] = [*values[:2], min(best[name][2], values[2]), min(best[name][3], values[3])]
    print(f"{'':15s} {'texts':24s} {'articles':>8s} {'chars':>6s} {'1st pass':>10s} {'later':>10s}")
    for who, figures in rows.items():
        for name, (count, chars, first, later) in figures.items():
            print(f"{who:15s} {name:24s} {count:8d} {chars:6.0f} {first:7.3f} ms {later:7.3f} ms")
    if args.baseline:
        for name in rows["baseline"]:
            before, after = rows["baseline"][name][2], rows["this checkout"][name][2]
            print(f"{name}: first pass {before / after:.1f}x faster than the baseline")


if __name__ == "__main__":
    main()
