"""Spelling correction benchmark: Salnamə's corrector side by side with SymSpell and Hunspell, one run.

Run:  .venv/bin/python bench/correct.py [--shared PATH] [--systems salname,symspell,hunspell] [--learn FILE]
                                         [--sets 001,noisy,pairs,stripped,news] [--seed 7] [--rate 0.08] [--raw-001] [--show N] [--by-kind]
The baselines need the `bench` extra:  .venv/bin/pip install -e '.[bench]'
(that is symspellpy==6.10.1 and spylls==0.1.7); a system whose package is missing is skipped with a note.
Reads ../shared at run time only; not part of the test run.

Systems (each turns a text into a text):
- salname: ``salname.correct.correct_text(text)`` (its first return value), when it exists.
- symspell: symspellpy over ../shared/data/symspell-az/frequency_dictionary_az_80k.txt; every word token made
  of letters whose Azerbaijani lower case is not in the list is replaced by the top suggestion
  (``Verbosity.TOP``, max edit distance 2), in the case of the word (Title, UPPER); no suggestion: kept.
- hunspell: spylls over ../shared/data/hunspell-az/az; every such word it rejects is replaced by its first
  suggestion; no suggestion: kept.
Baselines remember the answer for a word they have seen (a per-run cache, emptied before the timed run).

Sets:
- 001: ../shared/examples/001_*.txt against 001_*.corrected.txt. The input is the text as Salnamə's cleaning
  leaves it (title line kept; line-break hyphenation and stray-hyphen suffixes joined), since the corrector
  runs on the clean layer; ``--raw-001`` feeds the raw file instead.
- noisy: ../shared/data/azwiki/sentences.dev.txt, noised by bench/noise.py (``--rate``, ``--seed``).
- pairs: ../shared/data/spell-pairs/dev.csv, each misspelling on its own; accuracy = output == correct.
- stripped: the azwiki sentences with every diacritic dropped; word accuracy (and fix/harm).
- news: speed only (no gold): the 50 articles committed in bench/data/news_dev and bench/data/news_dev_b
  (read from the repository, not ../shared).

Metrics, on word tokens (tokens of ``salname.az.tokenize`` of kind word or abbreviation; punctuation,
numbers, URLs are not counted), compared exactly (case matters):
- G = gold tokens, I = input tokens, O = output tokens. A gold token is *matched* by a sequence when it lies
  in an "equal" block of ``difflib.SequenceMatcher(None, seq, G, autojunk=False)`` (longest common blocks;
  a split word "bütövlüyü nü", a joined one "vəZərdüşti" or a changed one leave its gold tokens unmatched).
- wrong = gold tokens not matched by I; right = gold tokens matched by I.
- fix = |wrong matched by O| / |wrong|; harm = |right not matched by O| / |right|;
  word accuracy = |gold tokens matched by O| / |G|.
- A text is aligned line by line when gold, input and output have the same number of lines (the azwiki
  sets: one sentence a line), otherwise as a whole (001, whose cleaning joins lines).
Speed: word tokens of the noisy set's input per second of ``correct`` on it, one process, caches cold
(one-time loading excluded: each system is warmed up on one short sentence first); the fastest of three
runs for a system that takes under 10 s. Hunspell is slow (about 4 minutes in all): use
``--systems salname,symspell`` for a quick run.
News speed (set ``news``): word tokens of the 50 news articles per second, the articles corrected one by
one as ingest does. First pass: salname with one fresh corrector (``Corrector`` over the loaded index)
and every per-word cache emptied (``cache_clear(everything=True)``: its decisions and candidates, the
analyzer's readings, the name tests), so it meets every word for the first time, as a new process
would; a baseline with its word cache emptied. Second pass: the same articles again, caches warm (a
news stream repeats its words). The fastest of three rounds of both, for a system whose first pass
takes under 10 s.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import difflib
import importlib
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from noise import add_noise, strip_diacritics  # noqa: E402
from salname.az.alphabet import az_lower, az_upper  # noqa: E402
from salname.az.tokenize import ABBREV, WORD, tokenize  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
INSTALL_HINT = "install the benchmark extra: .venv/bin/pip install -e '.[bench]'  (symspellpy==6.10.1 spylls==0.1.7)"
WARM_UP = "Milli Məclisin sədri Bakıda görüşüb."

REPEATS = 3  # timed runs of a quick system on the noisy set; the fastest counts
QUICK = 10.0  # seconds: a slower system is timed once

SET_NAMES = ("001", "noisy", "pairs", "stripped", "news")
NEWS_DIRS = ("news_dev", "news_dev_b")  # bench/data/: the committed news articles the news speed is timed on
SYSTEM_NAMES = ("salname", "symspell", "hunspell")
# The floors for Salnamə, and the figures it quotes for the baselines.
FLOORS = {
    "001": "fix ≥ 0.95, harm ≤ 0.005",
    "noisy": "fix ≥ 0.90, harm ≤ 0.005",
    "pairs": "accuracy ≥ 0.90",
    "stripped": "word accuracy ≥ 0.98",
    "news": "≥ 20,000",
}


# ---------------------------------------------------------------------------------------------- metrics


def word_tokens(text: str) -> list[str]:
    """The word tokens of a text, as counted by every metric here."""
    return [t.text for t in tokenize(text) if t.kind == WORD or t.kind == ABBREV]


def matched(gold: Sequence[str], other: Sequence[str]) -> set[int]:
    """Indices of the gold tokens that ``other`` reproduces, in the longest common blocks."""
    sm = difflib.SequenceMatcher(None, list(other), list(gold), autojunk=False)
    out: set[int] = set()
    for tag, _i1, _i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out.update(range(j1, j2))
    return out


def replaced_by(gold: Sequence[str], other: Sequence[str]) -> dict[int, str]:
    """For each gold token ``other`` does not match, what ``other`` has in its place (for reports)."""
    sm = difflib.SequenceMatcher(None, list(other), list(gold), autojunk=False)
    out: dict[int, str] = {}
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            for j in range(j1, j2):
                # word for word when the block is as long on both sides, else the whole block
                out[j] = other[i1 + j - j1] if i2 - i1 == j2 - j1 else " ".join(other[i1:i2])
    return out


@dataclass
class Score:
    """Counts over gold word tokens; add scores of parts to get the score of the whole."""

    wrong: int = 0
    right: int = 0
    fixed: int = 0
    harmed: int = 0
    correct: int = 0  # gold tokens reproduced by the output
    total: int = 0

    def __add__(self, other: "Score") -> "Score":
        return Score(*(a + b for a, b in zip(self._values(), other._values())))

    def _values(self) -> tuple[int, ...]:
        return (self.wrong, self.right, self.fixed, self.harmed, self.correct, self.total)

    @property
    def fix(self) -> float:
        return self.fixed / self.wrong if self.wrong else 0.0

    @property
    def harm(self) -> float:
        return self.harmed / self.right if self.right else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def score_tokens(gold: Sequence[str], noisy: Sequence[str], output: Sequence[str]) -> Score:
    """Fix and harm of ``output`` against ``gold``, the wrong words being those ``noisy`` does not match."""
    before = matched(gold, noisy)
    after = matched(gold, output)
    return Score(
        wrong=len(gold) - len(before),
        right=len(before),
        fixed=sum(1 for i in range(len(gold)) if i not in before and i in after),
        harmed=sum(1 for i in before if i not in after),
        correct=len(after),
        total=len(gold),
    )


def gold_matches(gold: str, noisy: str, output: str) -> tuple[int, set[int], set[int]]:
    """(gold word tokens, indices matched by the input, indices matched by the output) over the whole
    text, aligned line by line when all three have the same number of lines."""
    g, n, o = gold.splitlines(), noisy.splitlines(), output.splitlines()
    if not (len(g) == len(n) == len(o)):
        g, n, o = [gold], [noisy], [output]
    total, before, after = 0, set(), set()
    for gl, nl, ol in zip(g, n, o):
        gt = word_tokens(gl)
        before.update(total + i for i in matched(gt, word_tokens(nl)))
        after.update(total + i for i in matched(gt, word_tokens(ol)))
        total += len(gt)
    return total, before, after


def score_texts(gold: str, noisy: str, output: str) -> Score:
    """``score_tokens`` on texts (see ``gold_matches`` for the alignment)."""
    total, before, after = gold_matches(gold, noisy, output)
    return Score(
        wrong=total - len(before),
        right=len(before),
        fixed=sum(1 for i in after if i not in before),
        harmed=sum(1 for i in before if i not in after),
        correct=len(after),
        total=total,
    )


def fix_by_kind(gold: str, noisy: str, output: str, records: Sequence) -> dict[str, tuple[int, int]]:
    """kind of noise -> (gold words it made wrong, how many of them the output fixed)."""
    total, before, after = gold_matches(gold, noisy, output)
    toks = [t for t in tokenize(gold) if t.kind == WORD or t.kind == ABBREV]
    if len(toks) != total:
        return {}
    ends = [t.end for t in toks]
    out: dict[str, list[int]] = {}
    for r in records:
        i = bisect.bisect_right(ends, r.start)
        while i < len(toks) and toks[i].start < r.end:
            if i not in before:
                c = out.setdefault(r.kind, [0, 0])
                c[0] += 1
                c[1] += i in after
            i += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def pair_accuracy(pairs: Sequence[tuple[str, str]], correct: Callable[[str], str]) -> float:
    """Share of isolated misspellings whose correction (surrounding white space ignored) is the expected word."""
    if not pairs:
        return 0.0
    return sum(1 for wrong, right in pairs if correct(wrong).strip() == right) / len(pairs)


# ---------------------------------------------------------------------------------------------- systems


def recase(model: str, word: str) -> str:
    """``word`` (lower case) in the case of ``model``: UPPER, Title or as it is."""
    if len(model) > 1 and model.isupper():
        return az_upper(word)
    if model[:1].isupper():
        return az_upper(word[:1]) + word[1:]
    return word


class WordSystem:
    """A baseline that looks at each word of letters alone and may replace it."""

    name = "?"

    def __init__(self) -> None:
        self.cache: dict[str, str | None] = {}

    def suggest(self, word: str) -> str | None:
        raise NotImplementedError

    def reset(self) -> None:
        self.cache.clear()

    def correct(self, text: str) -> str:
        pieces: list[str] = []
        pos = 0
        cache = self.cache
        for t in tokenize(text):
            if t.kind != WORD or not t.text.isalpha():
                continue
            if t.text in cache:
                new = cache[t.text]
            else:
                new = cache[t.text] = self.suggest(t.text)
            if new is not None and new != t.text:
                pieces.append(text[pos : t.start])
                pieces.append(new)
                pos = t.end
        pieces.append(text[pos:])
        return "".join(pieces)


class SymSpellSystem(WordSystem):
    name = "symspell"

    def __init__(self, shared: Path) -> None:
        super().__init__()
        from symspellpy import SymSpell, Verbosity

        path = shared / "data" / "symspell-az" / "frequency_dictionary_az_80k.txt"
        if not path.is_file():
            raise SystemUnavailable(f"{path}: not found")
        self.sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        if not self.sym.load_dictionary(str(path), 0, 1, encoding="utf-8"):
            raise SystemUnavailable(f"{path}: could not be loaded as a frequency list")
        self.known = set(self.sym.words)
        self.top = Verbosity.TOP

    def suggest(self, word: str) -> str | None:
        low = az_lower(word)
        if low in self.known:
            return None
        found = self.sym.lookup(low, self.top, max_edit_distance=2)
        return recase(word, found[0].term) if found else None


class HunspellSystem(WordSystem):
    name = "hunspell"

    def __init__(self, shared: Path) -> None:
        super().__init__()
        from spylls.hunspell import Dictionary

        base = shared / "data" / "hunspell-az" / "az"
        if not (base.with_suffix(".dic").is_file() and base.with_suffix(".aff").is_file()):
            raise SystemUnavailable(f"{base}.dic/.aff: not found")
        self.dic = Dictionary.from_files(str(base))

    def suggest(self, word: str) -> str | None:
        if self.dic.lookup(word):
            return None
        return next(iter(self.dic.suggest(word)), None)


class SalnameSystem:
    """Salnamə's corrector; also checks that its edits, applied to the input, give its output."""

    name = "salname"

    def __init__(self, fn: Callable, fresh: Callable | None = None) -> None:
        self.fn = fn
        self.fresh = fresh  # a new corrector like the one ``fn`` uses, for the news speed
        self.bad_edits = 0

    def reset(self) -> None:
        try:  # cold caches for the timed run, as for the baselines
            from salname.correct import default_corrector

            default_corrector().cache_clear()
            getattr(self.fn, "cache_clear", lambda: None)()
        except Exception:
            pass

    def correct(self, text: str) -> str:
        result = self.fn(text)
        if isinstance(result, str):
            return result
        out, edits = result[0], result[1]
        if _apply_edits(text, edits) != out:
            self.bad_edits += 1
        return out


