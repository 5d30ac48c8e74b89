"""The archive's word counts: how often each word form occurs in the stored clean texts.

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
FLUSH_FORMS = 200_000  # distinct raw forms held before writing (a few tens of MB)
_UPSERT = "INSERT INTO word_counts (form, n) VALUES (?, ?) ON CONFLICT(form) DO UPDATE SET n = n + excluded.n"


def tally(texts: Iterable[str | None]) -> Counter[str]:
    """Raw (not yet normalised) word tokens of ``texts``, counted."""
    c: Counter[str] = Counter()
    for t in texts:
        if t:
            c.update(raw_word_tokens(t))
    return c


def _normalised(raw: Counter[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for form, n in raw.items():
        key = normalize_form(form)
        out[key] = out.get(key, 0) + n
    return out


def marker(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (MARKER,)).fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def write(conn: sqlite3.Connection, raw: Counter[str], upto: int | None, sign: int = 1) -> None:
    """Add (sign=-1: take away) counts and move the marker. Call inside a transaction."""
    if raw:
        rows = [(f, sign * n) for f, n in _normalised(raw).items() if _encodable(f)]
        conn.executemany(_UPSERT, rows)
        if sign < 0:
            conn.execute("DELETE FROM word_counts WHERE n <= 0")
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
