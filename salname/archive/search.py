"""Turning free-text queries into safe FTS5 queries, and the shape of search results.

Users type anything: quotes, ``NEAR(``, ``) OR (``, SQL, emoji. None of it may
reach FTS5 as syntax, so a query is reduced to its words, each quoted, joined
by FTS5's implicit AND.

Each query word goes through the same Azerbaijani analyzer as the indexed text
(:mod:`salname.az.searchterms`): it matches a document word when the two share a
term (a folded key or a suffix-stripped stem), so "qazaxistan senati" finds
"Qazaxıstan Parlamenti Senatının". Its folded key is also prefix-matched; a document
holding the very form typed matches the key and the stems, so it ranks first.
Snippets are cut and marked in Python with the same test, so "baki" marks "Bakıda".

At scale (:func:`run_search`): a broad query matches most of a large archive, and FTS5 would count
and BM25-rank every match (up to 300 ms for one query on 100,000 synthetic articles, most of it in
prefix queries and bm25()). Here the work is bounded, and the page says where:

- matches are read newest first (the most recently added: highest document number) and counted up
  to COUNT_CAP; past it the page says "more than COUNT_CAP" (``SearchPage.total_is_lower_bound``);
- up to RANK_ALL matches (or as many as the page is deep) all are ranked: the order is FTS5's;
- past that, a bounded set of candidates is ranked (``SearchPage.ranked`` says how many): among the
  TITLE_WINDOW newest matches those with every query word in the title (a title word weighs five
  times, so they lead a full ranking too), and the NEWEST_POOL newest matches;
- a prefix is read off the index as its terms (:mod:`salname.archive.ftsterms`) and written as their
  OR, which FTS5 reads lazily (the prefix query merged every doclist of the prefix first);
- BM25 is computed here, for the candidates only, by FTS5's formula, weights and statistics (document
  frequencies counted up to half the table, where the idf reaches its floor, and kept per state of the
  index): the scores are bm25()'s to the last bit (tests compare them);
- date filters are written so that the date index answers them.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
import unicodedata
from collections import Counter, OrderedDict
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Callable, Collection, Sequence

from salname.archive import ftsterms
from salname.archive.schema import FTS_TABLE, fts_columns
from salname.az.searchterms import fold, text_words, word_terms, words

MAX_QUERY_CHARS = 500
MAX_TERMS = 64  # more words than this add nothing but cost
PREFIX_MIN_CHARS = 3  # shorter words ("AB", "və") match exactly (old index without terms)
KEY_PREFIX_MIN_CHARS = 4  # the same for folded keys, which are shorter on meaning

# BM25 column weights: (title, body). A word in the title counts five times as much.
TITLE_WEIGHT = 5.0
BODY_WEIGHT = 1.0
SNIPPET_TOKENS = 32

# Bounded work on broad queries (see the module's docstring)
COUNT_CAP = 1000  # matches counted exactly; beyond this the total is "more than COUNT_CAP"
RANK_ALL = 200  # up to this many matches (or the page's depth, if deeper) every match is ranked
TITLE_POOL = 60  # else the candidates: this many of the newest matches with every word in the title,
TITLE_WINDOW = 500  # looked for among this many of the newest matches,
NEWEST_POOL = 20  # and this many of the newest matches (all at least as deep as the page asked)
LIGHT_MATCHES = 40  # up to this many matches the ranking is light work: run_search's `heavy` is not taken
BM25_K1 = 1.2  # FTS5's bm25() constants
BM25_B = 0.75

MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"

_WORD = re.compile(r"[^\W_]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_MARKS = re.compile("[\x02\x03]")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(slots=True)
class Hit:
    """One search result. ``snippet`` carries MARK_START/MARK_END around matched words."""

    id: str
    title: str | None
    date: str | None
    outlet: str | None
    source: str
    score: float  # higher is better (negated BM25)
    snippet: str
    duplicate_of: str | None = None  # a reprint: the id of its original (salname.archive.duplicates)

    @property
    def plain_snippet(self) -> str:
        return plain(self.snippet)


@dataclass(slots=True)
class SearchPage:
    """A page of results. ``total`` is exact unless ``total_is_lower_bound``: counting stopped at
    COUNT_CAP and more than ``total`` documents match. ``ranked`` is how many matches the ranking
    compared when it did not compare them all (None: every match was ranked, the order is exact)."""

    total: int
    hits: list[Hit] = field(default_factory=list)
    total_is_lower_bound: bool = False
    ranked: int | None = None


def plain(snippet: str) -> str:
    """The snippet without highlight markers."""
    return _MARKS.sub("", snippet)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into (text, highlighted) pieces, for styling."""
    parts: list[tuple[str, bool]] = []
    hot = False
    buf: list[str] = []
    for ch in snippet:
        if ch == MARK_START or ch == MARK_END:
            if buf:
                parts.append(("".join(buf), hot))
                buf = []
            hot = ch == MARK_START
        else:
            buf.append(ch)
    if buf:
        parts.append(("".join(buf), hot))
    return parts


