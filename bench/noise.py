"""Seeded noise for Azerbaijani text: the errors of print and careless typing, for the correction benchmark.

The mix follows how Azerbaijani text actually goes wrong, not any one example file: most errors are lost
diacritics (a keyboard without ə, ı, ş, ç, ğ, ö, ü), then wrong ones (i/ı, e/ə confused), Turkish-influenced
spellings (ə written e in suffixes, -ilə written -iyle, q as k, x as h), the slips of the fingers
(a letter dropped, doubled, swapped with its neighbour, replaced by or struck with a neighbouring key),
words garbled by several of these at once, and words split (a stray space or hyphen before a suffix)
or joined. Only words of letters are touched; numbers, URLs and acronyms are left as they are, names
may be altered as any word.

Run: .venv/bin/python bench/noise.py [FILE] [--rate 0.08] [--seed 7]  (prints the first changes and a tally by kind)
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from salname.az.alphabet import LETTERS, az_lower, fold_diacritics, is_acronym  # noqa: E402
from salname.az.confusions import keyboard_neighbours  # noqa: E402
from salname.az.suffixes import is_suffix_chain  # noqa: E402
from salname.az.tokenize import WORD, tokenize  # noqa: E402

# Kinds of noise.
LOST_ONE = "lost diacritic"
LOST_ALL = "lost diacritics"
WRONG_DIACRITIC = "wrong diacritic"
TURKISH = "turkish spelling"
DELETION = "deletion"
DOUBLING = "doubling"
TRANSPOSITION = "transposition"
KEYBOARD = "keyboard neighbour"
INSERTION = "insertion"
GARBLE = "garble"
SPLIT = "split"
JOIN = "join"

# Relative frequency of each kind (they need not sum to 1).
WEIGHTS: dict[str, float] = {
    LOST_ONE: 0.24,
    LOST_ALL: 0.12,
    WRONG_DIACRITIC: 0.08,
    TURKISH: 0.08,
    DELETION: 0.10,
    DOUBLING: 0.06,
    TRANSPOSITION: 0.07,
    KEYBOARD: 0.08,
    INSERTION: 0.03,
    GARBLE: 0.06,
    SPLIT: 0.05,
    JOIN: 0.03,
}

# A letter and what it becomes without its diacritic (upper-case İ loses its dot, ı gains one).
LOST: dict[str, str] = {ch: fold_diacritics(ch) for ch in sorted(LETTERS) if fold_diacritics(ch) != ch}
# Letters confused with one another: dotted/dotless i, e/ə (and the same in upper case).
CONFUSED: dict[str, str] = {"i": "ı", "ı": "i", "İ": "I", "I": "İ", "e": "ə", "ə": "e", "E": "Ə", "Ə": "E"}

# neighbouring keys on the Azerbaijani keyboard (salname.az.confusions)
NEIGHBOURS = keyboard_neighbours()


@dataclass(frozen=True, slots=True)
class Noise:
    """One change: ``text[start:end]`` (input offsets) was ``original`` and became ``noisy``."""

    start: int
    end: int
    original: str
    noisy: str
    kind: str


def _key_case(model: str, ch: str) -> str:
    """``ch`` (a lower-case key) in the case of ``model``."""
    if not model.isupper():
        return ch
    return "İ" if ch == "i" else ("I" if ch == "ı" else ch.upper())


def lose_one(word: str, rng: random.Random) -> str | None:
    spots = [i for i, ch in enumerate(word) if ch in LOST]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + LOST[word[i]] + word[i + 1 :]


def lose_all(word: str, rng: random.Random) -> str | None:
    out = fold_diacritics(word)
    return out if out != word else None


def wrong_diacritic(word: str, rng: random.Random) -> str | None:
    spots = [i for i, ch in enumerate(word) if ch in CONFUSED]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + CONFUSED[word[i]] + word[i + 1 :]


def turkish(word: str, rng: random.Random) -> str | None:
    """One Turkish-influenced spelling that applies to the word, chosen at random."""
    low = az_lower(word)
    options: list[str] = []
    if len(low) > 5 and low.endswith("ilə"):
        options.append(word[:-3] + "iyle")  # münasibətilə -> münasibətiyle
    elif len(low) > 4 and low.endswith(("ylə", "yla")):
        options.append(word[:-3] + "yle")
    tail = max(len(word) - 4, 1)
    if "ə" in word[tail:]:
        options.append(word[:tail] + word[tail:].replace("ə", "e"))  # ifadə -> ifade, -lər -> -ler
    elif "ə" in word[1:]:
        i = word.index("ə", 1)
        options.append(word[:i] + "e" + word[i + 1 :])  # önəmini -> önemini
    for src, dst in (("q", "k"), ("x", "h")):
        spots = [i for i, ch in enumerate(low) if ch == src]
        if spots:
            i = rng.choice(spots)
            options.append(word[:i] + _key_case(word[i], dst) + word[i + 1 :])
    return rng.choice(options) if options else None


def _inner(word: str, rng: random.Random, lo: int = 1) -> int:
    """A position, rarely the first letter (people seldom get that wrong)."""
    if len(word) <= lo or rng.random() < 0.08:
        return rng.randrange(len(word))
    return rng.randrange(lo, len(word))


def delete(word: str, rng: random.Random) -> str | None:
    if len(word) < 3:
        return None
    i = _inner(word, rng)
    return word[:i] + word[i + 1 :]


def double(word: str, rng: random.Random) -> str | None:
    if len(word) < 2:
        return None
    i = _inner(word, rng)
    return word[: i + 1] + word[i] + word[i + 1 :]


def transpose(word: str, rng: random.Random) -> str | None:
    spots = [i for i in range(len(word) - 1) if word[i] != word[i + 1] and (i > 0 or rng.random() < 0.08)]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def keyboard(word: str, rng: random.Random) -> str | None:
    spots = [i for i, ch in enumerate(word) if az_lower(ch) in NEIGHBOURS]
    if not spots:
        return None
    i = rng.choice([s for s in spots if s > 0] or spots)
    near = NEIGHBOURS[az_lower(word[i])]
    return word[:i] + _key_case(word[i], rng.choice(near)) + word[i + 1 :]


def insert(word: str, rng: random.Random) -> str | None:
    """A key next to a letter struck with it: before or after it."""
    i = _inner(word, rng)
    key = az_lower(word[i])
    if key not in NEIGHBOURS:
        return None
    extra = rng.choice(NEIGHBOURS[key])
    if word.isupper():
        extra = _key_case(word[i], extra)
    j = i + rng.randrange(2)
    return word[:j] + extra + word[j:]


def garble(word: str, rng: random.Random) -> str | None:
    """Two or three edits in one word, as in a bad print or a hurried typist."""
    if len(word) < 5:
        return None
    out = word
    for _ in range(rng.choice((2, 2, 3))):
        op = rng.choice((lose_one, wrong_diacritic, delete, double, transpose, keyboard, insert, keyboard))
        new = op(out, rng)
        if new:
            out = new
    return out if out != word and az_lower(out) != az_lower(word) else None


def split(word: str, rng: random.Random) -> str | None:
    """A stray space (or hyphen) inside the word, before a suffix when the word has one."""
    if len(word) < 5:
        return None
    cuts = [k for k in range(2, len(word) - 1) if is_suffix_chain(word[k:], word[:k])]
    k = rng.choice(cuts) if cuts else rng.randrange(2, len(word) - 1)
    return word[:k] + ("-" if rng.random() < 0.25 else " ") + word[k:]


EDITS = {
    LOST_ONE: lose_one,
    LOST_ALL: lose_all,
    WRONG_DIACRITIC: wrong_diacritic,
    TURKISH: turkish,
    DELETION: delete,
    DOUBLING: double,
    TRANSPOSITION: transpose,
    KEYBOARD: keyboard,
    INSERTION: insert,
    GARBLE: garble,
    SPLIT: split,
}


def _eligible(text: str) -> bool:
    return text.isalpha() and not (len(text) > 1 and is_acronym(text))


def add_noise(
    text: str, rate: float = 0.08, seed: int = 0, weights: dict[str, float] | None = None
) -> tuple[str, list[Noise]]:
    """Noisy copy of ``text`` (about a share ``rate`` of its words altered) and what was done, in order.

    The same text, rate, seed and weights always give the same result. Everything outside the
    altered words (spaces, punctuation, line breaks) is kept as it is.
    """
    weights = WEIGHTS if weights is None else weights
    kinds = [k for k, w in weights.items() if w > 0]
    rng = random.Random(seed)
    toks = [t for t in tokenize(text) if t.kind == WORD]
    eligible = sum(1 for t in toks if _eligible(t.text))
    # ``rate`` is the share of all words to alter, so eligible words are drawn a little more often
    p = min(1.0, rate * len(toks) / eligible) if eligible else 0.0
    pieces: list[str] = []
    done: list[Noise] = []
    pos = 0
    skip_next = False
    for n, tok in enumerate(toks):
        if skip_next:
            skip_next = False
            continue
        if not _eligible(tok.text) or rng.random() >= p:
            continue
        # kinds in a weighted random order: when one does not apply to this word, the next is tried
        order = sorted(kinds, key=lambda k: rng.random() ** (1.0 / weights[k]), reverse=True)
        for kind in order:
            if kind == JOIN:
                nxt = toks[n + 1] if n + 1 < len(toks) else None
                if nxt is None or text[tok.end : nxt.start] != " " or not _eligible(nxt.text):
                    continue
                original = text[tok.start : nxt.end]
                noisy = tok.text + nxt.text
                end = nxt.end
                skip_next = True
            else:
                noisy = EDITS[kind](tok.text, rng)
                if not noisy or noisy == tok.text:
                    continue
                original, end = tok.text, tok.end
            pieces.append(text[pos : tok.start])
            pieces.append(noisy)
            pos = end
            done.append(Noise(tok.start, end, original, noisy, kind))
            break
    pieces.append(text[pos:])
    return "".join(pieces), done


def strip_diacritics(text: str) -> str:
    """Every Azerbaijani diacritic dropped, as typed on a keyboard without them."""
    return fold_diacritics(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", help="text file (default: ../shared/data/azwiki/sentences.dev.txt)")
    ap.add_argument("--rate", type=float, default=0.08)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=30, help="print this many changes")
    args = ap.parse_args(argv)
    path = Path(args.file) if args.file else Path(__file__).resolve().parents[2] / "shared/data/azwiki/sentences.dev.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        print(f"{path}: cannot read ({e})", file=sys.stderr)
        return 1
    noisy, done = add_noise(text, args.rate, args.seed)
    words = sum(1 for t in tokenize(text) if t.kind == WORD)
    for d in done[: args.show]:
        print(f"{d.kind:20} {d.original!r} -> {d.noisy!r}")
    print(f"\n{len(done)} changes over {words} words ({len(done) / max(words, 1):.3f})")
    for kind, c in Counter(d.kind for d in done).most_common():
        print(f"  {kind:20} {c}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