def _apply_edits(text: str, edits: Sequence) -> str | None:
    try:
        pieces, pos = [], 0
        for e in sorted(edits, key=lambda e: (e.start, e.end)):
            if e.start < pos or text[e.start : e.end] != e.original:
                return None
            pieces.append(text[pos : e.start])
            pieces.append(e.replacement)
            pos = e.end
        pieces.append(text[pos:])
        return "".join(pieces)
    except (AttributeError, TypeError):
        return None


class SystemUnavailable(Exception):
    pass


def learned_corrector(path: Path) -> Callable:
    """``correct_text`` as it would be with an archive holding the text of ``path``: its word and word
    pair counts (the archive's corpus layer) help the corrector choose."""
    from salname.archive.wordcounts import PAIR_SEP, pair_key, tally
    from salname.az.lexicon import normalize_form
    from salname.correct.corrector import Corrector, default_corrector

    counts: Counter = Counter()
    for form, n in tally([_read(path)]).items():  # as the archive counts them: words and word pairs
        counts[normalize_form(form)] += n
    words = sum(n for f, n in counts.items() if PAIR_SEP not in f)
    base = default_corrector()
    corrector = Corrector(base.lexicon, base.index, base.threshold, lambda form: counts.get(form, 0),
                          lambda a, b: counts.get(pair_key(a, b), 0))
    print(f"salname: word and pair counts of {path} as the archive's ({words:,} words, {len(counts):,} forms and pairs)")

    def correct(text: str):
        out, edits, _ = corrector.correct(text)
        return out, edits

    correct.cache_clear = corrector.cache_clear  # type: ignore[attr-defined]
    correct.fresh = lambda: Corrector(base.lexicon, base.index, base.threshold, lambda form: counts.get(form, 0),  # type: ignore[attr-defined]
                                      lambda a, b: counts.get(pair_key(a, b), 0))
    return correct