def query_terms(query: str) -> list[str]:
    """The words of a free-text query; raise ValueError only when it is too long."""
    if not isinstance(query, str):
        raise ValueError("search query must be text")
    if len(query) > MAX_QUERY_CHARS:
        raise ValueError(f"search query is too long ({len(query)} characters; at most {MAX_QUERY_CHARS})")
    query = _SURROGATE.sub(" ", query)
    query = unicodedata.normalize("NFC", query)
    seen: set[str] = set()
    terms: list[str] = []
    for word in _WORD.findall(query):
        key = word.casefold()
        if key not in seen:
            seen.add(key)
            terms.append(word)
        if len(terms) >= MAX_TERMS:
            break
    return terms


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def build_match_plain(query: str) -> str | None:
    """The MATCH expression for an index without term columns (an old archive opened read-only)."""
    terms = query_terms(query)
    if not terms:
        return None
    parts = []
    for term in terms:
        quoted = _quote(term)
        parts.append(quoted + "*" if len(term) >= PREFIX_MIN_CHARS else quoted)
    return " ".join(parts)


def build_match(query: str) -> str | None:
    """A safe FTS5 MATCH expression for a free-text query, or None if it has no words.

    Per word: any of its terms, or its folded key as a prefix; the words are ANDed.
    """
    words_ = query_terms(query)
    if not words_:
        return None
    parts = []
    for word in words_:
        terms = word_terms(word)
        if not terms:
            continue
        alts = [_quote(terms[0]) + ("*" if len(terms[0]) >= KEY_PREFIX_MIN_CHARS else "")]
        alts += [_quote(t) for t in terms[1:]]
        parts.append(f"({' OR '.join(alts)})")
    return " AND ".join(parts) if parts else None


class Highlighter:
    """Marks the words of a text that a query matches, by the rule the index uses."""

    def __init__(self, query: str) -> None:
        self.groups: list[tuple[frozenset[str], str]] = []
        for word in query_terms(query):
            terms = word_terms(word)
            if terms:
                prefix = terms[0] if len(terms[0]) >= KEY_PREFIX_MIN_CHARS else ""
                self.groups.append((frozenset(terms), prefix))

    def which(self, word: str) -> int:
        """Index of the first query word this text word matches, or -1."""
        return self._judge(word)

    def _terms(self, word: str) -> tuple[str, ...]:
        return word_terms(word)

    def _judge(self, word: str) -> int:
        terms = None
        for i, (wanted, prefix) in enumerate(self.groups):
            if terms is None:
                terms = self._terms(word)
            if not wanted.isdisjoint(terms) or (prefix and terms and terms[0].startswith(prefix)):
                return i
        return -1

    def snippet(self, text: str | None, size: int = SNIPPET_TOKENS) -> str:
        """A window of ``size`` words holding the most distinct query words, matches marked."""
        if not text:
            return ""
        text = _MARKS.sub(" ", text)
        ws = words(text)
        if not ws:
            return ""
        hits = [self.which(w) for _, _, w in ws]
        best = _best_window(hits, size)
        chosen = range(best, min(len(ws), best + size))
        out: list[str] = [ELLIPSIS] if best > 0 else []
        pos = ws[best][0]
        for i in chosen:
            a, b, _ = ws[i]
            out.append(text[pos:a])
            out.append(f"{MARK_START}{text[a:b]}{MARK_END}" if hits[i] >= 0 else text[a:b])
            pos = b
        last = chosen[-1]
        out.append(ELLIPSIS if last < len(ws) - 1 else text[pos:].rstrip())
        return "".join(out).strip()


class Snippets(Highlighter):
    """:class:`Highlighter` faster on a page of results, with the very same snippets (a test compares
    them): each distinct word is judged once per query (a page meets the same few hundred words again
    and again), words are listed with one C-level findall, and positions are found only for the window
    shown."""

    def __init__(self, query: str) -> None:
        super().__init__(query)
        self._seen: dict[str, int] = {}

    def which(self, word: str) -> int:
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = self._judge(word)
        return found

    def _terms(self, word: str) -> tuple[str, ...]:
        return _word_terms(word)  # remembered across queries

    def snippet(self, text: str | None, size: int = SNIPPET_TOKENS, words: list[str] | None = None) -> str:
        """``words``: text_words(text), when the caller has them already (the markers are not words, so
        they are the words of the text with its markers blanked too)."""
        if not text:
            return ""
        if MARK_START in text or MARK_END in text:
            text = text.replace(MARK_START, " ").replace(MARK_END, " ")
        ws = text_words(text) if words is None else words
        if not ws:
            return ""
        seen = self._seen
        for w in set(ws).difference(seen):
            seen[w] = self._judge(w)
        hits = list(map(seen.__getitem__, ws))
        best = _best_window(hits, size)
        last = min(len(ws), best + size) - 1
        # where the words up to the window's last one stand: each is the first occurrence of its
        # text after the previous one (only non-word characters lie between two words)
        starts = []
        cursor = 0
        for w in ws[: last + 1]:
            at = text.find(w, cursor)
            starts.append(at)
            cursor = at + len(w)
        out: list[str] = [ELLIPSIS] if best > 0 else []
        pos = starts[best]
        for i in range(best, last + 1):
            a = starts[i]
            b = a + len(ws[i])
            out.append(text[pos:a])
            out.append(f"{MARK_START}{text[a:b]}{MARK_END}" if hits[i] >= 0 else text[a:b])
            pos = b
        out.append(ELLIPSIS if last < len(ws) - 1 else text[pos:].rstrip())
        return "".join(out).strip()


