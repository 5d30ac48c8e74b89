"""Named-entity benchmark: exact-span mention F1 on the NER sentences, canonical entities on the
seeds and on our own dev articles, and speed.

    .venv/bin/python bench/ner.py [--shared ../shared] [--show 20] [--no-test] [--no-title]

``--no-test`` skips the held-out row (use it while tuning; the test set's misses are never listed,
whatever ``--show`` says); ``--no-title`` reads the news articles without their headlines (the
headline is read with the text by default, as ``salname.extract.extract_titled`` does: the gold lists
the places and people a headline names).

- ``ner``: ../shared/data/ner/train-sents.txt + train-tags.txt (1,353 Wikipedia-style sentences,
  BIO tags; DATE ignored). Each sentence is given as written (no space before a full stop or comma,
  "2013-cü" joined); a mention counts when its token span and type equal a gold one.
- ``seeds``: ../shared/examples/gold.json: the (canonical, type) pairs found against the gold ones.
- ``dev``: bench/data/news_dev/gold.json and bench/data/news_dev_b/*.gold.json (news articles we wrote
  ourselves, with hand-made gold), the same comparison.
- ``test``: bench/data/news_test/gold.json: 20 news articles written as a held-out test set; the
  extractor is never tuned on them.
- ``dev-c``: bench/data/news_dev_c/gold.json: 24 news articles written later, independently of the
  extractor, as a fresh dev set; printed on its own row and not counted in the dev speed texts.
- speed: articles per second of ``extract_entities`` over the dev articles (one core).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPES = ("PER", "LOC", "ORG")


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        t = tag.upper()
        if start is not None and not (t.startswith("I-") and t[2:] == kind):
            if kind in TYPES:
                spans.add((start, i, kind))
            start, kind = None, None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, kind = i, t[2:]
    return spans


NO_SPACE_BEFORE = frozenset(".,;:)!?%»")
NO_SPACE_AFTER = frozenset("(«")


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as it was written before tokenizing ("A . Tuqanov" -> "A. Tuqanov", "2013 - cü" ->
    "2013-cü"), with each token's span in it."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        glue = (not i or tok in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER
                or tok == "-" and prev[-1:].isdigit() or prev == "-" and i > 1 and tokens[i - 2][-1:].isdigit()
                and tok[:1].islower())
        if not glue:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
    return "".join(parts), offsets


def predicted_spans(tokens: list[str], extract) -> set[tuple[int, int, str]]:
    text, offsets = detokenize(tokens)
    starts = {s: i for i, (s, _) in enumerate(offsets)}
    ends = {e: i + 1 for i, (_, e) in enumerate(offsets)}
    out = set()
    for m in extract(text):
        if m.start in starts and m.end in ends:
            out.add((starts[m.start], ends[m.end], m.type))
        else:
            out.add((-1, m.start, m.type))  # a span inside a token never matches
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_ner(shared: Path, extract, show: int) -> None:
    sents = (shared / "data/ner/train-sents.txt").read_text(encoding="utf-8").splitlines()
    tags = (shared / "data/ner/train-tags.txt").read_text(encoding="utf-8").splitlines()
    counts = {t: Counter() for t in TYPES}
    misses: list[str] = []
    for line, tagline in zip(sents, tags):
        toks, tg = line.split(), tagline.split()
        if len(toks) != len(tg):
            continue
        gold, pred = gold_spans(tg), predicted_spans(toks, extract)
        for s in pred:
            counts[s[2]]["tp" if s in gold else "fp"] += 1
        for s in gold - pred:
            counts[s[2]]["fn"] += 1
            if len(misses) < show:
                misses.append(f"  missed {s[2]} {' '.join(toks[s[0]:s[1]])!r} in: {' '.join(toks)[:120]}")
    total = Counter()
    print("| type | precision | recall | F1 | gold |")
    print("|---|---|---|---|---|")
    for t in TYPES:
        c = counts[t]
        total.update(c)
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"| {t} | {p:.3f} | {r:.3f} | {f:.3f} | {c['tp'] + c['fn']} |")
    p, r, f = prf(total["tp"], total["fp"], total["fn"])
    print(f"| all | {p:.3f} | {r:.3f} | {f:.3f} | {total['tp'] + total['fn']} |")
    for m in misses:
        print(m)


def run_gold(gold_path: Path, folder: Path, extract, show: int, label: str) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    texts = []
    notes = []
    for name, entry in gold.items():
        path = folder / name
        if not path.exists():
            continue
        text = _body(path)
        texts.append(text)
        want = {(e["canonical"], e["type"]) for e in entry.get("entities", [])}
        got = {(m.canonical, m.type) for m in extract(text)}
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
        if show:
            for c, t in sorted(want - got):
                notes.append(f"  {label} {name}: missed {t} {c!r}")
            for c, t in sorted(got - want):
                notes.append(f"  {label} {name}: extra {t} {c!r}")
    p, r, f = prf(tp, fp, fn)
    print(f"{label}: {len(texts)} articles, canonical entities P {p:.3f} R {r:.3f} F1 {f:.3f} (found {tp}, extra {fp}, missed {fn})")
    for n in notes[:show]:
        print(n)
    return texts


WITH_TITLE = True  # the headline is read with the text (``--no-title``: the text alone, as before)


def _body(path: Path) -> str:
    """The article as the pipeline sees it: read, cleaned and corrected; with its headline first, as
    ``salname.extract.extract_titled`` reads it (a name only the headline has is the article's too)."""
    from salname.clean import clean_document
    from salname.readers import read_source

    from salname.correct import correct_text

    for doc in read_source(str(path)):
        if hasattr(doc, "raw"):
            clean_document(doc)
            body = correct_text(doc.clean or doc.raw)[0]
            title = doc.title if WITH_TITLE and doc.title and not doc.title.isupper() else None
            return correct_text(title.replace("\n", " "))[0] + "\n\n" + body if title else body
    return path.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(SHARED))
    ap.add_argument("--show", type=int, default=0, help="list this many misses per set")
    ap.add_argument("--no-test", action="store_true", help="skip the held-out test set (use while tuning)")
    ap.add_argument("--no-title", action="store_true", help="read the articles without their headlines")
    args = ap.parse_args(argv)
    global WITH_TITLE
    WITH_TITLE = not args.no_title
    from salname.extract.entities import extract_entities

    shared = Path(args.shared)
    extract_entities("Milli Məclisin sədri Sahibə Qafarova Bakıda görüşüb.")  # warm-up
    if (shared / "data/ner/train-sents.txt").exists():
        t0 = time.perf_counter()
        run_ner(shared, extract_entities, args.show)
        print(f"(ner sentences: {time.perf_counter() - t0:.1f} s)")
    else:
        print("ner: skipped, ../shared/data/ner is absent")
    if (shared / "examples/gold.json").exists():
        run_gold(shared / "examples/gold.json", shared / "examples", extract_entities, args.show, "seeds")
    texts: list[str] = []
    dev = ROOT / "bench/data/news_dev"
    if (dev / "gold.json").exists():
        texts += run_gold(dev / "gold.json", dev, extract_entities, args.show, "dev")
    dev_b = ROOT / "bench/data/news_dev_b"
    if any(dev_b.glob("*.gold.json")):
        merged = {p.name.replace(".gold.json", ".txt"): json.loads(p.read_text(encoding="utf-8"))
                  for p in sorted(dev_b.glob("*.gold.json"))}
        tmp = dev_b / ".gold-merged.json"
        tmp.write_text(json.dumps(merged, ensure_ascii=False), encoding="utf-8")
        try:
            texts += run_gold(tmp, dev_b, extract_entities, args.show, "dev-b")
        finally:
            tmp.unlink()
    test = ROOT / "bench/data/news_test"
    dev_c = ROOT / "bench/data/news_dev_c"
    if (dev_c / "gold.json").exists():  # a separate row, so the dev and dev-b figures stay comparable
        run_gold(dev_c / "gold.json", dev_c, extract_entities, args.show, "dev-c")
    if (test / "gold.json").exists() and not args.no_test:  # held out: never tuned on, never listed
        run_gold(test / "gold.json", test, extract_entities, 0, "test")
    if texts:
        from salname.az.morphology import clear_caches

        clear_caches()
        t0 = time.perf_counter()
        for text in texts:
            extract_entities(text)
        dt = time.perf_counter() - t0
        print(f"speed: {len(texts) / dt:,.0f} articles/s ({len(texts)} dev articles, morphology caches cleared first)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
