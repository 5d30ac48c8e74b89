"""Dates in running text against the gold events of the news dev set.

Run:  .venv/bin/python bench/dates.py [--show] [--set news_dev,news_test]

For every gold event of bench/data/<set>/gold.json that has a "date_text", the text is found in
its article (inside the event's evidence sentence when it is there), and find_dates, run on the whole
article body with the date of its first line ("date YYYY-MM[-DD]"), must give a mention over it whose
value is the gold "date". Prints the accuracy and, with --show, every miss. Also times find_dates over
the articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data"

from salname.az.dates import find_dates  # noqa: E402


def read_article(path: Path) -> tuple[str | None, str]:
    """(document date, body): the first line is "date ...", the rest is the article."""
    text = path.read_text(encoding="utf-8")
    first, _, body = text.partition("\n")
    if first.startswith("date "):
        return first[5:].strip() or None, body
    return None, text


def locate(body: str, date_text: str, evidence: str | None) -> int:
    """Where the gold date text stands: inside the evidence sentence when it is there, else first."""
    if evidence:
        e = body.find(evidence)
        if e >= 0:
            i = body.find(date_text, e, e + len(evidence))
            if i >= 0:
                return i
    return body.find(date_text)


def run(folder: Path, show: bool = False) -> float:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    total = right = 0
    misses: list[str] = []
    seconds = 0.0
    chars = 0
    for name, entry in sorted(gold.items()):
        doc_date, body = read_article(folder / name)
        t0 = time.perf_counter()
        mentions = find_dates(body, doc_date)
        seconds += time.perf_counter() - t0
        chars += len(body)
        for event in entry.get("events", []):
            date_text = event.get("date_text")
            if not date_text:
                continue
            total += 1
            i = locate(body, date_text, event.get("evidence"))
            if i < 0:
                misses.append(f"{name}: {date_text!r} not in the article")
                continue
            j = i + len(date_text)
            over = [m for m in mentions if m.start < j and i < m.end]
            got = over[0].value if over else None
            if over and got == event.get("date"):
                right += 1
            else:
                found = f"{over[0].text!r} -> {got}" if over else "no mention"
                misses.append(f"{name}: {date_text!r} gold {event.get('date')}, got {found}")
    accuracy = right / total if total else 0.0
    print(f"{folder.name}: dates in text: {right}/{total} gold event dates right = {accuracy:.3f}")
    print(f"find_dates: {len(gold)} articles, {chars / len(gold):.0f} chars each, "
          f"{seconds / len(gold) * 1e6:.0f} us per article")
    if show:
        for line in misses:
            print("  miss:", line)
    return accuracy


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list every miss")
    ap.add_argument("--set", default="news_dev", help="comma-separated folders of bench/data with a gold.json")
    args = ap.parse_args()
    for name in args.set.split(","):
        folder = DATA / name.strip()
        if not (folder / "gold.json").is_file():
            print(f"{name}: no gold.json in {folder}, skipped")
            continue
        run(folder, args.show)


if __name__ == "__main__":
    main()
