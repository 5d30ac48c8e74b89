"""Near-duplicate articles: reprints of one press release, linked to the earliest copy.

Outlets reprint agency releases with another headline, their own attribution line, a sentence
changed or the letters typed without ə/ı/ş. Exact copies are already one document (same raw text,
same id); these near copies are kept (each outlet's copy is a source) but linked, so that counts
and the chronicle can take each release once and search can say which hit is a reprint.

A document's text (clean, else raw) becomes the set of its word 5-grams, the words case- and
diacritic-folded (numbers kept), each 5-gram hashed to 32 bits. Its MinHash is datasketch's
``MinHash(num_perm=128, seed=1, scheme="affine32")`` of those hashes, stored as 128 little-endian
uint32 in ``doc_signatures``. It is computed here with numpy in one pass over the whole set (the
pipeline's workers do it, beside the search terms) from datasketch's own definition: its
permutations (drawn from ``RandomState(seed)``) and its MurmurHash3 pre-mix; the tests check the
values equal datasketch's, and that :func:`bands` is what datasketch's MinHashLSH picks. Ingest
never imports datasketch, which pulls in scipy (~50 MB in the writer and in every worker).

A new document is compared with the candidates a banded LSH index gives (MinHashLSH's bands and
rows, see :data:`LSH_THRESHOLD`); a candidate whose MinHash estimate comes near the threshold is
checked on the exact Jaccard of the two 5-gram sets (the worker ships the new document's set, so
only the earlier copy's text is read back), and linked only when that reaches :data:`THRESHOLD`.
Linked copies form a group whose original is its earliest member (by day, undated last, then by
ingest order); ``duplicates`` holds one row per reprint: its original and their exact Jaccard.

The index is plain numpy rather than datasketch's MinHashLSH: loading 100k stored signatures into
MinHashLSH took 8-15 s and ~500 MB (a Python set per bucket). Here each (band, document) is one
uint64, the band's 32-bit key above the document's rowid, in a sorted array: 8 bytes per band,
20 MB for 100k documents, loaded in well under a second, looked up a batch at a time with one
``searchsorted``. These functions work on an open connection inside the caller's transaction
(:class:`salname.archive.sqlite.Archive` owns both).
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
LSH_BANDS = (25, 5)  # MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).b, .r (a test checks)
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
_SIG_ROWS = 2048  # shingles permuted at a time: a long text's (128 x rows) block stays ~1 MB


@dataclass(slots=True)
class Sketch:
    """What the archive keeps of a text: its word count and MinHash (None when too short), and,
    while it travels to the writer, its shingle set (for the exact check; never stored)."""

    words: int
    sig: bytes | None
    shingles: np.ndarray | None = None

    def as_meta(self) -> tuple:
        """The compact form a worker ships to the writer (bytes pickle as one copy)."""
        return (self.words, self.sig, None if self.shingles is None else self.shingles.tobytes())

    @classmethod
    def from_meta(cls, given: object) -> "Sketch | None":
        """The sketch :meth:`as_meta` made, or None if ``given`` is not one."""
        if not isinstance(given, (tuple, list)) or len(given) not in (2, 3):
            return None
        words, sig = int(given[0]), given[1]
        if sig is not None and not (isinstance(sig, bytes) and len(sig) == SIG_BYTES):
            return None
        sh = given[2] if len(given) == 3 else None
        return cls(words, sig, np.frombuffer(sh, dtype=np.uint32) if isinstance(sh, bytes) else None)


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
def permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations for NUM_PERM and SEED, drawn as its
    ``MinHash._init_permutations`` draws them: odd ``a`` and any ``b``, uint32, h -> a*h + b mod 2^32."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """datasketch's pre-mix of the input hashes: the 32-bit MurmurHash3 finalizer."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(shingle_set: np.ndarray) -> bytes:
    """The MinHash of a shingle set (datasketch's, see the module doc) as 128 little-endian uint32."""
    a, b = permutations()
    hv = _fmix32(np.asarray(shingle_set, dtype=np.uint32))
    out = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)  # an empty MinHash
    b = b[:, None]
    for start in range(0, len(hv), _SIG_ROWS):
        block = np.multiply.outer(a, hv[start : start + _SIG_ROWS])  # wraps: mod 2^32, as datasketch's uint32
        block += b
        np.minimum(out, block.min(axis=1), out=out)
    return out.astype("<u4", copy=False).tobytes()


def warm() -> None:
    """Make the permutations and band multipliers here, before the pool forks."""
    permutations()
    _band_mult()


def sketch_of_words(words: Sequence[str], keep_shingles: bool = False) -> Sketch:
    """The sketch of a text already split by :func:`salname.az.searchterms.text_words`;
    ``keep_shingles``: with its shingle set, for the writer's exact check."""
    if len(words) < MIN_WORDS:
        return Sketch(len(words), None)
    sh = shingles_of_words(words)
    return Sketch(len(words), signature(sh), sh if keep_shingles else None)


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

