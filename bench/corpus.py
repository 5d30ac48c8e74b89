"""Synthetic corpus for benchmarks, recombined from the sentences of the demo articles.

Real corpora cannot ship in the repo, so throughput is measured on articles made here:
each has 8-25 demo sentences, its own date, outlet, title and a unique registration
number (so every raw text, and so every document id, is distinct). Some carry
`date` headers, share/"Oxşar xəbərlər"/script boilerplate and print-style broken,
hyphenated lines, so that cleaning has real work to do.

    python bench/corpus.py OUT --n 100000 --format jsonl   # OUT.jsonl, or OUT/corpus.jsonl
    python bench/corpus.py OUT --n 100000 --format txt     # OUT/0000/0000000.txt ...
    python bench/corpus.py OUT --n 5000 --reprints 0.1     # a tenth of them reprints of earlier ones

Reprints (``--reprints``) stand for a press release picked up by another outlet: the same sentences
under another headline, with that outlet's attribution line, one sentence replaced, dated the same day
or up to two days later, and sometimes typed without Azerbaijani letters. Their url names the article
they copy (``.../xeber/SEED-I/reprint-K``), so a benchmark can score how they were linked.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Iterator, Literal

try:
    from salname.demo import demo_paths
except ImportError:  # run from a checkout without the package installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from salname.demo import demo_paths

FILES_PER_FOLDER = 1000
MIN_SENTENCES, MAX_SENTENCES = 8, 25
WRAP_WIDTH = 62

# synthetic-data wording only; the cleaning code takes its own from salname/az/
OUTLETS: tuple[tuple[str, str, str], ...] = (
    ("AZERTAC", "azertag.az", "Bu barədə AZERTAC-a məlumat verilib."),
    ("Report", "report.az", "Bu barədə Report-a məlumat verilib."),
    ("APA", "apa.az", "Bu barədə APA-ya məlumat verilib."),
    ("Trend", "trend.az", "Bu barədə Trend-ə məlumat verilib."),
    ("Oxu.az", "oxu.az", "Bu barədə Oxu.az-a məlumat verilib."),
    ("Metbuat.az", "metbuat.az", "Bu barədə Metbuat.az-a məlumat verilib."),
)
SHARE_LINE = "Paylaş: Facebook Twitter WhatsApp"
RELATED_HEADING = "Oxşar xəbərlər"
SCRIPT_NOTICE = "You must enable JavaScript to run this app."
NAV_LINE = "Ana səhifə | Siyasət | İqtisadiyyat | Cəmiyyət | İdman"
_VOWELS = frozenset("aeəıioöuüAEƏIİOÖUÜ")  # only to place synthetic hyphen breaks plausibly

_PLAIN = str.maketrans("əƏıİğĞşŞçÇöÖüÜ", "eEiIgGsScCoOuU")  # a keyboard without Azerbaijani letters
PLAIN_REPRINTS = 0.3  # the share of reprints typed that way
REPRINT_DELAY = 200  # a reprint comes within this many articles of its source

_FIRST_DAY = dt.date(2023, 1, 1).toordinal()
_DAYS = dt.date(2025, 12, 31).toordinal() - _FIRST_DAY + 1

_DATE_HEADER = re.compile(r"\Adate \d{4}-\d{2}(?:-\d{2})?[ \t]*")
_LINE_HYPHEN = re.compile(r"(?<=\w)-\n\s*(?=\w)")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = (".", "!", "?")
_NOT_PROSE = ("JavaScript", "Paylaş", "http")


# source sentences ------------------------------------------------------------
def _demo_texts() -> tuple[list[str], list[str]]:
    """Plain texts and titles of the demo articles (html is skipped: it needs a parser)."""
    texts: list[str] = []
    titles: list[str] = []
    for path in demo_paths():
        suffix = path.suffix.lower()
        if suffix in (".txt", ".md"):
            text = _DATE_HEADER.sub("", path.read_text(encoding="utf-8").lstrip("\n"))
            lines = text.split("\n")
            if lines and lines[0].startswith("# "):
                titles.append(lines[0][2:].strip())
                lines = lines[1:]
            texts.append("\n".join(lines))
        elif suffix == ".jsonl":
            with path.open(encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        row = json.loads(line)
                        texts.append(row.get("text") or "")
                        titles.append(row.get("title") or "")
        elif suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    texts.append(row.get("body") or row.get("text") or "")
                    titles.append(row.get("title") or "")
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            for row in pq.read_table(path).to_pylist():
                texts.append(row.get("text") or "")
                titles.append(row.get("title") or "")
    return texts, [t for t in titles if t]


def demo_sentences() -> list[str]:
    """Distinct prose sentences of the demo articles, in reading order."""
    texts, _ = _demo_texts()
    seen: set[str] = set()
    out: list[str] = []
    for text in texts:
        text = _LINE_HYPHEN.sub("", text)
        for para in _PARAGRAPHS.split(text):
            para = " ".join(para.split())
            pieces = para.split(". ")
            for n, piece in enumerate(pieces):
                piece = piece.strip()
                if n < len(pieces) - 1:
                    piece += "."
                elif not piece.endswith(_SENTENCE_END):
                    continue  # a heading or a link line, not a sentence
                if len(piece.split()) < 5 or any(w in piece for w in _NOT_PROSE) or piece in seen:
                    continue
                seen.add(piece)
                out.append(piece)
    return out


# one article ------------------------------------------------------------------
def _syllable_cuts(word: str) -> list[int]:
    """Offsets before a consonant that starts a syllable (consonant then vowel), 3+ letters each side."""
    return [
        k
        for k in range(3, len(word) - 2)
        if word[k] not in _VOWELS and word[k + 1] in _VOWELS and word[k - 1].islower()
    ]


def _wrap(para: str, rng: random.Random) -> str:
    """Break a paragraph into print lines, sometimes hyphenating a word across the break."""
    lines: list[str] = []
    line: list[str] = []
    width = 0
    for word in para.split(" "):
        if width and width + 1 + len(word) > WRAP_WIDTH:
            cuts = _syllable_cuts(word) if len(word) >= 8 and word.isalpha() and rng.random() < 0.4 else []
            if cuts:
                cut = rng.choice(cuts)
                line.append(word[:cut] + "-")
                lines.append(" ".join(line))
                if rng.random() < 0.1:
                    lines.append("")  # a page break inside the word
                line, width = [word[cut:]], len(word) - cut
                continue
            lines.append(" ".join(line))
            line, width = [], 0
        line.append(word)
        width += len(word) + (1 if width else 0)
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def _title(rng: random.Random, sentences: list[str], titles: list[str]) -> str:
    if titles and rng.random() < 0.5:
        return rng.choice(titles)
    words = rng.choice(sentences).rstrip(".!?").split()
    return " ".join(words[: rng.randint(5, 10)]).rstrip(",;:–-")


def iter_articles(n: int, seed: int = 0, reprints: float = 0.0) -> Iterator[dict[str, str]]:
    """Yield n distinct articles: body, title, date (ISO), url, outlet and a txt header. A share
    ``reprints`` of them are altered copies of earlier ones (see the module's doc); with 0 the
    articles are the same as ever for a seed."""
    sentences = demo_sentences()
    _, titles = _demo_texts()
    if len(sentences) < MAX_SENTENCES:
        raise RuntimeError(f"only {len(sentences)} demo sentences found; the demo articles are missing")
    rng = random.Random(seed)
    rrng = random.Random(f"reprints-{seed}")  # its own stream: the originals do not change
    due: list[tuple[int, dict]] = []  # (emit at, reprint)
    emitted = 0
    i = -1
    while emitted < n:
        if due and due[0][0] <= emitted:
            yield due.pop(0)[1]
            emitted += 1
            continue
        i += 1
        outlet, domain, attribution = OUTLETS[rng.randrange(len(OUTLETS))]
        day = dt.date.fromordinal(_FIRST_DAY + rng.randrange(_DAYS))
        picked = rng.sample(sentences, rng.randint(MIN_SENTENCES, MAX_SENTENCES))
        picked.insert(1, attribution)
        picked.insert(rng.randint(2, len(picked)), f"Qeydiyyat nömrəsi: {seed}/{i:07d}.")
        if reprints > 0 and rrng.random() < reprints / (1 - reprints):
            copy = _reprint(rrng, picked, day, seed, i, sentences, titles)
            due.append((emitted + 1 + rrng.randrange(REPRINT_DELAY), copy))
            due.sort(key=lambda d: d[0])

        paras: list[str] = []
        at = 0
        while at < len(picked):
            step = rng.randint(1, 4)
            paras.append(" ".join(picked[at : at + step]))
            at += step
        if rng.random() < 0.3:
            paras = [_wrap(p, rng) for p in paras]
        title = _title(rng, sentences, titles)

        extra = rng.random()
        if extra < 0.1:
            paras.insert(0, NAV_LINE)
        if extra < 0.3:
            related = "\n".join(_title(rng, sentences, titles) for _ in range(3))
            paras.append(SHARE_LINE)
            paras.append(f"{RELATED_HEADING}\n{related}")
        if 0.2 < extra < 0.35:
            paras.append(SCRIPT_NOTICE)
        body = "\n\n".join(paras)

        kind = rng.random()
        if kind < 0.35:
            header = f"date {day.isoformat()}\n"
        elif kind < 0.6:
            header = f"date {day.isoformat()[:7]}\n"
        elif kind < 0.7:
            header = f"date {day.isoformat()[:7]} "  # the text goes on on the date line
        else:
            header = ""
        if header.endswith("\n"):
            shape = rng.random()
            if shape < 0.5:
                header += f"# {title}\n\n"
            elif shape < 0.75:
                header += f"{title}\n\n"

        date = day.isoformat()
        if rng.random() < 0.2:
            date += f"T{rng.randrange(8, 22):02d}:{rng.randrange(60):02d}:00+04:00"
        yield {
            "text": body,
            "title": title,
            "date": date,
            "url": f"https://{domain}/xeber/{seed}-{i}",
            "outlet": outlet,
            "header": header,
        }
        emitted += 1


def _reprint(rng: random.Random, picked: list[str], day: dt.date, seed: int, i: int,
             sentences: list[str], titles: list[str]) -> dict[str, str]:
    """Another outlet's copy of an article (its sentences ``picked``): see the module's doc."""
    outlet, domain, attribution = OUTLETS[rng.randrange(len(OUTLETS))]
    body = list(picked)
    body[1] = attribution
    prose = [k for k in range(len(body)) if k != 1 and not body[k].startswith("Qeydiyyat")]
    body[rng.choice(prose)] = rng.choice(sentences)
    paras: list[str] = []
    at = 0
    while at < len(body):
        step = rng.randint(1, 4)
        paras.append(" ".join(body[at : at + step]))
        at += step
    text = "\n\n".join(paras)
    title = _title(rng, sentences, titles)
    if rng.random() < PLAIN_REPRINTS:
        text, title = text.translate(_PLAIN), title.translate(_PLAIN)
    date = dt.date.fromordinal(day.toordinal() + rng.randrange(3)).isoformat()
    return {"text": text, "title": title, "date": date, "url": f"https://{domain}/xeber/{seed}-{i}/reprint-{rng.randrange(10**6)}",
            "outlet": outlet, "header": f"date {date}\n# {title}\n\n"}


# writers ---------------------------------------------------------------------
def build_corpus(out: Path | str, n: int, fmt: Literal["jsonl", "txt"] = "jsonl", seed: int = 0,
                 reprints: float = 0.0) -> Path:
    """Write n synthetic articles; returns the .jsonl file or the txt root folder.

    jsonl: one file of n rows (text, title, date, url), written as generated.
    txt: n files in folders of 1000, with the headers of scraped text.
    """
    out = Path(out)
    if n < 0:
        raise ValueError(f"n must be >= 0, not {n}")
    if fmt == "jsonl":
        path = out if out.suffix == ".jsonl" else out / "corpus.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        dumps = json.dumps
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for art in iter_articles(n, seed, reprints):
                row = {"text": art["text"], "title": art["title"], "date": art["date"], "url": art["url"]}
                f.write(dumps(row, ensure_ascii=False))
                f.write("\n")
        return path
    if fmt == "txt":
        out.mkdir(parents=True, exist_ok=True)
        folder: Path | None = None
        for i, art in enumerate(iter_articles(n, seed, reprints)):
            if i % FILES_PER_FOLDER == 0:
                folder = out / f"{i // FILES_PER_FOLDER:04d}"
                folder.mkdir(exist_ok=True)
            assert folder is not None
            with open(folder / f"{i:07d}.txt", "w", encoding="utf-8", newline="\n") as f:
                f.write(art["header"])
                f.write(art["text"])
                f.write("\n")
        return out
    raise ValueError(f"unknown format {fmt!r}: use jsonl or txt")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make a synthetic Azerbaijani news corpus from the demo articles.")
    parser.add_argument("out", type=Path, help="a .jsonl file or a folder")
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reprints", type=float, default=0.0,
                        help="share of the articles that are altered reprints of earlier ones (default 0)")
    args = parser.parse_args(argv)
    if not 0.0 <= args.reprints < 1.0:
        parser.error("--reprints must be in [0, 1)")
    start = time.perf_counter()
    path = build_corpus(args.out, args.n, args.format, args.seed, args.reprints)
    took = time.perf_counter() - start
    print(f"{args.n} articles -> {path} in {took:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
