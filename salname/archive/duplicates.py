"""Near-duplicate articles: reprints of one press release, linked to the earliest copy.

Outlets reprint agency releases with another headline, their own attribution line, a sentence
changed or the letters typed without ə/ı/ş. Exact copies are already one document (same raw text,
same id); these near copies are kept (each outlet's copy is a source) but linked, so that counts
and the chronicle can take each release once and search can say which hit is a reprint.

A document's text (clean, else raw) becomes the set of its word 5-grams, the words case- and
diacritic-folded (numbers kept), each 5-gram hashed to 32 bits. Its MinHash (datasketch, 128
permutations) is stored as 128 little-endian uint32 in ``doc_signatures``. A new document is
compared with the candidates a banded LSH index gives (MinHashLSH's bands and rows, see
:data:`LSH_THRESHOLD`); a candidate whose MinHash estimate comes near the threshold is checked on
the exact Jaccard of the two 5-gram sets, and linked only when that reaches :data:`THRESHOLD`. Linked copies
form a group whose original is its earliest member (by day, undated last, then by ingest order);
``duplicates`` holds one row per reprint: its original and their exact Jaccard.

The index is plain numpy rather than datasketch's MinHashLSH: loading 100k stored signatures into
MinHashLSH took 8-15 s and ~500 MB (a Python set per bucket); sorted band keys load in well under a
second and take ~40 MB. These functions work on an open connection inside the caller's
transaction (:class:`salname.archive.sqlite.Archive` owns both).
"""

from __future__ import annotations

import sqlite3
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np

from salname.az.searchterms import text_words
from salname.az.text import search_key

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch's permutation scheme: 32-bit values, stored as they are
THRESHOLD = 0.7  # least Jaccard of the 5-gram sets for two documents to be copies
SHINGLE = 5  # words per shingle
MIN_WORDS = 40  # shorter texts (a headline and boilerplate) are never linked
# The bands of the LSH index are MinHashLSH's choice for this threshold, not for THRESHOLD: its
# threshold balances missed and false candidates, and at 0.7 (14 bands of 9) a pair of Jaccard 0.7
# is a candidate only 44% of the time (measured: 89% of the corpus's linkable reprints found). At 0.5
# (25 bands of 5) it is 99%, and a pair of Jaccard 0.3 is one 6% of the time; the checks below weed
# those out cheaply.
LSH_THRESHOLD = 0.5
# A candidate is read from the archive for the exact check only when the MinHash estimate is at
# least this: 3.7 standard deviations of a 128-permutation estimate at THRESHOLD below it.
ESTIMATE_FLOOR = THRESHOLD - 0.15
# Names how signatures are made; an archive holding others signs every document again.
VERSION = f"w{SHINGLE}-folded-crc32-mult64/{SCHEME}-{NUM_PERM}-seed{SEED}"
SIG_BYTES = NUM_PERM * 4

_SIGNATURES = "doc_signatures"
_LINKS = "duplicates"

# one odd 64-bit multiplier per word position of a shingle: the top 32 bits of the sum hash it
_SHINGLE_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                          0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD], dtype=np.uint64)
_WORD_HASH_MAX = 200_000
_word_hash: dict[str, int] = {}


@dataclass(slots=True)
class Sketch:
    """What the archive keeps of a text: its word count and MinHash (None when too short)."""

    words: int
    sig: bytes | None


# -- shingles and signatures ------------------------------------------------------------------

def _hash_word(word: str) -> int:
    h = zlib.crc32(search_key(word).encode("utf-8"))
    if len(_word_hash) >= _WORD_HASH_MAX:
        _word_hash.clear()
    _word_hash[word] = h
    return h