def fresh_corrector():
    """A new corrector over the loaded lexicon and index, with nothing remembered yet."""
    from salname.correct.corrector import Corrector, default_corrector

    base = default_corrector()
    return Corrector(base.lexicon, base.index, base.threshold)


def load_systems(names: Sequence[str], shared: Path, learn: Path | None = None) -> list:
    systems = []
    for name in names:
        try:
            if name == "salname":
                fn = getattr(importlib.import_module("salname.correct"), "correct_text", None)
                if fn is None:
                    print("salname: corrector not written yet")
                    continue
                if learn is not None:
                    fn = learned_corrector(learn)
                system = SalnameSystem(fn, getattr(fn, "fresh", fresh_corrector))
            elif name == "symspell":
                system = SymSpellSystem(shared)
            elif name == "hunspell":
                system = HunspellSystem(shared)
            else:
                print(f"{name}: unknown system (known: {', '.join(SYSTEM_NAMES)})")
                continue
        except ImportError as e:
            print(f"{name}: skipped, {(e.name or str(e)).split('.')[0]} is not installed; {INSTALL_HINT}")
            continue
        except SystemUnavailable as e:
            print(f"{name}: skipped, {e}")
            continue
        t0 = time.perf_counter()
        system.correct(WARM_UP)
        system.reset()
        print(f"{name}: ready (warm-up {time.perf_counter() - t0:.2f} s)")
        systems.append(system)
    return systems