def _best_window(hits: list[int], size: int) -> int:
    """Start of the first window of ``size`` words holding the most distinct query words (then the most
    matches): Highlighter's rule. Only windows where a match enters or leaves can be better."""
    if not any(h >= 0 for h in hits[size:]):
        return 0  # every match is in the first window, which no later one beats
    inside: Counter[int] = Counter(h for h in hits[:size] if h >= 0)
    best, best_key = 0, (len(inside), sum(inside.values()))
    for start in range(1, max(1, len(hits) - size + 1)):
        gone, came = hits[start - 1], hits[start + size - 1]
        if gone < 0 and came < 0:
            continue
        if gone >= 0:
            inside[gone] -= 1
            if not inside[gone]:
                del inside[gone]
        if came >= 0:
            inside[came] += 1
        key = (len(inside), sum(inside.values()))
        if key > best_key:
            best, best_key = start, key
    return best


def _check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValueError(f"{name} must be a date like 2024, 2024-03 or 2024-03-05, not {value!r}")
    return value


# the query as phrases ------------------------------------------------------------------------------
_SIMPLE_TERM = re.compile(r"^[a-z0-9]+$")  # a term FTS5's tokenizer leaves as it is


@dataclass(frozen=True, slots=True)
class Phrase:
    """One alternative of a query word: a term, or a term's prefix. ``terms``: what the prefix stands
    for in the index (None: not read, the prefix query is used)."""

    term: str
    prefix: bool
    terms: tuple[str, ...] | None = None

    def fts(self) -> str:
        if self.prefix and self.terms is not None:
            return " OR ".join(_quote(t) for t in self.terms)
        return _quote(self.term) + ("*" if self.prefix else "")


def query_groups(query: str) -> list[list[Phrase]]:
    """Per query word, its alternatives in build_match's order (FTS5 numbers the phrases so)."""
    groups = []
    for word in query_terms(query):
        terms = word_terms(word)
        if terms:
            first = Phrase(terms[0], len(terms[0]) >= KEY_PREFIX_MIN_CHARS)
            groups.append([first] + [Phrase(t, False) for t in terms[1:]])
    return groups


def _expand(conn: sqlite3.Connection, groups: list[list[Phrase]]) -> list[list[Phrase]] | None:
    """The groups with each prefix read as its terms where the index allows; None if some query word
    has no term in the index at all (then nothing matches)."""
    readable = ftsterms.usable(conn, FTS_TABLE)
    state = _index_state(conn) if readable else b""
    out = []
    for group in groups:
        alts = []
        for ph in group:
            if ph.prefix and readable and _SIMPLE_TERM.match(ph.term):
                found = _prefix_terms(conn, ph.term, state)
                if found is not None:
                    ph = Phrase(ph.term, True, tuple(found))
            alts.append(ph)
        if all(ph.terms == () for ph in alts if ph.prefix) and all(ph.prefix for ph in alts):
            return None
        out.append(alts)
    return out


_PREFIX_LOCK = threading.Lock()
_PREFIX_CACHE: OrderedDict[tuple[bytes, str], list[str] | None] = OrderedDict()  # (index state, prefix) -> terms
_PREFIX_MAX = 4096


def _prefix_terms(conn: sqlite3.Connection, prefix: str, state: bytes) -> list[str] | None:
    """The index's terms that start with ``prefix``, kept per state of the index: the index's vocabulary,
    as a term dictionary keeps it in memory, not an answer (reading it from the pages was a quarter of a
    broad search)."""
    key = (state, prefix)
    with _PREFIX_LOCK:
        if key in _PREFIX_CACHE:
            _PREFIX_CACHE.move_to_end(key)
            return _PREFIX_CACHE[key]
    found = ftsterms.prefix_terms(conn, FTS_TABLE, prefix)
    with _PREFIX_LOCK:
        _PREFIX_CACHE[key] = found
        while len(_PREFIX_CACHE) > _PREFIX_MAX:
            _PREFIX_CACHE.popitem(last=False)
    return found


def _match_of(groups: list[list[Phrase]], column: str | None = None) -> str:
    parts = []
    for group in groups:
        alts = [ph.fts() for ph in group if not (ph.prefix and ph.terms == ())]
        parts.append(f"({' OR '.join(alts)})")
    expr = " AND ".join(parts)
    return f"{{{column}}} : ({expr})" if column else expr


# BM25 as FTS5 computes it ----------------------------------------------------------------------------
def _varints(buf: bytes) -> list[int]:
    out, i = [], 0
    while i < len(buf):
        v, i = ftsterms._varint(buf, i)
        out.append(v)
    return out


