"""The terms of the full-text index that begin with a prefix, read off the index's leaf pages.

FTS5 answers a prefix query ("gorus"*) by merging the whole doclist of every term with the prefix,
positions included, before it returns the first row: 40 ms for "gorus"* on 100,000 synthetic
articles, paid again by bm25() for the phrase's document frequency, and even when another word of the
query leaves two documents. The same query written as the terms themselves ("gorus" OR "gorusu" OR
...) matches the very same documents, and FTS5 reads an OR of terms lazily, stopping with the LIMIT.

fts5vocab lists the terms but walks every doclist to count them (100 ms for "gorus"). The terms are
cheaper to read where FTS5 keeps them: every leaf page that holds the start of a term has a row in the
index's ``%_idx`` table (its segment, the smallest key of the page, its number), and the page's footer
lists where each of its terms begins. So the terms of a prefix are on a few pages found by one range
query, and are read without touching a doclist. This reads FTS5's on-disk format (version 4, unchanged
since FTS5 came out); :func:`prefix_terms` gives None for anything it does not recognise, and the caller
then uses the prefix query as before. A test checks the listing against fts5vocab.
"""

from __future__ import annotations

import sqlite3

FORMAT_VERSION = 4  # the "version" of %_config this reader understands
MAIN_INDEX = b"0"  # keys of the main index start with this byte (prefix indexes use "1", "2", ...)
STRUCTURE_ROWID = 10  # the %_data row listing the segments
STRUCTURE_V2 = b"\xff\x00\x00\x01"  # marks the longer segment entries of SQLite >= 3.43
SEGMENT_SHIFT = 37  # a leaf page's rowid in %_data: (segment id << 37) + page number
MAX_TERMS = 2000  # more terms than this under one prefix: the prefix query is as good


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    """SQLite's varint at buf[i]: (value, index after it)."""
    v = 0
    for _ in range(8):
        c = buf[i]
        i += 1
        v = (v << 7) | (c & 0x7F)
        if c < 0x80:
            return v, i
    return (v << 8) | buf[i], i + 1


def page_terms(block: bytes) -> list[bytes]:
    """The keys that begin on one leaf page, in order (from the page's footer of term offsets)."""
    if len(block) < 4:
        raise ValueError("short leaf page")
    footer = int.from_bytes(block[2:4], "big")
    if footer < 4 or footer > len(block):
        raise ValueError("bad leaf page footer")
    out: list[bytes] = []
    i, at, term = footer, 0, b""
    while i < len(block):
        delta, i = _varint(block, i)
        at += delta
        j = at
        if not out:  # the first term of a page is written whole
            n, j = _varint(block, j)
            term = bytes(block[j:j + n])
        else:
            keep, j = _varint(block, j)
            n, j = _varint(block, j)
            if keep > len(term):
                raise ValueError("bad prefix length")
            term = term[:keep] + bytes(block[j:j + n])
        if j + n > footer:
            raise ValueError("term runs past the page")
        out.append(term)
    return out


def _after(key: bytes) -> bytes | None:
    """The smallest key greater than every key that starts with ``key`` (None: there is none)."""
    k = bytearray(key)
    while k:
        if k[-1] < 0xFF:
            k[-1] += 1
            return bytes(k)
        k.pop()
    return None


def segments(conn: sqlite3.Connection, table: str) -> list[tuple[int, int, int]]:
    """(segment id, first page, last page) of every segment, from the index's structure record."""
    row = conn.execute(f"SELECT block FROM '{table}_data' WHERE id = {STRUCTURE_ROWID}").fetchone()
    if row is None:
        return []
    buf = row[0]
    i = 4  # the cookie
    v2 = buf[i:i + 4] == STRUCTURE_V2
    if v2:
        i += 4
    levels, i = _varint(buf, i)
    _, i = _varint(buf, i)  # segments in all
    _, i = _varint(buf, i)  # the write counter
    out = []
    for _level in range(levels):
        _, i = _varint(buf, i)  # segments being merged
        count, i = _varint(buf, i)
        for _seg in range(count):
            seg, i = _varint(buf, i)
            first, i = _varint(buf, i)
            last, i = _varint(buf, i)
            if v2:  # origin (two), tombstone pages, tombstone entries, entries
                for _ in range(5):
                    _, i = _varint(buf, i)
            out.append((seg, first, last))
    return out


def usable(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the index is in the format this module reads."""
    try:
        row = conn.execute(f"SELECT v FROM '{table}_config' WHERE k = 'version'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == FORMAT_VERSION


def prefix_terms(conn: sqlite3.Connection, table: str, prefix: str, max_terms: int = MAX_TERMS) -> list[str] | None:
    """The distinct terms of the index that start with ``prefix``, sorted; None when they cannot be read
    (another on-disk format, a damaged page, more than ``max_terms``). A term whose documents were all
    deleted may still be listed until segments merge: it matches nothing, so an OR of the terms matches
    exactly what the prefix query matches."""
    lo = MAIN_INDEX + prefix.encode("utf-8")
    hi = _after(lo)
    found: set[bytes] = set()
    try:
        for seg, first, last in segments(conn, table):
            if first > last or first < 1:
                continue
            # the last page whose smallest key is <= lo (terms of the prefix may follow on it; a segment's
            # first page always holds terms), then every page whose smallest key starts with the prefix
            before = conn.execute(f"SELECT pgno >> 1 FROM '{table}_idx' WHERE segid = ? AND term <= ? "
                                  f"AND pgno >> 1 BETWEEN ? AND ? ORDER BY term DESC LIMIT 1",
                                  (seg, lo, first, last)).fetchone()
            pages = [max(first, before[0]) if before else first]
            sql = (f"SELECT pgno >> 1 FROM '{table}_idx' WHERE segid = ? AND term > ? "
                   f"AND pgno >> 1 BETWEEN ? AND ?")
            args: tuple = (seg, lo, pages[0] + 1, last)
            if hi is not None:
                sql += " AND term < ?"
                args += (hi,)
            pages += [r[0] for r in conn.execute(sql + " ORDER BY term", args)]
            for pgno in pages:
                row = conn.execute(f"SELECT block FROM '{table}_data' WHERE id = ?",
                                   ((seg << SEGMENT_SHIFT) + pgno,)).fetchone()
                if row is None:
                    return None
                for term in page_terms(row[0]):
                    if term.startswith(lo):
                        found.add(term)
                        if len(found) > max_terms:
                            return None
    except (sqlite3.Error, ValueError, IndexError, TypeError):
        return None
    try:
        return sorted(t[1:].decode("utf-8") for t in found)
    except UnicodeDecodeError:
        return None
