"""Load on the web app: 20 concurrent clients over search and article pages of a large archive.

    .venv/bin/python bench/web.py                          # 100,000 synthetic articles (built once)
    .venv/bin/python bench/web.py --n 5000 --seconds 20
    .venv/bin/python bench/web.py --archive DIR/bench.sqlite  # an archive bench/ingest.py left behind

Builds the archive from bench/corpus.py's synthetic articles in --workdir (kept, so the next run
reuses it), starts `salname serve` on a free loopback port in its own process, and runs --clients
threads, each with its own keep-alive connection, for --seconds. Each request is a search page
(the 42 queries of bench/data/search_queries.json: words as written, without diacritics, inflected;
three in four asking for page 2, an outlet or a date range), a rare search (an article's registration
number, alone or with a common word), or an article page (a random stored document); the API's search
and document endpoints are timed too, in a smaller share (MIX). Prints p50/p95/max latency per kind,
and the CPU the clients themselves took (they share the cores with the server: 3-7% of one core at
80-220 requests/s); the floor is p95 <= 150 ms for the pages. --no-cache measures new questions only (every answer
computed afresh); with the cache (the default) the warm-up has asked most searches once already, as
paging and going back would. Not part of the test run.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import build_corpus  # noqa: E402

from salname.archive import Archive  # noqa: E402

QUERIES = ROOT / "bench" / "data" / "search_queries.json"
FLOOR_MS = 150.0
# kind -> share of requests. "search page" asks the query set, whose words the synthetic articles share
# (each query matches 18-80% of them); "rare search" asks for words that only a few articles hold (each
# synthetic article carries a registration number of its own), as most questions to real news are.
MIX = {"search page": 0.3, "rare search page": 0.1, "article page": 0.4, "api search": 0.1, "api document": 0.1}


def build_archive(workdir: Path, n: int, correct: bool, workers: int) -> Path:
    """An archive of n synthetic articles in workdir, built once and then reused."""
    from salname.pipeline import IngestOptions, ingest

    db = workdir / "web.sqlite"
    done = workdir / "web.sqlite.done"
    if db.exists() and done.exists():
        return db
    workdir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    corpus = workdir / "corpus.jsonl"
    t = time.perf_counter()
    if not corpus.exists():
        build_corpus(corpus, n, "jsonl")
    print(f"corpus: {n:,} articles in {time.perf_counter() - t:.1f} s", flush=True)
    t = time.perf_counter()
    with Archive.open(db) as arc:
        summary = ingest([str(corpus)], arc, IngestOptions(workers=workers, correct=correct, learn=False))
        arc.optimize_index()
    print(f"ingest: {summary.new:,} documents in {time.perf_counter() - t:.0f} s "
          f"(correction {summary.correction}, {summary.edits:,} edits)", flush=True)
    done.write_text(str(n))
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int, cache: bool, threads: int | None = None) -> subprocess.Popen:
    env = dict(os.environ, SALNAME_WEB_CACHE="1" if cache else "0")
    proc = subprocess.Popen([sys.executable, "-m", "salname.cli", "serve", "--archive", str(db), "--port", str(port),
                             "--workers", str(workers)] + (["--threads", str(threads)] if threads else []),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server stopped: {proc.stderr.read().decode(errors='replace')}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/stats")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start within 60 s")


def requests_for(db: Path, rng: random.Random) -> dict[str, list[str]]:
    """URLs per kind: searches of the query set (some paged, some filtered), articles at random."""
    queries = [q["q"] for q in json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]]
    with Archive.open(db, readonly=True) as arc:
        total = len(arc)
        ids = [r[0] for r in arc.connection.execute(
            "SELECT id FROM documents WHERE n IN (SELECT abs(random()) % ? + 1 FROM generate_series(1, 2000))",
            (max(1, total),))] if _has_series(arc) else [
            r[0] for r in arc.connection.execute("SELECT id FROM documents ORDER BY random() LIMIT 2000")]
        outlets = [r[0] for r in arc.connection.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")]
    searches = []
    for q in queries:
        searches.append(urlencode({"q": q}))
        searches.append(urlencode({"q": q, "page": 2}))
        searches.append(urlencode({"q": q, "outlet": rng.choice(outlets)} if outlets else {"q": q}))
        searches.append(urlencode({"q": q, "from": "2024-01", "to": "2024-12"}))
    rare = [urlencode({"q": f"{i:07d}"}) for i in rng.sample(range(total), min(total, 2000))]
    rare += [urlencode({"q": f"{i:07d} {rng.choice(['qafarova', 'bakı', 'enerji', 'parlament'])}"})
             for i in rng.sample(range(total), min(total, 2000))]
    return {
        "search page": [f"/?{s}" for s in searches],
        "rare search page": [f"/?{s}" for s in rare],
        "article page": [f"/documents/{quote(i)}" for i in ids],
        "api search": [f"/api/search?{s}" for s in searches],
        "api document": [f"/api/documents/{quote(i)}" for i in ids],
    }


def _has_series(arc: Archive) -> bool:
    try:
        arc.connection.execute("SELECT * FROM generate_series(1, 1)").fetchall()
        return True
    except Exception:
        return False


def run_load(port: int, urls: dict[str, list[str]], clients: int, seconds: float, seed: int
             ) -> tuple[dict[str, list[float]], dict[str, int], float]:
    kinds = list(MIX)
    weights = [MIX[k] for k in kinds]
    times: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine: dict[str, list[float]] = defaultdict(list)
        bad: dict[str, int] = defaultdict(int)
        start.wait()
        while time.perf_counter() < stop_at[0]:
            kind = rng.choices(kinds, weights)[0]
            url = rng.choice(urls[kind])
            t = time.perf_counter()
            try:
                conn.request("GET", url)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                ok = False
            dt = (time.perf_counter() - t) * 1000
            if ok:
                mine[kind].append(dt)
            else:
                bad[kind] += 1
        conn.close()
        with lock:
            for kind, v in mine.items():
                times[kind].extend(v)
            for kind, v in bad.items():
                errors[kind] += v

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for th in threads:
        th.start()
    t0 = time.perf_counter()
    stop_at[0] = t0 + seconds
    start.wait()
    for th in threads:
        th.join()
    return times, errors, time.perf_counter() - t0


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="synthetic articles (default 100,000)")
    ap.add_argument("--archive", type=Path, default=None, help="use this archive instead of building one")
    ap.add_argument("--workdir", type=Path, default=None, help="where the built archive is kept")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30.0, help="length of the timed run")
    ap.add_argument("--warmup", type=float, default=5.0, help="seconds of load before timing")
    ap.add_argument("--correct", action="store_true", help="correct spelling while building (slow at 100k)")
    ap.add_argument("--workers", type=int, default=0, help="ingest workers when building")
    ap.add_argument("--server-workers", type=int, default=1, help="processes of `salname serve --workers`")
    ap.add_argument("--server-threads", type=int, default=None,
                    help="requests at once per process, `salname serve --threads` (default: serve's)")
    ap.add_argument("--no-cache", action="store_true",
                    help="compute every answer afresh (SALNAME_WEB_CACHE=0): the cost of new questions")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    if args.archive is not None:
        db = args.archive
        if not db.exists():
            raise SystemExit(f"{db}: no archive there")
    else:
        workdir = args.workdir or Path(f"/tmp/salname-web-bench-{args.n}")
        db = build_archive(workdir, args.n, args.correct, args.workers)
    Archive.open(db).close()  # an archive of an older schema is migrated here: the app reads it read-only
    rng = random.Random(args.seed)
    urls = requests_for(db, rng)
    with Archive.open(db, readonly=True) as arc:
        print(f"archive: {db} ({len(arc):,} documents, {db.stat().st_size / 1e6:,.0f} MB)")
    port = free_port()
    proc = start_server(db, port, args.server_workers, not args.no_cache, args.server_threads)
    try:
        if args.warmup > 0:
            run_load(port, urls, args.clients, args.warmup, args.seed + 1)
        cpu = time.process_time()
        times, errors, secs = run_load(port, urls, args.clients, args.seconds, args.seed)
        cpu = time.process_time() - cpu  # what the clients themselves took, on the same cores
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    done = sum(len(v) for v in times.values())
    print(f"server: {args.server_workers} process(es), {args.server_threads or 'default'} request thread(s) each, "
          f"answer cache {'off' if args.no_cache else 'on'}")
    print(f"{args.clients} clients for {secs:.1f} s on {os.cpu_count()} cores: {done:,} requests "
          f"({done / secs:,.0f}/s), {sum(errors.values())} errors; the clients took {cpu:.1f} s of CPU "
          f"({cpu / secs:.0%} of one core), load average {os.getloadavg()[0]:.2f}")
    print(f"{'kind':<17} {'requests':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    worst = 0.0
    for kind in MIX:
        v = times.get(kind, [])
        p95 = pct(v, 95)
        if not kind.startswith("api"):  # the floor is for the pages
            worst = max(worst, p95)
        print(f"{kind:<17} {len(v):>9,} {statistics.median(v) if v else float('nan'):>8.1f} {p95:>8.1f} "
              f"{max(v) if v else float('nan'):>8.1f}" + (f"  ({errors[kind]} errors)" if errors.get(kind) else ""))
    print(f"floor p95 <= {FLOOR_MS:.0f} ms for the pages: {'met' if worst <= FLOOR_MS else 'NOT met'} "
          f"(worst page p95 {worst:.1f} ms)")


if __name__ == "__main__":
    main()