# ---------------------------------------------------------------------------------------------- sets


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SetUnavailable(f"{path}: cannot read ({e.__class__.__name__}: {e})") from e


class SetUnavailable(Exception):
    pass


def load_001(shared: Path, raw: bool = False) -> tuple[str, str]:
    """(input, gold) for the example article printed with errors and its hand correction."""
    found = sorted(p for p in (shared / "examples").glob("001_*.txt") if not p.name.endswith(".corrected.txt"))
    if not found:
        raise SetUnavailable(f"{shared / 'examples'}/001_*.txt: not found")
    src = found[0]
    gold_path = src.with_name(src.stem + ".corrected.txt")
    text, gold = _read(src), _read(gold_path)
    if not raw:
        from salname.clean import Header, clean_text

        text = clean_text(text, header=Header())[0]  # keep the "# title" line: the gold has it
    return text, gold


def load_sentences(shared: Path) -> str:
    return _read(shared / "data" / "azwiki" / "sentences.dev.txt")


def load_news() -> list[str]:
    """The committed news articles (bench/data/news_dev*), in order: the news speed's input."""
    base = Path(__file__).resolve().parent / "data"
    paths = [p for d in NEWS_DIRS for p in sorted((base / d).glob("*.txt"))]
    if not paths:
        raise SetUnavailable(f"{base}/{{{','.join(NEWS_DIRS)}}}/*.txt: not found")
    return [_read(p) for p in paths]


