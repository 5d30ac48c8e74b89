"""Ingestion speed and memory: read + clean + store a synthetic corpus.

    .venv/bin/python bench/ingest.py --n 100000 --format jsonl
    .venv/bin/python bench/ingest.py --n 20000 --format txt
    .venv/bin/python bench/ingest.py --n 10000 --no-correct   # without spelling correction
    .venv/bin/python bench/ingest.py --n 5000 --reprints 0.1   # a tenth of the corpus reprints

Builds the corpus with bench/corpus.py (sentences of the demo articles recombined), ingests it into a
fresh archive with the same pipeline the CLI uses, and prints articles/s and resident memory sampled as
the corpus goes through (it should stay flat). Then how near-duplicates were linked: the corpus holds
altered reprints of earlier articles (``--reprints``, default 5%; their url names their source), so the
links the archive made are scored: precision (links between a reprint and its source), recall over all
reprints, and recall over those whose 5-gram Jaccard with the source reaches the threshold (what the
LSH index can miss), and how long the index of all signatures takes to load. Not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import build_corpus  # noqa: E402

from salname.archive import Archive, duplicates  # noqa: E402
from salname.pipeline import IngestOptions, ingest  # noqa: E402


def rss_mb(pid: int, field: str = "VmRSS:") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_rss_mb(field: str = "VmRSS:") -> float:
    """Resident memory of this process and its worker processes. field "RssAnon:" leaves out the
    archive file pages SQLite maps (mmap_size), which count as resident but are the kernel's cache."""
    me = os.getpid()
    total = rss_mb(me, field)
    for child in Path("/proc").iterdir():
        if child.name.isdigit():
            try:
                if f"PPid:\t{me}" in (child / "status").read_text():
                    total += rss_mb(int(child.name), field)
            except OSError:
                continue
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--no-correct", action="store_true", help="Without spelling correction.")
    ap.add_argument("--no-extract", action="store_true", help="Without entity extraction.")
    ap.add_argument("--reprints", type=float, default=0.05, help="Share of altered reprints in the corpus.")
    args = ap.parse_args()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="salname-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / ("corpus.jsonl" if args.format == "jsonl" else "corpus")
    t = time.perf_counter()
    if not corpus.exists():
        build_corpus(corpus, args.n, args.format, reprints=args.reprints)
    print(f"corpus: {args.n} articles ({args.reprints:.0%} reprints) as {args.format} in {time.perf_counter() - t:.1f} s ({corpus})")
    size = corpus.stat().st_size if corpus.is_file() else sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    db = work / "bench.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)

    samples: list[tuple[int, float]] = []
    done = 0
    next_sample = 0

    def tick(n: int) -> None:
        nonlocal done, next_sample
        done += n
        if done >= next_sample:
            samples.append((done, tree_rss_mb(), tree_rss_mb("RssAnon:")))
            next_sample += max(args.n // 10, 1)

    t0 = time.perf_counter()
    with Archive.open(db) as arc:
        options = IngestOptions(workers=args.workers, batch_size=args.batch_size, correct=not args.no_correct,
                                extract=not args.no_extract)
        summary = ingest([str(corpus)], arc, options, on_progress=tick)
    secs = time.perf_counter() - t0
    samples.append((done, tree_rss_mb(), tree_rss_mb("RssAnon:")))
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    print(f"input: {size / 1e6:.1f} MB; archive: {db.stat().st_size / 1e6:.1f} MB")
    print(f"read {summary.read}, new {summary.new}, duplicates {summary.duplicates}, rejected {summary.rejected}, "
          f"re-cleaned {summary.recleaned}; correction {summary.correction}: {summary.corrected} documents, "
          f"{summary.edits} edits")
    print(f"articles/s (read + clean + store): {summary.read / secs:,.0f}  ({secs:.1f} s, workers={args.workers or os.cpu_count()})")
    print(f"peak RSS: main {peak_self:.0f} MB, largest worker {peak_children:.0f} MB")
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"CPU: main process {own.ru_utime + own.ru_stime:.1f} s, workers {kids.ru_utime + kids.ru_stime:.1f} s "
          "(the main process, which stores, is the one that sets the pace; on a busy machine these are "
          "steadier than the wall time)")
    print("RSS of main + workers as the corpus went through (of which anonymous memory; the rest is the")
    print("archive file as mapped by SQLite, page cache the kernel can take back):")
    for n, mb, anon in samples:
        print(f"  {n:>8} docs  {mb:7.0f} MB  ({anon:.0f} MB anonymous)")
    near_duplicates(db)


def _source_key(url: str | None) -> str | None:
    """The article a corpus url stands for: ".../xeber/0-17" and ".../xeber/0-17/reprint-5" give "0-17"."""
    if not url or "/xeber/" not in url:
        return None
    return url.split("/xeber/", 1)[1].split("/reprint-", 1)[0]


def near_duplicates(db: Path) -> None:
    """How the archive linked the corpus's reprints (the truth is in their urls)."""
    with Archive.open(db, readonly=True) as arc:
        conn = arc.connection
        st = arc.stats()
        t = time.perf_counter()
        index = duplicates.load_index(conn)
        load = time.perf_counter() - t
        docs = {n: (url, text) for n, url, text in conn.execute(
            "SELECT n, url, coalesce(clean, raw) FROM documents")}
        root = {n: o for n, o in conn.execute("SELECT n, original FROM duplicates")}
    print(f"near-duplicates: {st['reprints']} documents linked as reprints of {st['duplicate_groups']} originals; "
          f"index of {index.size} signatures loaded in {load:.2f} s")
    by_key: dict[str, int] = {}
    for n, (url, _) in docs.items():
        if url and "/reprint-" not in url and _source_key(url):
            by_key[_source_key(url)] = n
    truth = [(n, by_key[_source_key(url)]) for n, (url, _) in docs.items()
             if url and "/reprint-" in url and _source_key(url) in by_key]
    if not truth:
        print("  (no reprints with a known source in this corpus: use the jsonl format and --reprints)")
        return
    same = lambda a, b: root.get(a, a) == root.get(b, b)  # noqa: E731
    correct = sum(1 for r, o in root.items() if _source_key(docs[r][0]) == _source_key(docs[o][0]))
    found = sum(1 for r, s in truth if same(r, s))
    eligible = [(r, s) for r, s in truth
                if duplicates.jaccard(duplicates.shingles(docs[r][1]), duplicates.shingles(docs[s][1]))
                >= duplicates.THRESHOLD]
    found_eligible = sum(1 for r, s in eligible if same(r, s))
    print(f"  precision {correct / max(1, len(root)):.3f} ({correct}/{len(root)} links join copies of one article)")
    print(f"  recall {found / len(truth):.3f} ({found}/{len(truth)} reprints linked to their source); "
          f"of the {len(eligible)} with Jaccard >= {duplicates.THRESHOLD}: {found_eligible / max(1, len(eligible)):.3f}")


if __name__ == "__main__":
    main()
