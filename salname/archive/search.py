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
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
import unicodedata
from dataclasses import dataclass, field

from salname.archive.schema import FTS_TABLE, fts_columns
from salname.az.searchterms import fold, word_terms, words

MAX_QUERY_CHARS = 500
MAX_TERMS = 64  # more words than this add nothing but cost
PREFIX_MIN_CHARS = 3  # shorter words ("AB", "və") match exactly (old index without terms)
KEY_PREFIX_MIN_CHARS = 4  # the same for folded keys, which are shorter on meaning

# BM25 column weights: (title, body). A word in the title counts five times as much.
TITLE_WEIGHT = 5.0
BODY_WEIGHT = 1.0
SNIPPET_TOKENS = 32

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
    total: int
    hits: list[Hit] = field(default_factory=list)


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
        terms = None
        for i, (wanted, prefix) in enumerate(self.groups):
            if terms is None:
                terms = word_terms(word)
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
        # slide the window once over the text, keeping how often each query word is in it
        inside: Counter[int] = Counter(h for h in hits[:size] if h >= 0)
        best, best_key = 0, (len(inside), sum(inside.values()))
        for start in range(1, max(1, len(ws) - size + 1)):
            gone, came = hits[start - 1], hits[start + size - 1]
            if gone >= 0:
                inside[gone] -= 1
                if not inside[gone]:
                    del inside[gone]
            if came >= 0:
                inside[came] += 1
            key = (len(inside), sum(inside.values()))
            if key > best_key:
                best, best_key = start, key
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


def _check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValueError(f"{name} must be a date like 2024, 2024-03 or 2024-03-05, not {value!r}")
    return value


def run_search(
    conn: sqlite3.Connection,
    query: str,
    limit: int = 10,
    offset: int = 0,
    outlet: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> SearchPage:
    """BM25-ranked hits with snippets. Dates compare at the precision of the shorter one,
    so a document dated "2024-03" is found by date_from="2024-03-15"."""
    date_from = _check_date("date_from", date_from)
    date_to = _check_date("date_to", date_to)
    analysed = "terms" in fts_columns(conn)
    match = build_match(query) if analysed else build_match_plain(query)
    if match is None:
        return SearchPage(0, [])
    limit = max(0, int(limit))
    offset = max(0, int(offset))

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
    cond = " AND ".join(where)
    filtered = len(where) > 1

    if filtered:
        total_sql = f"SELECT count(*) FROM {FTS_TABLE} CROSS JOIN documents d ON d.n = {FTS_TABLE}.rowid WHERE {cond}"
    else:
        total_sql = f"SELECT count(*) FROM {FTS_TABLE} WHERE {cond}"
    total = int(conn.execute(total_sql, params).fetchone()[0])
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
    # snippets only for the page shown, not for every match
    ns = [r[0] for r in rows]
    marks = ",".join("?" * len(ns))
    if analysed:
        light = Highlighter(query)
        snippets = {
            n: light.snippet(clean)
            for n, clean in conn.execute(
                f"SELECT d.n, coalesce(c.corrected, d.clean) FROM documents d LEFT JOIN corrections c "
                f"ON c.n = d.n WHERE d.n IN ({marks})",
                ns,
            )
        }
    else:
        snippets = dict(
            conn.execute(
                f"SELECT rowid, snippet({FTS_TABLE}, 1, ?, ?, ?, {SNIPPET_TOKENS}) FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH ? AND rowid IN ({marks})",
                [MARK_START, MARK_END, ELLIPSIS, match, *ns],
            ).fetchall()
        )
    hits = [
        Hit(
            id=r[1],
            title=r[2],
            date=r[3],
            outlet=r[4],
            source=r[5],
            score=-float(r[6]),
            snippet=snippets.get(r[0]) or "",
        )
        for r in rows
    ]
    return SearchPage(total, hits)