def news_speed(system, texts: Sequence[str]) -> tuple[float, float]:
    """(words/s of the first pass, of the second) over ``texts`` one by one; see the module's docstring."""
    words = sum(len(word_tokens(t)) for t in texts)
    first = second = float("inf")
    for _ in range(REPEATS):
        if isinstance(system, SalnameSystem) and system.fresh is not None:
            corrector = system.fresh()
            corrector.cache_clear(everything=True)
            run = corrector.correct
        else:
            system.reset()
            run = system.correct
        t0 = time.perf_counter()
        for t in texts:
            run(t)
        t1 = time.perf_counter()
        for t in texts:
            run(t)
        t2 = time.perf_counter()
        first, second = min(first, t1 - t0), min(second, t2 - t1)
        if t1 - t0 >= QUICK:
            break
    return (words / first if first > 0 else float("inf"), words / second if second > 0 else float("inf"))


def load_pairs(shared: Path) -> list[tuple[str, str]]:
    path = shared / "data" / "spell-pairs" / "dev.csv"
    text = _read(path)
    rows = list(csv.reader(text.splitlines()))
    if not rows or rows[0][:2] != ["misspelled", "correct"]:
        raise SetUnavailable(f"{path}: expected a header 'misspelled,correct,...'")
    pairs = [(r[0], r[1]) for r in rows[1:] if len(r) >= 2 and r[0] and r[1]]
    if not pairs:
        raise SetUnavailable(f"{path}: no pairs")
    return pairs


# ---------------------------------------------------------------------------------------------- run


def _show(name: str, s: str, gold: str, noisy: str, output: str, limit: int) -> None:
    """The first wrong words left wrong and right words made wrong, as gold <- input -> output."""
    g, n, o = gold.splitlines(), noisy.splitlines(), output.splitlines()
    if not (len(g) == len(n) == len(o)):
        g, n, o = [gold], [noisy], [output]
    missed: list[str] = []
    harmed: list[str] = []
    for gl, nl, ol in zip(g, n, o):
        gt = word_tokens(gl)
        before, after = replaced_by(gt, word_tokens(nl)), replaced_by(gt, word_tokens(ol))
        for i, new in after.items():
            line = f"      {gt[i]!r} <- {before.get(i, gt[i])!r} -> {new!r}"
            (missed if i in before else harmed).append(line)
    for label, lines in (("missed", missed), ("harmed", harmed)):
        print(f"    {name} {s} {label} ({len(lines)}):")
        for line in lines[:limit]:
            print(line)


def _fix_harm(s: Score) -> str:
    return f"{s.fix:.2f} / {s.harm:.3f}"


def _run_one(system, s: str, data, records: Sequence, args: argparse.Namespace,
             cells: dict, notes: list[str], speed: dict[str, float]) -> None:
    """One system on one set: fill its cell (and its speed on the noisy set)."""
    if s == "pairs":
        cells[(s, system.name)] = f"{pair_accuracy(data, system.correct):.2f}"
        return
    if s == "news":
        first, warm = news_speed(system, data)
        cells[(s, system.name)] = f"{first:,.0f} ({warm:,.0f} warm)"
        notes.append(f"news: {len(data)} articles, {sum(len(word_tokens(t)) for t in data)} words")
        return
    noisy, gold = data
    t0 = time.perf_counter()
    out = system.correct(noisy)
    elapsed = time.perf_counter() - t0
    if s == "noisy":
        if elapsed < QUICK:
            for _ in range(REPEATS - 1):  # best of a few: other work on the machine only slows a run
                system.reset()
                t1 = time.perf_counter()
                system.correct(noisy)
                elapsed = min(elapsed, time.perf_counter() - t1)
        speed[system.name] = len(word_tokens(noisy)) / elapsed if elapsed > 0 else float("inf")
    sc = score_texts(gold, noisy, out)
    notes.append(f"{s}: {sc.total} gold words, {sc.wrong} wrong in the input")
    if args.show:
        _show(system.name, s, gold, noisy, out, args.show)
    if s == "noisy" and args.by_kind:
        kinds = sorted(fix_by_kind(gold, noisy, out, records).items(), key=lambda kv: -kv[1][0])
        print(f"    {system.name} fix by kind of noise: " + ", ".join(f"{k} {f / w:.2f} ({w})" for k, (w, f) in kinds))
    if s == "stripped":
        cells[(s, system.name)] = f"{sc.accuracy:.3f} (fix/harm {_fix_harm(sc)})"
    else:
        cells[(s, system.name)] = _fix_harm(sc)