def _table_stats(conn: sqlite3.Connection) -> tuple[int, float]:
    """(rows, mean row length in tokens): FTS5's own figures, from its averages record."""
    row = conn.execute(f"SELECT block FROM '{FTS_TABLE}_data' WHERE id = 1").fetchone()
    values = _varints(row[0]) if row and row[0] else [0]
    n_rows, tokens = values[0], sum(values[1:])
    return n_rows, (tokens / n_rows if n_rows else 0.0)


_DF_LOCK = threading.Lock()
_DF_CACHE: OrderedDict[tuple, int] = OrderedDict()  # (index state, phrase) -> documents holding it
_DF_MAX = 8192


def _index_state(conn: sqlite3.Connection) -> bytes:
    """Changes whenever anything is written to the index: its structure record (with its cookie) and its
    averages record (rows and tokens)."""
    rows = conn.execute(f"SELECT block FROM '{FTS_TABLE}_data' WHERE id IN (1, {ftsterms.STRUCTURE_ROWID}) "
                        f"ORDER BY id").fetchall()
    return b"|".join(bytes(r[0]) for r in rows if r[0] is not None)


def _document_frequency(conn: sqlite3.Connection, ph: Phrase, n_rows: int, state: tuple) -> int:
    """How many documents hold the phrase, counted up to half the table (beyond, BM25's idf is the same
    floor). Kept per index state, like a term dictionary would."""
    key = (state, ph.term, ph.prefix)
    with _DF_LOCK:
        if key in _DF_CACHE:
            _DF_CACHE.move_to_end(key)
            return _DF_CACHE[key]
    half = (n_rows + 1) // 2  # as many as this: the idf is at its floor, whatever the exact number
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?)"
    n = 0
    if ph.prefix and ph.terms and ph.term in ph.terms:  # the bare stem is usually the commonest term
        n = int(conn.execute(sql, (_quote(ph.term), half)).fetchone()[0])
    if n < half and not (ph.prefix and ph.terms == ()):
        n = int(conn.execute(sql, (ph.fts(), half)).fetchone()[0])
    with _DF_LOCK:
        _DF_CACHE[key] = n
        while len(_DF_CACHE) > _DF_MAX:
            _DF_CACHE.popitem(last=False)
    return n


def _idf(n_rows: int, n_hit: int) -> float:
    idf = math.log((n_rows - n_hit + 0.5) / (n_hit + 0.5))
    return idf if idf > 0.0 else 1e-6


def _token(term: str) -> str:
    """A term as FTS5's unicode61 tokenizer (remove_diacritics 2) stores it."""
    if _SIMPLE_TERM.match(term):
        return term
    return "".join(c for c in unicodedata.normalize("NFD", term.lower()) if not unicodedata.combining(c))


_TERMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # word -> (its terms, its index tokens)
_TERMS_MAX = 200_000