def shingles_of_words(words: Sequence[str]) -> np.ndarray:
    """The sorted distinct 32-bit hashes of the word 5-grams (words as written; folded here).
    A word is folded and hashed once per process: folding the whole text costs ten times more."""
    if len(words) < SHINGLE:
        return np.empty(0, dtype=np.uint32)
    hashes = list(map(_word_hash.get, words))
    if None in hashes:
        hashes = [_hash_word(w) if x is None else x for x, w in zip(hashes, words)]
    h = np.array(hashes, dtype=np.uint64)
    m = len(h) - SHINGLE + 1
    acc = h[:m] * _SHINGLE_MULT[0]
    for k in range(1, SHINGLE):
        acc += h[k : k + m] * _SHINGLE_MULT[k]
    out = np.sort((acc >> np.uint64(32)).astype(np.uint32))
    return out[np.concatenate(([True], out[1:] != out[:-1]))]  # np.unique, at a third of its cost


def shingles(text: str | None) -> np.ndarray:
    return shingles_of_words(text_words(text))


@lru_cache(maxsize=1)
def _template():
    """This process's one MinHash, cleared for every text (a copy per text costs 25 us more)."""
    from datasketch import MinHash

    # the shingles are hashes already: hashfunc=int feeds them to the permutations as they are
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)


def signature(shingle_set: np.ndarray) -> bytes:
    """The MinHash of a shingle set as 128 little-endian uint32."""
    m = _template()
    m.clear()
    m.update_batch(shingle_set.tolist())
    return m.hashvalues.astype("<u4", copy=False).tobytes()


def warm() -> None:
    """Import datasketch (about a second: it pulls in scipy) and make the MinHash template here,
    so that forked workers share them instead of each importing on its first document."""
    _template()
    bands()


def sketch_of_words(words: Sequence[str]) -> Sketch:
    """The sketch of a text already split by :func:`salname.az.searchterms.text_words`."""
    if len(words) < MIN_WORDS:
        return Sketch(len(words), None)
    return Sketch(len(words), signature(shingles_of_words(words)))


def sketch(text: str | None) -> Sketch:
    return sketch_of_words(text_words(text))