def run(args: argparse.Namespace) -> int:
    shared = Path(args.shared)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    names = [s.strip() for s in args.systems.split(",") if s.strip()]
    for s in sets:
        if s not in SET_NAMES:
            print(f"unknown set {s!r} (known: {', '.join(SET_NAMES)})", file=sys.stderr)
            return 2
    systems = load_systems(names, shared, Path(args.learn) if args.learn else None)
    if not systems:
        print("no system to run", file=sys.stderr)
        return 1

    cells: dict[tuple[str, str], str] = {}
    notes: list[str] = []
    speed: dict[str, float] = {}

    data: dict[str, object] = {}
    records: list = []
    for s in sets:
        try:
            if s == "001":
                data[s] = load_001(shared, args.raw_001)
            elif s == "news":
                data[s] = load_news()
            elif s in ("noisy", "stripped"):
                gold = load_sentences(shared)
                if s == "noisy":
                    noisy, done = add_noise(gold, args.rate, args.seed)
                    records = done
                    notes.append(f"noisy: {len(done)} noise changes (rate {args.rate}, seed {args.seed})")
                else:
                    noisy = strip_diacritics(gold)
                data[s] = (noisy, gold)
            else:
                data[s] = load_pairs(shared)
        except SetUnavailable as e:
            print(f"set {s}: skipped, {e}")

    # the timed set first, with cold caches
    order = sorted(data, key=lambda s: s != "noisy")
    for system in systems:
        for s in order:
            if s == "stripped" and system.name == "hunspell" and not args.hunspell_stripped:
                cells[(s, system.name)] = "—"
                continue
            system.reset()
            t0 = time.perf_counter()
            try:
                _run_one(system, s, data[s], records, args, cells, notes, speed)
            except Exception as e:  # a broken system must not stop the comparison
                cells[(s, system.name)] = "error"
                print(f"  {system.name} on {s}: {e.__class__.__name__}: {e}", file=sys.stderr)
            print(f"  {system.name:9} {s:9} {cells[(s, system.name)]:32} {time.perf_counter() - t0:7.1f} s", flush=True)
        if isinstance(system, SalnameSystem) and system.bad_edits:
            notes.append(f"salname: {system.bad_edits} outputs differ from the input with its edits applied")

    labels = {
        "001": "001 vs its hand correction (fix / harm)",
        "noisy": "azwiki + noise.py (fix / harm)",
        "pairs": "spell-pairs dev (accuracy)",
        "stripped": "azwiki, diacritics stripped (word accuracy)",
        "news": "speed, words/s, one core, 50 news articles: first pass (second)",
    }
    cols = [s.name for s in systems]
    print()
    print("| set | floor for Salnamə | " + " | ".join(cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    for s in [s for s in SET_NAMES if s in data and s != "news"]:
        print(f"| {labels[s]} | {FLOORS[s]} | " + " | ".join(cells.get((s, c), "") for c in cols) + " |")
    if speed:
        print("| speed, words/s, one core (noisy set) | ≥ 20,000 | " + " | ".join(
            f"{speed[c]:,.0f}" if c in speed else "" for c in cols) + " |")
    if "news" in data:
        print(f"| {labels['news']} | {FLOORS['news']} | " + " | ".join(cells.get(("news", c), "") for c in cols) + " |")
    print()
    for n in dict.fromkeys(notes):
        print(n)
    if "salname" in speed and "symspell" in speed:
        print(f"speed ratio salname / symspell: {speed['salname'] / speed['symspell']:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(SHARED), help="the shared folder (default: ../shared)")
    ap.add_argument("--systems", default=",".join(SYSTEM_NAMES))
    ap.add_argument("--sets", default=",".join(SET_NAMES))
    ap.add_argument("--seed", type=int, default=7, help="noise seed for the noisy set")
    ap.add_argument("--rate", type=float, default=0.08, help="share of words the noise alters")
    ap.add_argument("--raw-001", action="store_true", help="feed 001 as written, not as cleaned")
    ap.add_argument("--by-kind", action="store_true", help="fix on the noisy set by kind of noise")
    ap.add_argument("--show", type=int, default=0, help="list this many missed and harmed words per set")
    ap.add_argument("--hunspell-stripped", action="store_true", help="also run Hunspell on the stripped set (slow)")
    ap.add_argument("--learn", help="a text file standing for the user's archive: salname corrects with its word counts")
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
