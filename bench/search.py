"""Search quality: recall@10 and MRR of Salnamə's search against plain FTS5 (unicode61).

    .venv/bin/python bench/search.py

Ingests the bundled demo articles into a temporary archive, runs every query of
bench/data/search_queries.json through (a) the archive's own search and (b) a plain SQLite FTS5 table
with the default unicode61 tokenizer over the same clean texts (each query word must match, as a user
of plain FTS5 would type it), and prints the figures per kind of query. Not part of the test run.

With --latency ARCHIVE it times every query (best of three) on an existing, large archive instead,
e.g. DIR/bench.sqlite that `bench/ingest.py --workdir DIR` leaves behind.

Twelve articles make ranking too easy, so when ../shared is present the run is repeated with
distractors: the azwiki dev sentences cut into documents of ten sentences (encyclopaedic text that
shares much vocabulary with the news but none of the judged topics).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from salname.archive import Archive  # noqa: E402
from salname.demo import demo_paths  # noqa: E402
from salname.pipeline import IngestOptions, ingest  # noqa: E402

QUERIES = Path(__file__).resolve().parent / "data" / "search_queries.json"
SHARED = Path(__file__).resolve().parents[2] / "shared"
K = 10
DISTRACTOR_SENTENCES = 10


def doc_name(source: str) -> str:
    return Path(source).name


def plain_fts(docs: list[tuple[str, str, str]]) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE f USING fts5(name UNINDEXED, title, body)")
    con.executemany("INSERT INTO f (name, title, body) VALUES (?, ?, ?)", docs)
    return con


def plain_search(con: sqlite3.Connection, query: str) -> list[str]:
    words = re.findall(r"\w+", query)
    if not words:
        return []
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = con.execute("SELECT name FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT ?", (match, K)).fetchall()
    return [r[0] for r in rows]


def scores(ranked: list[str], relevant: set[str]) -> tuple[float, float]:
    if not relevant:
        return 1.0, 1.0
    found = [n for n in ranked[:K] if n in relevant]
    recall = len(found) / len(relevant)
    rr = next((1.0 / (i + 1) for i, n in enumerate(ranked[:K]) if n in relevant), 0.0)
    return recall, rr


def distractor_file(shared: Path, folder: Path) -> Path | None:
    """The azwiki dev sentences as a JSONL file of documents, or None without ../shared."""
    wiki = shared / "data" / "azwiki" / "sentences.dev.txt"
    if not wiki.exists():
        return None
    lines = [x.strip() for x in wiki.read_text(encoding="utf-8").splitlines() if x.strip()]
    out = folder / "distractors.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for k in range(0, len(lines), DISTRACTOR_SENTENCES):
            part = lines[k : k + DISTRACTOR_SENTENCES]
            fh.write(json.dumps({"title": part[0][:60], "text": " ".join(part)}, ensure_ascii=False) + "\n")
    return out


def evaluate(queries: list[dict], inputs: list[str], folder: Path) -> tuple[int, dict]:
    db = folder / f"a{len(inputs)}.sqlite"
    with Archive.open(db) as arc:
        ingest(inputs, arc, IngestOptions(workers=1))
        docs = [(doc_name(d.source), d.title or "", d.clean or "") for d in arc.iter_documents()]
        con = plain_fts(docs)
        table: dict[str, dict[str, list[tuple[float, float]]]] = defaultdict(lambda: defaultdict(list))
        for q in queries:
            relevant = set(q["relevant"])
            ours = [doc_name(h.source) for h in arc.search(q["q"], limit=K).hits]
            base = plain_search(con, q["q"])
            for system, ranked in (("salname", ours), ("plain FTS5", base)):
                s = scores(ranked, relevant)
                table[system][q["kind"]].append(s)
                table[system]["all"].append(s)
    return len(docs), table


def report(title: str, table: dict) -> None:
    kinds = ["plain", "nodiac", "inflected", "all"]
    print(title)
    print(f"{'system':<12}" + "".join(f"{k:>22}" for k in kinds))
    for system, by_kind in table.items():
        cells = []
        for k in kinds:
            vals = by_kind.get(k, [])
            if vals:
                r = sum(v[0] for v in vals) / len(vals)
                m = sum(v[1] for v in vals) / len(vals)
                cells.append(f"{r:.3f} / {m:.3f} (n={len(vals)})")
            else:
                cells.append("-")
        print(f"{system:<12}" + "".join(f"{c:>22}" for c in cells))


def latency(queries: list[dict], path: Path) -> None:
    with Archive.open(path, readonly=True) as arc:
        times, firsts, totals, capped = [], [], [], 0
        for q in queries:
            best = float("inf")
            for k in range(3):
                t0 = time.perf_counter()
                page = arc.search(q["q"], limit=K)
                best = min(best, time.perf_counter() - t0)
                if k == 0:
                    firsts.append((time.perf_counter() - t0) * 1000)
            times.append(best * 1000)
            totals.append(page.total)
            capped += bool(getattr(page, "total_is_lower_bound", False))
        n = len(arc)
    times.sort()
    firsts.sort()
    print(f"{len(queries)} queries on {n:,} documents ({path}): first page of {K} with snippets")
    print(f"  median {statistics.median(times):.1f} ms, p90 {times[int(0.9 * len(times)) - 1]:.1f} ms, "
          f"max {times[-1]:.1f} ms (best of three); median matches {statistics.median(totals):,.0f}"
          + (f" ({capped} queries counted only up to that many)" if capped else ""))
    print(f"  first time asked: median {statistics.median(firsts):.1f} ms, "
          f"p90 {firsts[int(0.9 * len(firsts)) - 1]:.1f} ms, max {firsts[-1]:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--latency", type=Path, default=None, metavar="ARCHIVE")
    args = ap.parse_args()
    queries = json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]
    if args.latency:
        latency(queries, args.latency)
        return
    demo = [str(p) for p in demo_paths()]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n, table = evaluate(queries, demo, folder)
        report(f"{len(queries)} queries over {n} demo articles; recall@{K} / MRR", table)
        extra = distractor_file(args.shared, folder)
        if extra is not None:
            n, table = evaluate(queries, demo + [str(extra)], folder)
            report(f"\nthe same with azwiki distractors ({n} documents in all)", table)


if __name__ == "__main__":
    main()