def estimate(a: bytes, b: bytes) -> float:
    """MinHash estimate of the Jaccard of two signatures (the share of equal values)."""
    return float(np.count_nonzero(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4"))) / NUM_PERM


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard of two shingle sets (sorted distinct arrays)."""
    if not a.size or not b.size:
        return 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


# -- the LSH index ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def bands() -> tuple[int, int]:
    """(bands, rows per band) datasketch's MinHashLSH chooses for LSH_THRESHOLD: (25, 5)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _band_mult() -> np.ndarray:
    b, r = bands()
    rng = np.random.default_rng(20240601)
    return (rng.integers(0, 1 << 62, size=(b, r), dtype=np.uint64) * np.uint64(2) + np.uint64(1))


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """One 64-bit key per band of each signature: (N, 128) uint32 -> (N, bands) uint64. Two
    signatures share a key where they agree on the whole band (else almost never)."""
    b, r = bands()
    parts = sigs[:, : b * r].astype(np.uint64).reshape(len(sigs), b, r)
    return (parts * _band_mult()).sum(axis=2, dtype=np.uint64)


class NearIndex:
    """Banded LSH over signatures: sorted band keys (numpy) plus a dict of those added since the
    last merge. Keys are document rowids."""

    MERGE_EVERY = 8192  # documents added before the dict is merged into the sorted arrays

    def __init__(self) -> None:
        self._keys = np.empty(0, dtype=np.uint64)
        self._ids = np.empty(0, dtype=np.int64)
        self._pending: dict[int, list[int]] = {}
        self._pending_docs = 0
        self.size = 0

    LOAD_CHUNK = 8192  # signatures turned into band keys at a time: memory stays small while loading

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, bytes]]) -> "NearIndex":
        """Build from (rowid, signature) pairs; malformed signatures are left out."""
        index = cls()
        key_parts: list[np.ndarray] = []
        id_parts: list[np.ndarray] = []
        ns: list[int] = []
        blobs: list[bytes] = []

        def flush() -> None:
            sigs = np.frombuffer(b"".join(blobs), dtype="<u4").reshape(len(ns), NUM_PERM)
            keys = band_keys(sigs)
            key_parts.append(keys.ravel())
            id_parts.append(np.repeat(np.array(ns, dtype=np.int64), keys.shape[1]))
            index.size += len(ns)
            ns.clear()
            blobs.clear()

        for n, sig in rows:
            if isinstance(sig, bytes) and len(sig) == SIG_BYTES:
                ns.append(n)
                blobs.append(sig)
                if len(ns) >= cls.LOAD_CHUNK:
                    flush()
        if ns:
            flush()
        if key_parts:
            keys = np.concatenate(key_parts)
            order = np.argsort(keys, kind="stable")
            index._keys, index._ids = keys[order], np.concatenate(id_parts)[order]
        return index

    def keys_of(self, sigs: Sequence[bytes]) -> np.ndarray:
        """The band keys of signatures, one row each."""
        return band_keys(np.frombuffer(b"".join(sigs), dtype="<u4").reshape(len(sigs), NUM_PERM))

    def lookup(self, keys: np.ndarray) -> list[set[int]]:
        """For each row of band keys, the rowids in the merged arrays sharing a band (one numpy
        search for all rows; most find nothing)."""
        out: list[set[int]] = [set() for _ in range(len(keys))]
        if self._keys.size and len(keys):
            flat = keys.ravel()
            lo = np.searchsorted(self._keys, flat, "left")
            hi = np.searchsorted(self._keys, flat, "right")
            width = keys.shape[1]
            for i in np.nonzero(hi > lo)[0].tolist():
                out[i // width].update(self._ids[lo[i] : hi[i]].tolist())
        return out

    def lookup_recent(self, row: Sequence[int]) -> set[int]:
        """The rowids added since the last merge that share a band with ``row``."""
        out: set[int] = set()
        if self._pending:
            get = self._pending.get
            for k in row:
                found = get(k)
                if found:
                    out.update(found)
        return out

    def add_keys(self, n: int, row: Sequence[int]) -> None:
        """Add a document by its band keys; :meth:`lookup` sees it after :meth:`merge_if_due`."""
        for k in row:
            self._pending.setdefault(k, []).append(n)
        self._pending_docs += 1
        self.size += 1

    def merge_if_due(self) -> None:
        if self._pending_docs >= self.MERGE_EVERY:
            self._merge()

    def add(self, n: int, sig: bytes) -> None:
        self.add_keys(n, self.keys_of([sig])[0].tolist())
        self.merge_if_due()

    def query(self, sig: bytes) -> set[int]:
        """Rowids sharing at least one band with ``sig``."""
        keys = self.keys_of([sig])
        return self.lookup(keys)[0] | self.lookup_recent(keys[0].tolist())

    def _merge(self) -> None:
        if not self._pending:
            return
        keys = np.fromiter((k for k, ids in self._pending.items() for _ in ids), dtype=np.uint64)
        ids = np.fromiter((i for ids in self._pending.values() for i in ids), dtype=np.int64)
        all_keys = np.concatenate([self._keys, keys])
        order = np.argsort(all_keys, kind="stable")  # two sorted runs: timsort merges them
        self._keys, self._ids = all_keys[order], np.concatenate([self._ids, ids])[order]
        self._pending, self._pending_docs = {}, 0


# -- the archive's tables ---------------------------------------------------------------------

def stored_version(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = 'duplicates_version'").fetchone()
    return row[0] if row else None


def set_version(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES ('duplicates_version', ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (VERSION,))


def forget_all(conn: sqlite3.Connection) -> None:
    """Drop every signature and link (signatures of another VERSION); the next ingest signs again."""
    conn.execute(f"DELETE FROM {_LINKS}")
    conn.execute(f"DELETE FROM {_SIGNATURES}")
    set_version(conn)
    mark_signed(conn, 0)


def signed_upto(conn: sqlite3.Connection) -> int:
    """Every document up to this rowid has its signature row (0: none known to)."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'duplicates_upto'").fetchone()
    return int(row[0]) if row and row[0] else 0


def mark_signed(conn: sqlite3.Connection, upto: int) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES ('duplicates_upto', ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(int(upto)),))


def load_index(conn: sqlite3.Connection) -> NearIndex:
    return NearIndex.from_rows(conn.execute(f"SELECT n, sig FROM {_SIGNATURES} WHERE sig IS NOT NULL"))


def unsigned(conn: sqlite3.Connection, after: int, limit: int) -> list[int]:
    """Rowids above ``after`` of stored documents without a signature row, oldest first."""
    rows = conn.execute(f"SELECT d.n FROM documents d LEFT JOIN {_SIGNATURES} s ON s.n = d.n "
                        "WHERE d.n > ? AND s.n IS NULL ORDER BY d.n LIMIT ?", (int(after), int(limit)))
    return [r[0] for r in rows]


class _Texts:
    """Shingle sets of the documents a linking step compares, each made once: from the batch's
    own words where given, else from the stored text."""

    def __init__(self, conn: sqlite3.Connection, words: dict[int, Sequence[str]]):
        self.conn = conn
        self.words = words
        self.cache: dict[int, np.ndarray] = {}

    def __call__(self, n: int) -> np.ndarray:
        got = self.cache.get(n)
        if got is None:
            if n in self.words:
                got = shingles_of_words(self.words[n])
            else:
                row = self.conn.execute("SELECT coalesce(clean, raw) FROM documents WHERE n = ?", (n,)).fetchone()
                got = shingles(row[0] if row else None)
            self.cache[n] = got
        return got


def _order(conn: sqlite3.Connection, n: int) -> tuple[bool, str, int]:
    """Which copy is the original: the earliest day (undated last), then the first stored. The time
    of day is left out: outlets' clocks and time zones differ, and most give none."""
    row = conn.execute("SELECT substr(date, 1, 10) FROM documents WHERE n = ?", (n,)).fetchone()
    day = row[0] if row else None
    return (not day, day or "", n)


def _root(conn: sqlite3.Connection, n: int) -> int:
    row = conn.execute(f"SELECT original FROM {_LINKS} WHERE n = ?", (n,)).fetchone()
    return row[0] if row else n


def _sig_of(conn: sqlite3.Connection, n: int) -> bytes | None:
    row = conn.execute(f"SELECT sig FROM {_SIGNATURES} WHERE n = ?", (n,)).fetchone()
    return row[0] if row else None


def link(conn: sqlite3.Connection, index: NearIndex,
         rows: Sequence[tuple[int, Sketch, Sequence[str] | None]]) -> int:
    """Store the signatures of documents (rowid, sketch, their words if at hand), in rowid order,
    and link each to the copies the index finds; each is then added to the index. Returns how many
    documents became reprints (a new one, or an earlier original that a new, earlier copy displaced)."""
    rows = sorted(rows, key=lambda r: r[0])
    conn.executemany(f"INSERT OR REPLACE INTO {_SIGNATURES} (n, words, sig) VALUES (?, ?, ?)",
                     [(n, s.words, s.sig) for n, s, _ in rows])
    texts = _Texts(conn, {n: w for n, _, w in rows if w is not None})
    signed = [(n, s.sig) for n, s, _ in rows if s.sig is not None]
    if not signed:
        return 0
    sigs = dict(signed)
    keys = index.keys_of([sig for _, sig in signed])
    stored = index.lookup(keys)  # the archive's candidates, all at once; the batch's come below
    linked = 0
    for (n, sig), row, cands in zip(signed, keys.tolist(), stored):
        matched: dict[int, float] = {}
        for c in cands | index.lookup_recent(row):
            if c == n:
                continue
            other = sigs.get(c) or _sig_of(conn, c)
            if other is None or estimate(sig, other) < ESTIMATE_FLOOR:
                continue
            j = jaccard(texts(n), texts(c))
            if j >= THRESHOLD:
                matched[c] = j
        index.add_keys(n, row)  # the next documents of the batch find it among the recent ones
        if matched:
            linked += _join(conn, n, matched, texts)
    index.merge_if_due()
    return linked


def _join(conn: sqlite3.Connection, n: int, matched: dict[int, float], texts: _Texts) -> int:
    """Put ``n`` and the groups of its matches together under their earliest member; returns how
    many documents became reprints. Members that get a new original get their Jaccard with it."""
    roots = {_root(conn, c) for c in matched}
    original = min(roots | {n}, key=lambda m: _order(conn, m))
    for r in roots:
        if r == original:
            continue
        members = [r] + [m for (m,) in conn.execute(f"SELECT n FROM {_LINKS} WHERE original = ?", (r,))]
        conn.executemany(f"INSERT OR REPLACE INTO {_LINKS} (n, original, similarity) VALUES (?, ?, ?)",
                         [(m, original, round(jaccard(texts(m), texts(original)), 4)) for m in members])
    if n != original:
        sim = matched.get(original)
        if sim is None:
            sim = jaccard(texts(n), texts(original))
        conn.execute(f"INSERT OR REPLACE INTO {_LINKS} (n, original, similarity) VALUES (?, ?, ?)",
                     (n, original, round(sim, 4)))
    return len(roots | {n}) - 1


# -- reading ------------------------------------------------------------------------------------

_BRIEF = "d.id, d.date, d.outlet, d.title"


def _brief(row: Sequence) -> dict:
    return {"id": row[0], "date": row[1], "outlet": row[2], "title": row[3]}


def original_of(conn: sqlite3.Connection, n: int) -> dict | None:
    """The original a reprint points at (id, date, outlet, title, similarity), or None."""
    row = conn.execute(f"SELECT {_BRIEF}, x.similarity FROM {_LINKS} x JOIN documents d ON d.n = x.original "
                       "WHERE x.n = ?", (n,)).fetchone()
    return None if row is None else {**_brief(row), "similarity": row[4]}


def reprints(conn: sqlite3.Connection, original: int) -> list[dict]:
    """The reprints of an original, earliest first, each with its Jaccard to it."""
    rows = conn.execute(f"SELECT {_BRIEF}, x.similarity FROM {_LINKS} x JOIN documents d ON d.n = x.n "
                        "WHERE x.original = ? ORDER BY d.date IS NULL, d.date, d.n", (original,))
    return [{**_brief(r), "similarity": r[4]} for r in rows]


def group_of(conn: sqlite3.Connection, n: int) -> int:
    """The rowid of the original of the group ``n`` is in (``n`` itself when it is not a reprint)."""
    return _root(conn, n)


def groups(conn: sqlite3.Connection, limit: int | None = None) -> list[dict]:
    """Groups of copies, the largest first (then the newest original): each its original and reprints."""
    sql = (f"SELECT x.original, count(*) AS k FROM {_LINKS} x JOIN documents d ON d.n = x.original "
           "GROUP BY x.original ORDER BY k DESC, d.date DESC, x.original")
    params: tuple = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (max(0, int(limit)),)
    out = []
    for original, _ in conn.execute(sql, params).fetchall():
        row = conn.execute(f"SELECT {_BRIEF} FROM documents d WHERE d.n = ?", (original,)).fetchone()
        out.append({"original": _brief(row), "reprints": reprints(conn, original)})
    return out


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many documents are reprints, and of how many originals."""
    k, g = conn.execute(f"SELECT count(*), count(DISTINCT original) FROM {_LINKS}").fetchone()
    return {"reprints": int(k), "duplicate_groups": int(g)}


def originals_by_id(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    """For those of ``ids`` that are reprints: id -> the original's id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT r.id, o.id FROM {_LINKS} x JOIN documents r ON r.n = x.n "
                        f"JOIN documents o ON o.n = x.original WHERE r.id IN ({marks})", list(ids))
    return dict(rows.fetchall())
