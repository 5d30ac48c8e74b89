"""Speed of the clean stage alone: microseconds per article, one process.

Uses the seed articles from ../shared when present, plus made-up scraped and print-style
articles, so there is always something to measure. Prints figures; asserts nothing.

    python bench/clean_speed.py [--n 2000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

try:
    from salname.clean import clean_document
except ImportError:  # run from a checkout without the package installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from salname.clean import clean_document
from salname.clean.repeated import candidate_lines
from salname.document import Document

SENTENCE = "Görüşdə qarşılıqlı maraq doğuran digər məsələlər ətrafında da fikir mübadiləsi aparılıb."


def made_up() -> dict[str, str]:
    scraped = "date 2024-03 " + "\n\n".join([SENTENCE * 3] * 12) + "\n\nPaylaş: Facebook Twitter\nOxşar xəbərlər\nBaşqa xəbər\n"
    words = (SENTENCE + " ") * 45
    lines, line = [], ""
    for w in words.split():
        if len(line) + len(w) > 60:
            lines.append(line[:-3] + "-" if len(line) > 10 else line)
            line = ""
        line += w + " "
    printed = "# Başlıq\n\n" + "\n".join(lines)
    return {"made-up scraped": scraped, "made-up print": printed}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    texts = made_up()
    examples = Path(__file__).resolve().parents[2] / "shared" / "examples"
    for p in sorted(examples.glob("0*.txt")) if examples.is_dir() else []:
        if not p.name.endswith(".corrected.txt"):
            texts[p.name] = p.read_text(encoding="utf-8")
    keys = frozenset({"0" * 16})
    for name, raw in texts.items():
        t0 = time.perf_counter()
        for _ in range(args.n):
            doc = Document(raw, name)
            doc.meta["line_keys"] = candidate_lines(raw)
            clean_document(doc, keys)
        dt = (time.perf_counter() - t0) / args.n
        print(f"{name:32s} {len(raw):6d} chars  {dt * 1e6:7.0f} µs/article  {1 / dt:8.0f} articles/s")


if __name__ == "__main__":
    main()
