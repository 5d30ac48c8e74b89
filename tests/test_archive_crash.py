"""A run killed with SIGKILL at any moment, then run again, must end in the same archive as a clean run."""

import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from salname.archive import Archive

REPO = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent(
    """
    import random, sys, time
    from salname.archive import Archive
    from salname.archive import sqlite as archive_sqlite
    from salname.document import Document, Rejected

    path, mode = sys.argv[1], sys.argv[2]
    words = "xəbər Bakı hava iclas büdcə parlament dünya idman qələbə şəhər külək yağış nazir səfər".split()

    def batches():
        rng = random.Random(42)
        made = []
        for b in range(5):
            docs = []
            for i in range(30):
                body = " ".join(rng.choice(words) for _ in range(rng.randint(20, 80)))
                raw = f"Başlıq {b}-{i}\\n\\n{body}\\n"
                d = Document(raw=raw, source=f"in/{b}/{i}.txt", outlet=rng.choice(["a.az", "b.az", None]),
                             date=f"2024-0{1 + b}-1{i % 10}", title=f"Başlıq {b}-{i}",
                             meta={"line_keys": rng.sample(words, 3)})
                d.clean = raw.strip()
                docs.append(d)
            for old in made[-3:]:  # the same content again, from a mirror
                copy = Document(raw=old.raw, source="mirror/" + old.source, outlet=old.outlet,
                                meta={"line_keys": ["mirror"]})
                copy.clean = old.clean
                docs.append(copy)
            made = docs[:30]
            rejected = [Rejected(f"in/{b}/bad.bin", "binary file"), Rejected("in/always.bin", "empty")]
            yield docs, rejected

    with Archive.open(path) as archive:
        run = archive.start_run("test", [path])
        for n, (docs, rejected) in enumerate(batches()):
            if mode == "inside" and n == 2:
                real = archive_sqlite.Archive._insert_rejected
                def hang(self, conn, rows):
                    real(self, conn, rows)
                    print("inside", flush=True)
                    time.sleep(60)
                archive_sqlite.Archive._insert_rejected = hang
            archive.add_batch(docs, rejected, run_id=run)
            print(f"done {n}", flush=True)
            if mode == "between" and n == 1:
                time.sleep(60)
            if mode == "slow":
                time.sleep(0.03)
        archive.finish_run(run, {"batches": 5})
    print("finished", flush=True)
    """
)

QUERIES = ["xəbər", "Bakı hava", "büdcə", "Başlıq", "parlament nazir", "dünya", "səfər"]


def start(script: Path, path: Path, mode: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen(
        [sys.executable, str(script), str(path), mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )


def wait_for(proc: subprocess.Popen, token: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    buf = b""
    while token.encode() not in buf:
        left = deadline - time.monotonic()
        assert left > 0, f"child never printed {token!r}: {buf!r}"
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                raise AssertionError(f"child ended before {token!r}: {buf!r} {proc.stderr.read()!r}")
            buf += chunk


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()
    proc.stderr.close()


def run_to_end(script: Path, path: Path) -> None:
    proc = start(script, path, "full")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert b"finished" in out


def snapshot(path: Path) -> dict:
    """What the archive holds, without timestamps, run ids and rowids."""
    with Archive.open(path) as a:
        conn = a.connection
        assert a.check_index()
        docs = conn.execute(
            "SELECT id, source, format, outlet, date, title, url, raw_chars, clean_chars, meta, "
            "clean_changes, clean_map, clean, raw FROM documents ORDER BY id"
        ).fetchall()
        sources = conn.execute("SELECT doc_id, source FROM doc_sources ORDER BY 1, 2").fetchall()
        rejected = sorted((r["source"], r["reason"], r["stage"]) for r in a.rejected())
        lines = conn.execute("SELECT outlet, key, docs FROM outlet_lines ORDER BY 1, 2").fetchall()
        searches = {}
        for q in QUERIES:
            page = a.search(q, limit=50)
            searches[q] = (page.total, sorted((h.id, h.snippet) for h in page.hits))
        fts_rows = conn.execute("SELECT count(*) FROM docs_fts_docsize").fetchone()[0]
        unfinished = a.stats()["unfinished_runs"]
    return {"documents": docs, "doc_sources": sources, "rejected": rejected, "outlet_lines": lines,
            "search": searches, "fts_rows": fts_rows}, unfinished  # fmt: skip


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crash")
    script = tmp / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    clean = tmp / "clean.sqlite"
    run_to_end(script, clean)
    expected, unfinished = snapshot(clean)
    assert unfinished == 0
    assert len(expected["documents"]) == 150 and expected["search"]["xəbər"][0] > 0
    return tmp, script, expected


@pytest.mark.parametrize("mode, token", [("between", "done 1"), ("inside", "inside")])
def test_killed_run_then_rerun_equals_clean_run(setup, mode, token):
    tmp, script, expected = setup
    path = tmp / f"{mode}.sqlite"
    proc = start(script, path, mode)
    wait_for(proc, token)
    kill(proc)
    partial, unfinished = snapshot(path)
    assert unfinished == 1  # the killed run stays unfinished
    assert len(partial["documents"]) == 60  # exactly the two committed batches
    assert partial["documents"] == [d for d in expected["documents"] if d[0] in {x[0] for x in partial["documents"]}]
    run_to_end(script, path)
    got, _ = snapshot(path)
    assert got == expected


def test_killed_at_random_moments(setup):
    tmp, script, expected = setup
    path = tmp / "random.sqlite"
    rng = random.Random(3)
    for _ in range(3):
        proc = start(script, path, "slow")
        wait_for(proc, "done 0" if not path.exists() else "")
        time.sleep(rng.uniform(0.0, 0.15))
        kill(proc)
    run_to_end(script, path)
    got, unfinished = snapshot(path)
    assert got == expected
    assert unfinished >= 1