def _analysed(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = _TERMS.get(word)
    if found is None:
        if len(_TERMS) >= _TERMS_MAX:
            _TERMS.clear()
        terms = word_terms(word)
        found = _TERMS[word] = (terms, tuple(_token(t) for t in terms))
    return found


_DOCS_LOCK = threading.Lock()
_DOCS: OrderedDict[tuple[str, int], tuple[bytes, str | None, str | None, list[str]]] = OrderedDict()
_DOCS_MAX = 4096  # documents (a few kB each: the words are shared strings)
_VOCAB: dict[str, str] = {}  # one string object per distinct word, shared by the remembered documents
_VOCAB_MAX = 500_000


# (archive, n) -> (index state, title): in_title reads the titles of the newest 500 matches of every broad
# query, mostly the same documents (a plain dict: its reads and writes are atomic, and it is emptied when full)
_TITLES: dict[tuple[str, int], tuple[bytes, str | None]] = {}
_TITLES_MAX = 50_000


def _remembered(archive: str, state: bytes, n: int) -> tuple[str | None, str | None, list[str]] | None:
    """(title, text, text_words(text)) of document ``n`` as _remember kept them, if the index is still in
    that state (any change to a document's text or title writes the index: its state changes)."""
    with _DOCS_LOCK:
        found = _DOCS.get((archive, n))
        if found is None or found[0] != state:
            return None
        _DOCS.move_to_end((archive, n))
    return found[1], found[2], found[3]


def _remember(archive: str, state: bytes, n: int, title: str | None, text: str | None) -> list[str]:
    """text_words(text), kept with the document's title and text for the state of the index: the newest
    matches are ranked by query after query (every broad query's candidates are among them), and reading
    a text and splitting it into words is most of the cost of scoring it. The list is shared: not to be
    changed."""
    if len(_VOCAB) > _VOCAB_MAX:
        _VOCAB.clear()
    ws = text_words(text)
    ws = list(map(_VOCAB.setdefault, ws, ws))
    with _DOCS_LOCK:
        _DOCS[(archive, n)] = (state, title, text, ws)
        _DOCS.move_to_end((archive, n))
        while len(_DOCS) > _DOCS_MAX:
            _DOCS.popitem(last=False)
    return ws


def _word_terms(word: str) -> tuple[str, ...]:
    """word_terms(word), remembered: a page of results meets the same words query after query."""
    return _analysed(word)[0]


def _word_tokens(word: str) -> tuple[str, ...]:
    """The index tokens of a text word (its terms as the tokenizer keeps them), remembered."""
    return _analysed(word)[1]


class _Scorer:
    """FTS5's bm25(title weight, body weight) for chosen rows, without FTS5 reading every match."""

    def __init__(self, conn: sqlite3.Connection, phrases: list[Phrase], path_key: str, remember: bool = False):
        """``remember``: keep the documents read (their words) for later queries, and use those kept: not
        for a database without a file, nor inside a transaction the caller may still roll back."""
        self.conn = conn
        self.path_key = path_key
        self.remember = remember and bool(path_key)
        self.phrases = phrases
        self.n_rows, self.avgdl = _table_stats(conn)
        self.index_state = _index_state(conn)
        state = (path_key, self.index_state)
        self.idf = [_idf(self.n_rows, _document_frequency(conn, ph, self.n_rows, state)) for ph in phrases]
        self._words: dict[str, tuple[tuple[int, int], ...]] = {}
        self._hot: set[str] = set()  # the words of self._words that match some phrase
        self.read: dict[int, tuple[str | None, list[str]]] = {}  # n -> (text, its words) of the documents scored
        self._wanted = [(_token(ph.term), ph.prefix) for ph in phrases]
        self._exact = frozenset(t for t, prefix in self._wanted if not prefix)
        self._prefixes = tuple(t for t, prefix in self._wanted if prefix)

    def _hits(self, word: str) -> tuple[tuple[int, int], ...]:
        """(phrase, instances) for the tokens one text word is indexed under."""
        exact, prefixes = self._exact, self._prefixes
        found: tuple[tuple[int, int], ...] = ()
        for tok in _word_tokens(word):
            if tok in exact or (prefixes and tok.startswith(prefixes)):
                counts: Counter[int] = Counter()
                for t in _word_tokens(word):
                    for i, (want, prefix) in enumerate(self._wanted):
                        if t.startswith(want) if prefix else t == want:
                            counts[i] += 1
                found = tuple(counts.items())
                self._hot.add(word)
                break
        self._words[word] = found
        return found

    def _freqs(self, title: str | None, text: str | None, words: list[str] | None = None) -> list[float]:
        """FTS5's weighted instance count of each phrase in one document (``words``: text_words(text)).
        Only the words that match a phrase are counted, in C (most words of a text match none); the
        counts are whole numbers times the weights, so their sum is exact in any order."""
        freq = [0.0] * len(self.phrases)
        known = self._words
        for weight, column, ws in ((TITLE_WEIGHT, title, None), (BODY_WEIGHT, text, words)):
            if not column:
                continue
            if ws is None:
                ws = text_words(column)
            distinct = set(ws)
            for w in distinct.difference(known):
                self._hits(w)
            for w in self._hot.intersection(distinct):
                k = ws.count(w)
                for i, c in known[w]:
                    freq[i] += weight * c * k
        return freq

    def _titles(self, ns: list[int]) -> dict[int, str | None]:
        """n -> title of the documents ``ns`` (those that exist), the remembered ones not read again."""
        found: dict[int, str | None] = {}
        missing = ns
        if self.remember:
            state, archive, missing = self.index_state, self.path_key, []
            for n in ns:
                kept = _TITLES.get((archive, n))
                if kept is not None and kept[0] == state:
                    found[n] = kept[1]
                else:
                    missing.append(n)
        if missing:
            rows = self.conn.execute(f"SELECT n, title FROM documents WHERE n IN ({','.join('?' * len(missing))})",
                                     missing).fetchall()
            found.update(rows)
            if self.remember:
                if len(_TITLES) + len(rows) > _TITLES_MAX:
                    _TITLES.clear()
                for n, title in rows:
                    _TITLES[(self.path_key, n)] = (self.index_state, title)
        return found

    def in_title(self, ns: Sequence[int], groups: Sequence[int], limit: int) -> list[int]:
        """Of the documents ``ns`` (in that order), the first ``limit`` whose title holds every query word
        (``groups``: how many phrases each word has, in order)."""
        group_of = [g for g, size in enumerate(groups) for _ in range(size)]
        need = len(groups)
        out: list[int] = []
        hits_of = self._words.get
        judged: dict[str, bool] = {}  # title -> holds every word
        for start in range(0, len(ns), 500):
            chunk = list(ns[start:start + 500])
            titles = self._titles(chunk)
            for n in chunk:
                title = titles.get(n)
                if not title:
                    continue
                full = judged.get(title)
                if full is None:
                    seen = set()
                    for w in text_words(title):
                        found = hits_of(w)
                        if found is None:
                            found = self._hits(w)
                        for i, _ in found:
                            seen.add(group_of[i])
                    full = judged[title] = len(seen) == need
                if full:
                    out.append(n)
                    if len(out) >= limit:
                        return out
        return out

    def scores(self, ns: Sequence[int]) -> dict[int, float]:
        """n -> bm25 (negative: lower is better, as FTS5 gives it) for the documents ``ns``."""
        if not ns:
            return {}
        marks = ",".join("?" * len(ns))
        sizes = dict(self.conn.execute(f"SELECT id, sz FROM '{FTS_TABLE}_docsize' WHERE id IN ({marks})", list(ns)))
        rows: list[tuple[int, str | None, str | None, list[str]]] = []
        missing = list(ns)
        if self.remember:
            missing = []
            for n in ns:
                kept = _remembered(self.path_key, self.index_state, n)
                if kept is None:
                    missing.append(n)
                else:
                    rows.append((n, *kept))
        if missing:
            for n, title, text in self.conn.execute(
                    f"SELECT d.n, d.title, coalesce(c.corrected, d.clean) FROM documents d LEFT JOIN corrections c "
                    f"ON c.n = d.n WHERE d.n IN ({','.join('?' * len(missing))})", missing).fetchall():
                words = (_remember(self.path_key, self.index_state, n, title, text) if self.remember
                         else text_words(text))
                rows.append((n, title, text, words))
        k1, b = BM25_K1, BM25_B
        out = {}
        for n, title, text, words in rows:
            self.read[n] = (text, words)
            freq = self._freqs(title, text, words)
            size = sizes.get(n)
            D = float(sum(_varints(size))) if size else 0.0
            score = 0.0
            for i, idf in enumerate(self.idf):
                score += idf * ((freq[i] * (k1 + 1.0)) / (freq[i] + k1 * (1 - b + b * D / self.avgdl)))
            out[n] = -1.0 * score
        return out


# the search ----------------------------------------------------------------------------------------
def _date_parts(date_from: str | None, date_to: str | None) -> list[tuple[str, list[object]]]:
    """date_condition as disjoint alternatives without OR (each one range of the date index; SQLite
    would merge an OR's two ranges through a list of document numbers, slower than both)."""
    upper = [("d.date < ?", date_to + "\U0010ffff")] if date_to else []
    parts = []
    if date_from:
        parts.append([("d.date >= ?", date_from)] + upper)
        prefixes = [date_from[:k] for k in range(len(date_from))]
        parts.append([(f"d.date IN ({','.join('?' * len(prefixes))})", *prefixes)] + upper)
    else:
        parts.append(upper)
    return [(" AND ".join(c[0] for c in part), [v for c in part for v in c[1:]]) for part in parts]


def date_condition(date_from: str | None, date_to: str | None, column: str = "d.date") -> tuple[str, list[str]]:
    """SQL keeping the dates from ``date_from`` to ``date_to`` compared at the precision of the shorter
    one ("2024" is in 2024-03-15 .. 2024-12; "2024-03" from 2024-03-15), in a form the date index answers:
    ``date >= substr(F, 1, length(date))`` is ``date >= F`` or date one of F's proper prefixes, and
    ``substr(date, 1, length(T)) <= T`` is ``date < T`` followed by the highest character."""
    where, params = [], []
    if date_from:
        prefixes = [date_from[:k] for k in range(len(date_from))]
        where.append(f"({column} >= ? OR {column} IN ({','.join('?' * len(prefixes))}))" if prefixes
                     else f"{column} >= ?")
        params += [date_from, *prefixes]
    if date_to:
        where.append(f"{column} < ?")
        params.append(date_to + "\U0010ffff")
    return " AND ".join(where), params


def run_search(
    conn: sqlite3.Connection,
    query: str,
    limit: int = 10,
    offset: int = 0,
    outlet: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    entity_ids: Sequence[int] = (),
    heavy: Callable[[], AbstractContextManager] | None = None,
    documents: Collection[int] | None = None,
) -> SearchPage:
    """BM25-ranked hits with snippets. Dates compare at the precision of the shorter one,
    so a document dated "2024-03" is found by date_from="2024-03-15". ``entity_ids``: only documents
    mentioning one of these entities; ``documents``: only these (document numbers, e.g. those that report an
    event of a type). Bounded on broad queries: see the module's docstring.
    ``heavy``: entered around the ranking when more than LIGHT_MATCHES documents match (a server's
    limit on expensive work at once), so that narrow queries never wait for it."""
    date_from = _check_date("date_from", date_from)
    date_to = _check_date("date_to", date_to)
    limit = max(0, int(limit))
    offset = max(0, int(offset))
    if "terms" not in fts_columns(conn):
        return _run_search_plain(conn, query, limit, offset, outlet, date_from, date_to, entity_ids, documents)
    groups = query_groups(query)
    if not groups:
        return SearchPage(0, [])

    # filters: lists of document numbers from the documents' indexes ("+rowid": a filter, not lookups,
    # or FTS5 would run the whole query once per document)
    where: list[tuple[str, list[object]]] = []  # alternatives (disjoint), each answered by one index
    if date_from or date_to:
        where = _date_parts(date_from, date_to)
    if outlet:
        where = [(f"{sql} AND d.outlet = ?" if sql else "d.outlet = ?", [*args, outlet])
                 for sql, args in (where or [("", [])])]
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # one snapshot for the terms read, the counts and the rows
    try:
        expanded = _expand(conn, groups)
        if expanded is None:
            return SearchPage(0, [])
        match = _match_of(expanded)
        need = offset + limit
        # the newest matches, counted up to the cap (FTS5 stops reading there)
        allowed = _allowed(conn, where, entity_ids, documents)
        newest = _newest(conn, match, max(COUNT_CAP, need) + 1, allowed)
        lower_bound = len(newest) > max(COUNT_CAP, need)
        total = len(newest) - 1 if lower_bound else len(newest)
        if total == 0 or limit == 0 or offset >= total:
            return SearchPage(total, [], lower_bound)
        light = heavy is None or (not lower_bound and total <= LIGHT_MATCHES)
        with nullcontext() if light else heavy():
            phrases = [ph for group in expanded for ph in group]
            scorer = _Scorer(conn, phrases, _db_key(conn), remember=own)
            ranked: int | None = None
            if not lower_bound and total <= max(RANK_ALL, need):
                candidates = newest  # every match
            else:
                # among the matches counted (the newest), those with every word in the title, and the newest
                # few; looking for title matches further back would mean reading every match
                sizes = [len(group) for group in expanded]
                titled = scorer.in_title(newest[: max(TITLE_WINDOW, need)], sizes, max(TITLE_POOL, need))
                candidates = list(dict.fromkeys(titled + newest[: max(NEWEST_POOL, need)]))
                ranked = len(candidates)
            scores = scorer.scores(candidates)
            order = sorted(scores, key=lambda n: (scores[n], n))[offset: need]
            hits = _page_hits(conn, query, order, scores, scorer.read)
    finally:
        if own:
            conn.execute("COMMIT")
    return SearchPage(total, hits, lower_bound, ranked)


FEW_ALLOWED = 5000  # documents passing the filters: up to this many, FTS5 is handed the list
MIN_BATCH = 1024  # else matches are read in batches of at least this many


def _allowed(conn: sqlite3.Connection, where: list[tuple[str, list[object]]],
             entity_ids: Sequence[int], documents: Collection[int] | None = None) -> frozenset[int] | set[int] | None:
    """The documents that pass the filters (None: there are none to apply), read from the indexes.
    ``where``: conditions on the documents, any of which lets a document pass."""
    found: frozenset[int] | set[int] | None = None
    if where:
        found = _passing(conn, where)
    if entity_ids:
        mentioning = set(_ints(conn, f"SELECT n FROM mentions WHERE entity_id IN ({','.join('?' * len(entity_ids))})",
                               [int(e) for e in entity_ids]))
        found = mentioning if found is None else found & mentioning
    if documents is not None:
        found = set(documents) if found is None else found.intersection(documents)
    return found


_PASSING_LOCK = threading.Lock()
_PASSING: OrderedDict[tuple, frozenset[int]] = OrderedDict()  # (archive, index state, conditions) -> documents
_PASSING_MAX = 16  # a year of 100,000 documents is a set of a megabyte or two


def _passing(conn: sqlite3.Connection, where: list[tuple[str, list[object]]]) -> frozenset[int]:
    """The documents that pass any of the conditions on their own columns (a date range, an outlet),
    kept per state of the index: a document's date and outlet never change, and adding or deleting a
    document writes the index (read from this connection, so its own uncommitted writes count). Many
    searches share a filter (an outlet, this year), and listing tens of thousands of documents costs
    more than the rest of a search."""
    path = _db_key(conn)
    key = (path, _index_state(conn), tuple((sql, tuple(params)) for sql, params in where)) if path else None
    if key is not None:
        with _PASSING_LOCK:
            found = _PASSING.get(key)
            if found is not None:
                _PASSING.move_to_end(key)
                return found
    out: set[int] = set()
    for sql, params in where:
        out.update(_ints(conn, f"SELECT d.n FROM documents d WHERE {sql}", params))
    found = frozenset(out)
    if key is not None:
        with _PASSING_LOCK:
            _PASSING[key] = found
            while len(_PASSING) > _PASSING_MAX:
                _PASSING.popitem(last=False)
    return found


def _newest(conn: sqlite3.Connection, match: str, want: int, allowed: frozenset[int] | set[int] | None) -> list[int]:
    """Up to ``want`` matches that pass the filters, newest first. Few documents passing: FTS5 keeps
    those from the list; many (a year, an outlet): the matches are read newest first, in growing
    batches, and kept here, which is cheaper than handing FTS5 a list of tens of thousands."""
    base = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    if allowed is None:
        return [r[0] for r in conn.execute(f"{base} ORDER BY rowid DESC LIMIT ?", (match, want))]
    if not allowed:
        return []
    if len(allowed) <= FEW_ALLOWED:
        return [r[0] for r in conn.execute(
            f"{base} AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid DESC LIMIT ?",
            (match, json.dumps(sorted(allowed)), want))]
    out: list[int] = []
    below: int | None = None
    batch = max(MIN_BATCH, want * 2)
    read = 0
    while len(out) < want:
        if below is None:
            rows = _ints(conn, f"{base} ORDER BY rowid DESC LIMIT ?", [match, batch])
        else:
            rows = _ints(conn, f"{base} AND rowid < ? ORDER BY rowid DESC LIMIT ?", [match, below, batch])
        rows.sort(reverse=True)
        out += [n for n in rows if n in allowed]
        read += len(rows)
        if len(rows) < batch:
            break
        below = rows[-1]
        # the next batch: what the share of matches kept so far says is left to read, and a quarter more
        # (twice the last one when none was kept yet)
        batch = max(MIN_BATCH, int((want - len(out)) * read / len(out) * 1.25)) if out else batch * 2
    return out[:want]


def _ints(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> list[int]:
    """The first column of a query of integers (in no promised order), read as one JSON array (one Python object
    from SQLite instead of a row each: several times faster for tens of thousands)."""
    found = conn.execute(f"WITH t(x) AS ({sql}) SELECT json_group_array(x) FROM t", list(params)).fetchone()[0]
    return json.loads(found) if found else []


def _db_key(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else ""


def _page_hits(conn: sqlite3.Connection, query: str, ns: list[int], scores: dict[int, float],
               read: dict[int, tuple[str | None, list[str]]] | None = None) -> list[Hit]:
    """The page's documents with snippets, in the order given. ``read``: n -> (text, its words) of
    documents the ranking has already read and split (not read or split again)."""
    if not ns:
        return []
    read = read or {}
    marks = ",".join("?" * len(ns))
    rows = {r[0]: r for r in conn.execute(
        f"SELECT d.n, d.id, d.title, d.date, d.outlet, d.source FROM documents d WHERE d.n IN ({marks})", ns)}
    texts = {n: read[n][0] for n in ns if n in read}
    missing = [n for n in ns if n not in read]
    if missing:
        texts.update(conn.execute(f"SELECT d.n, coalesce(c.corrected, d.clean) FROM documents d LEFT JOIN corrections c "
                                  f"ON c.n = d.n WHERE d.n IN ({','.join('?' * len(missing))})", missing).fetchall())
    light = Snippets(query)
    hits = []
    for n in ns:
        r = rows.get(n)
        if r is None:  # an index entry without its document: nothing to show
            continue
        known = read.get(n)
        hits.append(Hit(id=r[1], title=r[2], date=r[3], outlet=r[4], source=r[5], score=-float(scores[n]),
                        snippet=light.snippet(texts.get(n), words=known[1] if known else None)))
    return hits


def _run_search_plain(conn: sqlite3.Connection, query: str, limit: int, offset: int, outlet: str | None,
                      date_from: str | None, date_to: str | None, entity_ids: Sequence[int],
                      documents: Collection[int] | None = None) -> SearchPage:
    """Search on an index without the analyzer's term columns (an old archive opened read-only):
    FTS5 counts and ranks every match, and cuts the snippets."""
    match = build_match_plain(query)
    if match is None:
        return SearchPage(0, [])
    where = [f"{FTS_TABLE} MATCH ?"]
    params: list[object] = [match]
    if outlet:
        where.append("d.outlet = ?")
        params.append(outlet)
    if date_from:
        where.append("d.date >= substr(?, 1, length(d.date))")
        params.append(date_from)
    if date_to:
        where.append("substr(d.date, 1, ?) <= ?")
        params.extend((len(date_to), date_to))
    if entity_ids:
        where.append(f"+d.n IN (SELECT n FROM mentions WHERE entity_id IN ({','.join('?' * len(entity_ids))}))")
        params.extend(int(e) for e in entity_ids)
    if documents is not None:
        where.append("+d.n IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(int(n) for n in documents)))
    cond = " AND ".join(where)
    total = int(conn.execute(
        f"SELECT count(*) FROM {FTS_TABLE} CROSS JOIN documents d ON d.n = {FTS_TABLE}.rowid WHERE {cond}",
        params).fetchone()[0])
    if total == 0 or limit == 0 or offset >= total:
        return SearchPage(total, [])
    weights = f"{TITLE_WEIGHT}, {BODY_WEIGHT}"
    rows = conn.execute(
        f"SELECT d.n, d.id, d.title, d.date, d.outlet, d.source, "
        f"bm25({FTS_TABLE}, {weights}) AS score "
        f"FROM {FTS_TABLE} CROSS JOIN documents d ON d.n = {FTS_TABLE}.rowid "
        f"WHERE {cond} ORDER BY score, d.n LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    ns = [r[0] for r in rows]
    marks = ",".join("?" * len(ns))
    snippets = dict(conn.execute(
        f"SELECT rowid, snippet({FTS_TABLE}, 1, ?, ?, ?, {SNIPPET_TOKENS}) FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH ? AND rowid IN ({marks})",
        [MARK_START, MARK_END, ELLIPSIS, match, *ns],
    ).fetchall())
    hits = [Hit(id=r[1], title=r[2], date=r[3], outlet=r[4], source=r[5], score=-float(r[6]),
                snippet=snippets.get(r[0]) or "") for r in rows]
    return SearchPage(total, hits)