def bands() -> tuple[int, int]:
    """(bands, rows per band) datasketch's MinHashLSH chooses for LSH_THRESHOLD: (25, 5)."""
    return LSH_BANDS


@lru_cache(maxsize=1)
def _band_mult() -> np.ndarray:
    b, r = bands()
    rng = np.random.default_rng(20240601)
    return (rng.integers(0, 1 << 62, size=(b, r), dtype=np.uint64) * np.uint64(2) + np.uint64(1))


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """One 32-bit key per band of each signature: (N, 128) uint32 -> (N, bands) uint32. Two
    signatures share a key where they agree on the whole band; else by chance, one time in 2^32
    per pair of bands (a few false candidates per million documents, which the estimate drops)."""
    b, r = bands()
    parts = sigs[:, : b * r].astype(np.uint64).reshape(len(sigs), b, r)
    return ((parts * _band_mult()).sum(axis=2, dtype=np.uint64) >> np.uint64(32)).astype(np.uint32)


_LOW = np.uint64(0xFFFFFFFF)
_SHIFT = np.uint64(32)


def _entries(ns: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Sorted (key << 32 | rowid) of documents' band keys."""
    out = ((keys.astype(np.uint64) << _SHIFT) | ns.astype(np.uint64)[:, None]).ravel()
    out.sort()
    return out


def _merged(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Two sorted arrays as one (timsort merges the two runs in one pass)."""
    if not a.size:
        return b
    if not b.size:
        return a
    out = np.concatenate([a, b])
    out.sort(kind="stable")
    return out


class NearIndex:
    """Banded LSH over signatures: each (band key, rowid) one uint64 in a large sorted array, plus
    a small sorted one of the documents added since the last merge (merging a batch into the small
    one is cheap; into the large one, every MERGE_EVERY documents). Rowids must be below 2^32."""

    MERGE_EVERY = 8192

    def __init__(self) -> None:
        self._main = np.empty(0, dtype=np.uint64)
        self._recent = np.empty(0, dtype=np.uint64)
        self._recent_docs = 0
        self.size = 0

    LOAD_CHUNK = 8192  # signatures turned into band keys at a time: memory stays small while loading

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, bytes]]) -> "NearIndex":
        """Build from (rowid, signature) pairs; malformed signatures are left out."""
        index = cls()
        parts: list[np.ndarray] = []
        ns: list[int] = []
        blobs: list[bytes] = []

        def flush() -> None:
            sigs = np.frombuffer(b"".join(blobs), dtype="<u4").reshape(len(ns), NUM_PERM)
            parts.append(_entries(np.array(ns, dtype=np.int64), band_keys(sigs)))
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
        if parts:
            index._main = np.concatenate(parts)
            index._main.sort()
        return index

    @staticmethod
    def keys_of(sigs: Sequence[bytes]) -> np.ndarray:
        """The band keys of signatures, one row each."""
        return band_keys(np.frombuffer(b"".join(sigs), dtype="<u4").reshape(len(sigs), NUM_PERM))

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(row, rowid) pairs, distinct: for each row of band keys, the documents of the index that
        share a band with it (one sorted search per array for the whole batch)."""
        rows_out, ids_out = [], []
        if len(keys):
            width = keys.shape[1]
            flat = keys.ravel().astype(np.uint64)
            order = np.argsort(flat, kind="stable")  # sorted needles: searchsorted walks forward
            lo_keys = flat[order] << _SHIFT  # the band key's entries: (key << 32) to (key << 32) | 0xFFFFFFFF
            hi_keys = lo_keys | _LOW
            for arr in (self._main, self._recent):
                if not arr.size:
                    continue
                lo = np.searchsorted(arr, lo_keys, "left")
                hi = np.searchsorted(arr, hi_keys, "right")
                hit = np.nonzero(hi > lo)[0]
                if not hit.size:
                    continue
                counts = hi[hit] - lo[hit]
                starts = np.repeat(lo[hit] - (np.cumsum(counts) - counts), counts)
                pos = starts + np.arange(int(counts.sum()))
                ids_out.append((arr[pos] & _LOW).astype(np.int64))
                rows_out.append(np.repeat(order[hit] // width, counts))
        if not ids_out:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        rows, ids = np.concatenate(rows_out), np.concatenate(ids_out)
        both = np.unique((rows.astype(np.uint64) << _SHIFT) | ids.astype(np.uint64))
        return (both >> _SHIFT).astype(np.int64), (both & _LOW).astype(np.int64)

    def add_many(self, ns: Sequence[int] | np.ndarray, keys: np.ndarray) -> None:
        """Add documents (rowids, their band keys); found by the next :meth:`lookup`."""
        if not len(ns):
            return
        self._recent = _merged(self._recent, _entries(np.asarray(ns, dtype=np.int64), keys))
        self._recent_docs += len(ns)
        self.size += len(ns)
        if self._recent_docs >= self.MERGE_EVERY:
            self._main = _merged(self._main, self._recent)
            self._recent = np.empty(0, dtype=np.uint64)
            self._recent_docs = 0

    def add(self, n: int, sig: bytes) -> None:
        self.add_many([n], self.keys_of([sig]))

    def query(self, sig: bytes) -> set[int]:
        """Rowids sharing at least one band with ``sig``."""
        return set(self.lookup(self.keys_of([sig]))[1].tolist())


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
    """Shingle sets of the documents a linking step compares, each made once: from the sketches
    or words at hand where given, else from the stored text."""

    def __init__(self, conn: sqlite3.Connection, given: dict[int, "np.ndarray | Sequence[str]"]):
        self.conn = conn
        self.given = given
        self.cache: dict[int, np.ndarray] = {}

    def __call__(self, n: int) -> np.ndarray:
        got = self.cache.get(n)
        if got is None:
            if n in self.given:
                g = self.given[n]
                got = g if isinstance(g, np.ndarray) else shingles_of_words(g)
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


def _stored_sigs(conn: sqlite3.Connection, ns: Sequence[int]) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    for i in range(0, len(ns), 500):
        chunk = ns[i : i + 500]
        out.update(conn.execute(f"SELECT n, sig FROM {_SIGNATURES} WHERE sig IS NOT NULL AND n IN "
                                f"({','.join('?' * len(chunk))})", chunk).fetchall())
    return out


def _close_pairs(sigs: np.ndarray, rows: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Which (rows[k], others[k]) signature pairs reach ESTIMATE_FLOOR (a boolean mask)."""
    if not rows.size:
        return np.zeros(0, dtype=bool)
    equal = np.count_nonzero(sigs[rows] == others, axis=1)
    return equal >= ESTIMATE_FLOOR * NUM_PERM


def _within(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(later row, earlier row) pairs of a batch that share a band, distinct."""
    n, width = keys.shape
    if n < 2:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    flat = keys.ravel()
    order = np.argsort(flat, kind="stable")  # rows in order within a key
    sk = flat[order]
    same = np.nonzero(sk[1:] == sk[:-1])[0]
    if not same.size:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    later, earlier = [], []
    # runs of one key: every later row with every earlier one (runs are short: copies of one text)
    starts = same[np.concatenate(([True], same[1:] != same[:-1] + 1))]
    for s in starts.tolist():
        e = s + 1
        while e < len(sk) and sk[e] == sk[s]:
            e += 1
        members = sorted(set((order[s:e] // width).tolist()))
        for x, hi in enumerate(members):
            for lo in members[:x]:
                later.append(hi)
                earlier.append(lo)
    both = np.unique((np.array(later, dtype=np.uint64) << _SHIFT) | np.array(earlier, dtype=np.uint64))
    return (both >> _SHIFT).astype(np.int64), (both & _LOW).astype(np.int64)


def _candidates(conn: sqlite3.Connection, index: NearIndex, ns: np.ndarray, sigs: np.ndarray,
                keys: np.ndarray, within: bool) -> dict[int, list[int]]:
    """For each row of a batch, the rowids (index, and with ``within`` earlier rows of the batch)
    whose MinHash estimate reaches ESTIMATE_FLOOR, keyed by row number."""
    out: dict[int, list[int]] = {}
    rows, ids = index.lookup(keys)
    keep = ids != ns[rows]
    rows, ids = rows[keep], ids[keep]
    if rows.size:
        stored = _stored_sigs(conn, np.unique(ids).tolist())
        have = np.array([c in stored for c in ids.tolist()], dtype=bool)
        rows, ids = rows[have], ids[have]
        if rows.size:
            others = np.frombuffer(b"".join(stored[c] for c in ids.tolist()), "<u4").reshape(-1, NUM_PERM)
            close = _close_pairs(sigs, rows, others)
            for r, c in zip(rows[close].tolist(), ids[close].tolist()):
                out.setdefault(r, []).append(c)
    if within:
        later, earlier = _within(keys)
        close = _close_pairs(sigs, later, sigs[earlier]) if later.size else later.astype(bool)
        for r, e in zip(later[close].tolist(), earlier[close].tolist()):
            out.setdefault(r, []).append(int(ns[e]))
    return out


def _batch(rows: Sequence[tuple[int, Sketch, Sequence[str] | None]]):
    """(rowids, signatures (N, 128), shingle sets or words at hand) of the signed rows."""
    signed = [(n, s, w) for n, s, w in rows if s.sig is not None]
    ns = np.array([n for n, _, _ in signed], dtype=np.int64)
    sigs = np.frombuffer(b"".join(s.sig for _, s, _ in signed), "<u4").reshape(len(signed), NUM_PERM)
    given: dict[int, np.ndarray | Sequence[str]] = {}
    for n, s, w in rows:
        if s.shingles is not None:
            given[n] = s.shingles
        elif w is not None:
            given[n] = w
    return ns, sigs, given


def link(conn: sqlite3.Connection, index: NearIndex,
         rows: Sequence[tuple[int, Sketch, Sequence[str] | None]]) -> int:
    """Store the signatures of documents (rowid, sketch, their words if at hand), in rowid order,
    and link each to the copies the index finds, or earlier ones of the same call; all are then
    added to the index. Returns how many documents became reprints (a new one, or an earlier
    original that a new, earlier copy displaced)."""
    rows = sorted(rows, key=lambda r: r[0])
    conn.executemany(f"INSERT OR REPLACE INTO {_SIGNATURES} (n, words, sig) VALUES (?, ?, ?)",
                     [(n, s.words, s.sig) for n, s, _ in rows])
    ns, sigs, given = _batch(rows)
    if not ns.size:
        return 0
    keys = band_keys(sigs)
    found = _candidates(conn, index, ns, sigs, keys, within=True)
    index.add_many(ns, keys)
    linked = 0
    texts = _Texts(conn, given)
    for r in sorted(found):
        n = int(ns[r])
        matched: dict[int, float] = {}
        for c in found[r]:
            j = jaccard(texts(n), texts(c))
            if j >= THRESHOLD:
                matched[c] = j
        if matched:
            linked += _join(conn, n, matched, texts)
    return linked


def relink(conn: sqlite3.Connection, index: NearIndex,
           rows: Sequence[tuple[int, Sketch, Sequence[str] | None]]) -> None:
    """Documents whose text changed (re-cleaned): store their new signatures, undo the groups they
    were in and link every member of those groups again. The index keeps their old band keys too:
    a candidate is always checked on its stored signature, so they only cost a lookup."""
    rows = sorted(rows, key=lambda r: r[0])
    if not rows:
        return
    conn.executemany(f"INSERT OR REPLACE INTO {_SIGNATURES} (n, words, sig) VALUES (?, ?, ?)",
                     [(n, s.words, s.sig) for n, s, _ in rows])
    members: set[int] = set()
    for n, _, _ in rows:
        root = _root(conn, n)
        members.add(root)
        members.update(m for (m,) in conn.execute(f"SELECT n FROM {_LINKS} WHERE original = ?", (root,)))
    marks = ",".join("?" * len(members))
    conn.execute(f"DELETE FROM {_LINKS} WHERE n IN ({marks}) OR original IN ({marks})",
                 [*members, *members])
    ns, sigs, given = _batch(rows)
    if ns.size:
        index.add_many(ns, band_keys(sigs))
    # every member now, with its stored signature (the changed ones' new ones), against the index
    stored = _stored_sigs(conn, sorted(members))
    order = sorted(stored)
    if not order:
        return
    m_ns = np.array(order, dtype=np.int64)
    m_sigs = np.frombuffer(b"".join(stored[m] for m in order), "<u4").reshape(len(order), NUM_PERM)
    found = _candidates(conn, index, m_ns, m_sigs, band_keys(m_sigs), within=False)
    texts = _Texts(conn, given)
    for r in sorted(found):
        n = int(m_ns[r])
        matched = {c: j for c in found[r] if (j := jaccard(texts(n), texts(c))) >= THRESHOLD}
        if matched:
            _join(conn, n, matched, texts)


def _join(conn: sqlite3.Connection, n: int, matched: dict[int, float], texts: _Texts) -> int:
    """Put ``n``'s group and the groups of its matches together under their earliest member;
    returns how many documents became reprints. Members that get a new original get their Jaccard
    with it."""
    roots = {_root(conn, c) for c in matched} | {_root(conn, n)}
    original = min(roots, key=lambda m: _order(conn, m))

    def similarity(m: int) -> float:
        if m == n and original in matched:
            return matched[original]
        if original == n and m in matched:
            return matched[m]
        return jaccard(texts(m), texts(original))

    for r in roots:
        if r == original:
            continue
        members = [r] + [m for (m,) in conn.execute(f"SELECT n FROM {_LINKS} WHERE original = ?", (r,))]
        conn.executemany(f"INSERT OR REPLACE INTO {_LINKS} (n, original, similarity) VALUES (?, ?, ?)",
                         [(m, original, round(similarity(m), 4)) for m in members])
    return len(roots) - 1


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
