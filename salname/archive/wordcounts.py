"""The archive's word counts: how often each word form, and each two neighbouring words, occur in
the stored clean texts.

They are the corpus layer of the lexicon (``salname.az.lexicon``), so they must follow every
document the archive takes in, cheaply. New documents' word tokens are tallied in memory at
C speed (``Counter.update`` over a token list) and written in one upsert every so often and at
the end of a run, with a marker, ``settings.word_counts_upto``, naming the last document row
the table covers. A run killed between two writes only leaves the marker behind: the next
writable open counts the documents after it, so nothing is lost or counted twice.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Iterable

from salname.az.lexicon import normalize_form, raw_word_tokens

MARKER = "word_counts_upto"
FLUSH_FORMS = 400_000  # distinct raw forms and pairs held before writing (a few tens of MB)
_UPSERT = "INSERT INTO word_counts (form, n) VALUES (?, ?) ON CONFLICT(form) DO UPDATE SET n = n + excluded.n"
_UPSERT_PAIR = "INSERT INTO word_pairs (pair, n) VALUES (?, ?) ON CONFLICT(pair) DO UPDATE SET n = n + excluded.n"
PAIR_SEP = " "  # no word token holds a space, so a key with one is a pair


def pairs_of(tokens: list[str]) -> list[str]:
    """The keys of each two neighbouring word tokens ("first second")."""
    return [a + PAIR_SEP + b for a, b in zip(tokens, tokens[1:])]


def tally_tokens(c: Counter, tokens: list[str]) -> None:
    """Count ``tokens`` and their neighbouring pairs into ``c``. A pair is counted as the tuple
    (first, second), all at C speed (making its "first second" string per occurrence cost the
    writing process more than the rest of the count); :func:`write` keys it as that string."""
    c.update(tokens)
    c.update(zip(tokens, tokens[1:]))


def tally(texts: Iterable[str | None]) -> Counter:
    """Raw (not yet normalised) word tokens of ``texts`` and their pairs, counted."""
    c: Counter[str] = Counter()
    for t in texts:
        if t:
            tally_tokens(c, raw_word_tokens(t))
    return c


def pair_key(first: str, second: str) -> str:
    """The stored key of a word pair (both normalised as lexicon forms)."""
    return normalize_form(first) + PAIR_SEP + normalize_form(second)


def _normalised(raw: Counter) -> tuple[dict[str, int], dict[str, int]]:
    words: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for form, n in raw.items():
        if type(form) is tuple:  # a pair as tally_tokens counts it
            key = normalize_form(form[0] + PAIR_SEP + form[1])
            out = pairs
        else:
            key = normalize_form(form)
            out = pairs if PAIR_SEP in key else words
        out[key] = out.get(key, 0) + n
    return words, pairs


def text_counts(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """The word and pair counts one clean text adds to the archive's, keyed as stored: to take a
    stored document's own words out of the counts when it is corrected again."""
    return _normalised(tally([text]))


def marker(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (MARKER,)).fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def write(conn: sqlite3.Connection, raw: Counter, upto: int | None, sign: int = 1) -> None:
    """Add (sign=-1: take away) counts and move the marker. Call inside a transaction."""
    if raw:
        words, pairs = _normalised(raw)
        conn.executemany(_UPSERT, [(f, sign * n) for f, n in words.items() if _encodable(f)])
        conn.executemany(_UPSERT_PAIR, [(f, sign * n) for f, n in pairs.items() if _encodable(f)])
        if sign < 0:
            conn.execute("DELETE FROM word_counts WHERE n <= 0")
            conn.execute("DELETE FROM word_pairs WHERE n <= 0")
    if upto is not None:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (MARKER, str(upto)),
        )


def _encodable(form: str) -> bool:
    try:
        form.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
