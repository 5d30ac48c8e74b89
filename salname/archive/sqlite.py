"""The archive: one SQLite file holding documents, their layers, rejections and runs.

Every write is one explicit transaction (BEGIN IMMEDIATE ... COMMIT) so a run
killed at any moment leaves the file as it was after the last committed batch,
and running the same inputs again ends in the same archive as a clean run.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from salname.archive import chronicle, registry, schema, wordcounts
from salname.archive import duplicates as neardup  # not to be confused with exact duplicates (same id)
from salname.archive.schema import FTS_TABLE, ArchiveError
from salname.archive.search import SearchPage, run_search
from salname.document import Change, Document, Edit, Event, Mention, Rejected
from salname.offsets import OffsetMap

ID_CHUNK = 500  # ids per IN (...) query
MIN_PREFIX = 6
_FTS_COLS = ", ".join(schema.FTS_COLUMNS)
_FTS_VIEW = schema.FTS_CONTENT_VIEW
# pipeline hints, derived from the text: not stored. "search_terms" = (title terms, clean terms)
# and "word_tokens" (of the clean text; a list, or one string with a token a line: a third of the
# cost to unpickle) are computed by a worker, sparing the writing process;
# so is "near_sketch" = (words, MinHash bytes or None, 5-gram hashes) of the text
# (salname.archive.duplicates.Sketch.as_meta).
_TRANSIENT_META = ("line_keys", "search_terms", "word_tokens", "near_sketch")

_DOC_COLUMNS = (
    "id", "source", "format", "outlet", "date", "title", "url", "added_at", "run_id",
    "raw_chars", "clean_chars", "meta", "clean_changes", "clean_map", "clean", "raw",
)  # fmt: skip
_REVERSED_COLUMNS = _DOC_COLUMNS[::-1]
_INSERT_DOC = (
    f"INSERT INTO documents ({', '.join(_DOC_COLUMNS)}) VALUES ({', '.join('?' * len(_DOC_COLUMNS))})"
)
_INSERT_SOURCE = "INSERT OR IGNORE INTO doc_sources (doc_id, source, added_at, run_id) VALUES (?, ?, ?, ?)"
_INSERT_LINES = (
    "INSERT INTO outlet_lines (outlet, key, docs) VALUES (?, ?, ?) "
    "ON CONFLICT(outlet, key) DO UPDATE SET docs = docs + excluded.docs"
)
_INSERT_REJECTED = (
    "INSERT INTO rejected (source, reason, stage, first_seen, last_seen, times, run_id) "
    "VALUES (?, ?, ?, ?, ?, 1, ?) "
    "ON CONFLICT(source, reason) DO UPDATE SET last_seen = excluded.last_seen, "
    "times = times + 1, stage = excluded.stage, run_id = excluded.run_id"
)
_SELECT_DOC = (
    "SELECT n, id, source, format, outlet, date, title, url, meta, clean, clean_map, clean_changes, raw, "
    "c.edits, c.corrected_map, c.corrected FROM documents LEFT JOIN corrections c USING (n)"
)
_UPSERT_CORRECTION = (
    "INSERT INTO corrections (n, edits, corrected_map, corrected) VALUES (?, ?, ?, ?) "
    "ON CONFLICT(n) DO UPDATE SET edits = excluded.edits, corrected_map = excluded.corrected_map, "
    "corrected = excluded.corrected"
)


@dataclass(slots=True)
class BatchResult:
    new: int
    duplicates: int
    rejected: int
    new_ids: list[str] = field(default_factory=list)
    reprints: int = 0  # new documents linked as near-duplicates of earlier ones
    new_rowids: list[int] = field(default_factory=list)  # the rowids of new_ids, in the same order


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _storable(text: str) -> str:
    """Text SQLite can take: lone surrogates (from surrogateescape decoding) made visible."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _bad_field(row: Sequence[Any], names: Sequence[str] = _DOC_COLUMNS) -> str | None:
    """Name the first text field that SQLite would refuse (lone surrogates), if any."""
    for name, value in zip(names, row):
        if type(value) is str and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                return f"{name} has an invalid character at offset {exc.start} (lone surrogate); cannot store it"
    return None


def _doc_row(doc: Document, now: str, run_id: int | None) -> tuple[Any, ...]:
    meta = doc.meta
    if meta and any(k in meta for k in _TRANSIENT_META):
        meta = {k: v for k, v in meta.items() if k not in _TRANSIENT_META}
    clean = doc.clean
    return (
        doc.id,
        doc.source,
        doc.format,
        doc.outlet,
        doc.date,
        doc.title,
        doc.url,
        now,
        run_id,
        len(doc.raw),
        len(clean) if clean is not None else None,
        _dumps(meta) if meta else None,
        _dumps([c.as_dict() for c in doc.clean_changes]) if doc.clean_changes else None,
        _dumps(doc.clean_map.to_list()) if doc.clean_map is not None else None,
        clean,
        doc.raw,
    )


def _correction_row(doc: Document) -> tuple[Any, ...] | None:
    """(edits, corrected_map, corrected) of a document with a corrected layer, else None."""
    if doc.corrected is None:
        return None
    return (
        _dumps([e.as_dict() for e in doc.edits]),
        _dumps(doc.corrected_map.to_list()) if doc.corrected_map is not None else None,
        doc.corrected,
    )


def _row_document(row: Sequence[Any]) -> Document:
    _n, id_, source, fmt, outlet, date, title, url, meta, clean, cmap, changes, raw, edits, kmap, corrected = row
    return Document(
        raw=raw,
        source=source,
        format=fmt,
        outlet=outlet,
        date=date,
        title=title,
        url=url,
        meta=json.loads(meta) if meta else {},
        clean=clean,
        clean_map=OffsetMap.from_list(json.loads(cmap)) if cmap else None,
        clean_changes=[Change(**c) for c in json.loads(changes)] if changes else [],
        corrected=corrected,
        corrected_map=OffsetMap.from_list(json.loads(kmap)) if kmap else None,
        edits=[Edit.from_dict(e) for e in json.loads(edits)] if edits else [],
        _id=id_,
    )


class Archive:
    """One archive file. Use :meth:`open`; one thread at a time per Archive."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool):
        self._conn = conn
        self.path = path
        self.readonly = readonly
        self._pending_words: Counter[str] = Counter()
        self._pending_upto: int | None = None
        self._near: neardup.NearIndex | None = None  # loaded by the first write that links

    # opening -------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, readonly: bool = False) -> "Archive":
        """Open (creating and migrating if needed) the archive at ``path``."""
        path = Path(path).expanduser()
        if path.exists() and path.is_dir():
            raise ArchiveError(f"{path}: is a folder, not an archive file")
        try:
            if readonly:
                if not path.exists():
                    raise ArchiveError(f"{path}: no archive there")
                conn = sqlite3.connect(
                    path.resolve().as_uri() + "?mode=ro", uri=True,
                    isolation_level=None, check_same_thread=False,
                )  # fmt: skip
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        except (sqlite3.Error, OSError) as exc:
            raise ArchiveError(f"{path}: cannot open archive ({exc})") from exc
        try:
            cls._configure(conn, readonly, path)
            if readonly:
                version = schema.check_version(conn, path)
                if version < schema.current_version():
                    raise schema.ArchiveVersionError(
                        f"{path}: archive schema version {version} is older than this salname's "
                        f"({schema.current_version()}); open it once without read-only to upgrade it"
                    )
            else:
                schema.migrate(conn, path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ArchiveError(f"{path}: not a usable salname archive ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        archive = cls(conn, path, readonly)
        if not readonly:
            try:
                archive._catch_up_word_counts()
            except BaseException:
                archive.close()
                raise
        return archive

    @staticmethod
    def _configure(conn: sqlite3.Connection, readonly: bool, path: Path) -> None:
        schema.register_functions(conn)
        conn.execute("PRAGMA busy_timeout = 10000")
        if not readonly:
            # 8 KiB pages (takes effect only when the file is created) hold an article's raw and
            # clean text with fewer overflow pages; with checkpoints every ~40 MiB of WAL instead
            # of 4 MiB, measured about 20% faster ingest.
            conn.execute("PRAGMA page_size = 8192")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise ArchiveError(f"{path}: cannot switch the archive to WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
        conn.execute("PRAGMA mmap_size = 268435456")  # 256 MiB
        conn.execute("PRAGMA temp_store = MEMORY")
        if not readonly:
            conn.execute("PRAGMA wal_autocheckpoint = 5000")

    def close(self) -> None:
        if self._conn is not None:
            try:
                if not self.readonly:
                    self.flush_word_counts()
                    self._conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass  # what was not written is counted on the next writable open
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for readers such as export; do not write through it."""
        if self._conn is None:
            raise ArchiveError(f"{self.path}: archive is closed")
        return self._conn

    @property
    def schema_version(self) -> int:
        return schema.user_version(self.connection)

    def _write_check(self) -> None:
        if self.readonly:
            raise ArchiveError(f"{self.path}: archive was opened read-only")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (even a KeyboardInterrupt)."""
        self._write_check()
        conn = self.connection
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may already have rolled back (e.g. disk full)
                conn.execute("ROLLBACK")
            raise

    # reading -------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored."""
        conn = self.connection
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        for i in range(0, len(wanted), ID_CHUNK):
            chunk = wanted[i : i + ID_CHUNK]
            sql = f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in conn.execute(sql, chunk))
        return found

    def __len__(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM documents").fetchone()[0])

    def get(self, id_or_prefix: str) -> Document | None:
        """The document with this id, or with this unique id prefix (at least 6 characters)."""
        key = (id_or_prefix or "").strip().lower()
        if len(key) < MIN_PREFIX:
            raise ValueError(f"document id {id_or_prefix!r} is too short: give at least {MIN_PREFIX} characters")
        conn = self.connection
        row = conn.execute(f"{_SELECT_DOC} WHERE id = ?", (key,)).fetchone()
        if row is not None:
            return _row_document(row)
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 11", (key, key + "\uffff")
            )
        ]
        if not ids:
            return None
        if len(ids) > 1:
            more = ", ..." if len(ids) > 10 else ""
            raise ValueError(f"document id prefix {key!r} is ambiguous: {', '.join(ids[:10])}{more}")
        row = conn.execute(f"{_SELECT_DOC} WHERE id = ?", (ids[0],)).fetchone()
        return _row_document(row)

    def sources_of(self, doc_id: str) -> list[str]:
        """Every source a document arrived from, first one first."""
        rows = self.connection.execute("SELECT source FROM doc_sources WHERE doc_id = ? ORDER BY rowid", (doc_id,))
        return [r[0] for r in rows]

    def _iter(self, where: str, params: Sequence[Any], batch_size: int) -> Iterator[Document]:
        conn = self.connection
        last = 0
        batch_size = max(1, int(batch_size))
        cond = f"{where} AND n > ?" if where else "n > ?"
        while True:
            rows = conn.execute(f"{_SELECT_DOC} WHERE {cond} ORDER BY n LIMIT ?", (*params, last, batch_size)).fetchall()
            if not rows:
                return
            for row in rows:
                yield _row_document(row)
            last = rows[-1][0]

    def iter_documents(self, batch_size: int = 1000, since: str | None = None) -> Iterator[Document]:
        """Every document in insertion order, a page at a time (flat memory); ``since`` (an ISO
        date or time) keeps those added then or later. Safe to interleave with update_corrections."""
        if since:
            return self._iter("added_at >= ?", (since,), batch_size)
        return self._iter("", (), batch_size)

    def count_documents(self, since: str | None = None) -> int:
        """How many documents :meth:`iter_documents` would give."""
        if not since:
            return len(self)
        row = self.connection.execute("SELECT count(*) FROM documents WHERE added_at >= ?", (since,)).fetchone()
        return int(row[0])

    def documents_of_outlet(self, outlet: str, batch_size: int = 500) -> Iterator[Document]:
        """One outlet's documents in insertion order; safe to interleave with update_clean."""
        return self._iter("outlet = ?", (outlet,), batch_size)

    def outlet_raw_texts(self, outlet: str, batch_size: int = 500, upto: int | None = None,
                         rowids: Sequence[int] | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(id, raw, meta) of one outlet's documents in insertion order: the cheap way to find which
        of them a change of boilerplate touches (no clean text, map or changes decoded). ``upto``:
        only those up to this rowid; ``rowids``: only these (of any outlet)."""
        conn = self.connection
        if rowids is not None:
            wanted = sorted(set(rowids))
            for i in range(0, len(wanted), ID_CHUNK):
                chunk = wanted[i : i + ID_CHUNK]
                rows = conn.execute(f"SELECT id, raw, meta FROM documents WHERE n IN ({','.join('?' * len(chunk))}) "
                                    "ORDER BY n", chunk).fetchall()
                for doc_id, raw, meta in rows:
                    yield doc_id, raw, json.loads(meta) if meta else {}
            return
        last = 0
        top = (1 << 62) if upto is None else int(upto)
        while True:
            rows = conn.execute(
                "SELECT n, id, raw, meta FROM documents WHERE outlet = ? AND n > ? AND n <= ? ORDER BY n LIMIT ?",
                (outlet, last, top, max(1, int(batch_size))),
            ).fetchall()
            if not rows:
                return
            for _n, doc_id, raw, meta in rows:
                yield doc_id, raw, json.loads(meta) if meta else {}
            last = rows[-1][0]

    def rejected(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Rejections, most recently seen first."""
        sql = (
            "SELECT source, reason, stage, first_seen, last_seen, times FROM rejected "
            "ORDER BY last_seen DESC, id DESC"
        )
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (max(0, int(limit)),)
        keys = ("source", "reason", "stage", "first_seen", "last_seen", "times")
        return [dict(zip(keys, r)) for r in self.connection.execute(sql, params)]

    def boilerplate_keys(self, min_docs: int) -> dict[str, frozenset[str]]:
        """Per outlet, the line keys seen in at least ``min_docs`` of its documents."""
        out: dict[str, set[str]] = {}
        sql = "SELECT outlet, key FROM outlet_lines WHERE docs >= ?"
        if min_docs >= schema.BOILERPLATE_INDEX_MIN:  # lets SQLite use the partial index
            sql += f" AND docs >= {schema.BOILERPLATE_INDEX_MIN}"
        for outlet, key in self.connection.execute(sql, (int(min_docs),)):
            out.setdefault(outlet, set()).add(key)
        return {k: frozenset(v) for k, v in out.items()}

    def search(
        self,
        query: str,
        limit: int = 10,
        offset: int = 0,
        outlet: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        entity_ids: Sequence[int] = (),
    ) -> SearchPage:
        """BM25-ranked search over title and clean text; see :mod:`salname.archive.search`.
        ``entity_ids``: only documents that mention one of these entities."""
        page = run_search(self.connection, query, limit, offset, outlet, date_from, date_to, entity_ids)
        originals = neardup.originals_by_id(self.connection, [h.id for h in page.hits])
        for hit in page.hits:
            hit.duplicate_of = originals.get(hit.id)  # a reprint stays in the results, marked
        return page

    def stats(self) -> dict[str, Any]:
        conn = self.connection
        docs, raw_chars, clean_chars, dmin, dmax = conn.execute(
            "SELECT count(*), coalesce(sum(raw_chars), 0), coalesce(sum(clean_chars), 0), min(date), max(date) "
            "FROM documents"
        ).fetchone()
        outlets = dict(
            conn.execute(
                "SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL "
                "GROUP BY outlet ORDER BY count(*) DESC, outlet"
            ).fetchall()
        )
        formats = dict(
            conn.execute(
                "SELECT coalesce(format, ''), count(*) FROM documents GROUP BY format ORDER BY count(*) DESC"
            ).fetchall()
        )
        runs, unfinished = conn.execute(
            "SELECT count(*), coalesce(sum(finished_at IS NULL), 0) FROM runs"
        ).fetchone()
        last = conn.execute(
            "SELECT id, command, started_at, finished_at, counts FROM runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
        size = 0
        for suffix in ("", "-wal"):
            try:
                size += os.path.getsize(str(self.path) + suffix)
            except OSError:
                pass
        return {
            "documents": int(docs),
            "rejected": int(conn.execute("SELECT count(*) FROM rejected").fetchone()[0]),
            "sources": int(conn.execute("SELECT count(*) FROM doc_sources").fetchone()[0]),
            "outlets": outlets,
            "undated": int(conn.execute("SELECT count(*) FROM documents WHERE date IS NULL").fetchone()[0]),
            **neardup.counts(conn),  # "reprints" (near-duplicates linked to an earlier copy), "duplicate_groups"
            "date_min": dmin,
            "date_max": dmax,
            "formats": formats,
            "raw_chars": int(raw_chars),
            "clean_chars": int(clean_chars),
            "schema_version": schema.user_version(conn),
            "fts_tokenizer": schema.FTS_TOKENIZER,
            "search_analyzer": schema.ANALYZER_VERSION,
            "file_size": size,
            "path": str(self.path),
            "runs": int(runs),
            "unfinished_runs": int(unfinished),
            "last_run": None
            if last is None
            else {
                "id": last[0],
                "command": last[1],
                "started_at": last[2],
                "finished_at": last[3],
                "counts": json.loads(last[4]) if last[4] else None,
            },
        }

    # writing -------------------------------------------------------------
    def start_run(self, command: str, inputs: list[str]) -> int:
        """Record that a run began; a run killed before finish_run stays unfinished."""
        with self._transaction() as conn:
            cur = conn.execute(
                "INSERT INTO runs (command, inputs, started_at) VALUES (?, ?, ?)",
                (_storable(command), _dumps([_storable(str(i)) for i in inputs]), _now()),
            )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with self._transaction() as conn:
            cur = conn.execute(
                "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?", (_now(), _dumps(counts), run_id)
            )
        if cur.rowcount == 0:
            raise ValueError(f"{self.path}: no run with id {run_id}")

    def runs(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Recorded runs, newest first."""
        sql = "SELECT id, command, inputs, started_at, finished_at, counts FROM runs ORDER BY id DESC"
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (max(0, int(limit)),)
        return [
            {
                "id": r[0],
                "command": r[1],
                "inputs": json.loads(r[2]),
                "started_at": r[3],
                "finished_at": r[4],
                "counts": json.loads(r[5]) if r[5] else None,
            }
            for r in self.connection.execute(sql, params)
        ]

    def add_batch(self, docs: list[Document], rejected: list[Rejected], run_id: int | None = None) -> BatchResult:
        """Store a batch in one transaction: new documents, their sources, line counts, rejections.

        Documents already stored (or repeated in the batch) only add their source. A document
        SQLite cannot store (lone surrogates) becomes a rejection at stage "store".
        """
        self._write_check()
        try:
            return self._add_batch(docs, rejected, run_id, checked=False)
        except UnicodeEncodeError:
            # rare: some text SQLite cannot take; the batch was rolled back, so sort it out
            return self._add_batch(docs, rejected, run_id, checked=True)

    def _add_batch(
        self, docs: list[Document], rejected: list[Rejected], run_id: int | None, checked: bool
    ) -> BatchResult:
        now = _now()
        rejected = list(rejected)
        # prepare outside the transaction: the write lock is held only for the inserts
        first: dict[str, tuple[Document, tuple[Any, ...]]] = {}
        sources: dict[tuple[str, str], None] = {}
        duplicates = 0
        bad_ids: set[str] = set()
        for doc in docs:
            doc_id = doc.id
            if doc_id in first or doc_id in bad_ids:
                duplicates += 1
                if doc_id in first:
                    sources[(doc_id, _storable(doc.source) if checked else doc.source)] = None
                continue
            row = _doc_row(doc, now, run_id)
            if checked:
                bad = _bad_field(row[::-1], _REVERSED_COLUMNS)  # raw first: the likeliest culprit
                if bad is not None:
                    bad_ids.add(doc_id)
                    rejected.append(Rejected(doc.source, bad, "store"))
                    continue
            first[doc_id] = (doc, row)
            sources[(doc_id, doc.source)] = None
        rej_rows = [(_storable(r.source), _storable(r.reason), r.stage, now, now, run_id) for r in rejected]

        try:
            with self._transaction() as conn:
                known = self.known_ids(first)
                new = [(doc, row) for doc_id, (doc, row) in first.items() if doc_id not in known]
                duplicates += len(first) - len(new)
                last = conn.execute("SELECT coalesce(max(n), 0) FROM documents").fetchone()[0]
                self._insert_documents(conn, [row for _, row in new])
                # (n, id) of the rows just inserted, for the steps that key on the rowid
                inserted = conn.execute("SELECT n, id FROM documents WHERE n > ? ORDER BY n", (last,)).fetchall()
                self._insert_corrections(conn, inserted, [doc for doc, _ in new])
                self._store_mentions(conn, inserted, [doc for doc, _ in new], fresh=True)
                self._index_documents(conn, inserted, [doc for doc, _ in new])
                reprints = self._link_duplicates(conn, inserted, [doc for doc, _ in new])
                if reprints:  # a reprint's reports join the events of its original's
                    chronicle.join_reprints(conn, [n for n, _ in inserted])
                self._insert_sources(conn, [(d, src, now, run_id) for d, src in sources])
                self._count_lines(conn, [doc for doc, _ in new], checked)
                self._insert_rejected(conn, rej_rows)
        except BaseException:
            self._near = None  # it may hold documents the rollback took away: load it again
            raise
        self._tally_words([doc for doc, _ in new], inserted[-1][0] if inserted else last)
        return BatchResult(
            new=len(new), duplicates=duplicates, rejected=len(rejected), new_ids=[doc.id for doc, _ in new],
            reprints=reprints, new_rowids=[n for n, _ in inserted],
        )

    # the steps of add_batch, separate so tests can make one of them fail
    def _insert_documents(self, conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            conn.executemany(_INSERT_DOC, rows)

    def _insert_corrections(self, conn: sqlite3.Connection, inserted: list[tuple[int, str]],
                            docs: Sequence[Document]) -> None:
        layers = {d.id: r for d in docs if (r := _correction_row(d)) is not None}
        if layers:
            conn.executemany(_UPSERT_CORRECTION, [(n, *layers[i]) for n, i in inserted if i in layers])

    def _store_mentions(self, conn: sqlite3.Connection, inserted: list[tuple[int, str]],
                        docs: Sequence[Document], fresh: bool = False) -> None:
        """The entities layer of documents just stored or rewritten, into the registry."""
        by_id = {d.id: d for d in docs}
        rows = [(n, by_id[i].date, by_id[i].mentions) for n, i in inserted if i in by_id]
        if rows:
            from salname.extract import aliases_of

            aliases: dict[str, list[str]] = {}
            for _, i in inserted:
                if i in by_id:
                    for k, v in aliases_of(by_id[i].mentions, by_id[i].text).items():
                        aliases.setdefault(k, []).extend(x for x in v if x not in aliases.get(k, ()))
            registry.store_mentions(conn, rows, aliases, fresh)
        erows = [(n, by_id[i].events, by_id[i].mentions) for n, i in inserted if i in by_id]
        if erows:
            chronicle.store_events(conn, erows, fresh)

    def _index_documents(self, conn: sqlite3.Connection, inserted: list[tuple[int, str]],
                         docs: Sequence[Document] = ()) -> None:
        """Index the documents just inserted (``inserted``: their (n, id)), with the terms the
        pipeline's workers computed when every document has them, else through the view."""
        if not inserted:
            return
        given = {d.id: d.meta.get("search_terms") for d in docs}
        if (len(inserted) == len(given) and all(i in given for _, i in inserted)
                and all(isinstance(t, (tuple, list)) and len(t) == 2 for t in given.values())):
            conn.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, {_FTS_COLS}) VALUES (?, ?, ?)",
                [(n, *given[i]) for n, i in inserted],
            )
            return
        conn.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, {_FTS_COLS}) SELECT * FROM {_FTS_VIEW} WHERE n >= ?", (inserted[0][0],)
        )

    # near-duplicates --------------------------------------------------------
    def _near_index(self, conn: sqlite3.Connection) -> neardup.NearIndex:
        """The LSH index of the stored signatures, loaded once (inside the caller's transaction).
        This Archive must be the archive's only writer meanwhile: documents another process stores
        are not candidates until the index is loaded again. Signatures made another way (another
        duplicates.VERSION) are dropped first, links too, and :meth:`sign_stored` makes them again."""
        if self._near is None:
            self._check_signatures(conn)
            self._near = neardup.load_index(conn)
        return self._near

    @staticmethod
    def _check_signatures(conn: sqlite3.Connection) -> None:
        version = neardup.stored_version(conn)
        if version != neardup.VERSION:
            if version is None and conn.execute("SELECT 1 FROM doc_signatures LIMIT 1").fetchone() is None:
                neardup.set_version(conn)
            else:
                neardup.forget_all(conn)

    def _link_duplicates(self, conn: sqlite3.Connection, inserted: list[tuple[int, str]],
                         docs: Sequence[Document]) -> int:
        """Sign the documents just inserted and link the near-duplicates among them and the archive."""
        if not inserted:
            return 0
        return neardup.link(conn, self._near_index(conn), self._sketches(inserted, docs))

    @staticmethod
    def _sketches(inserted: list[tuple[int, str]], docs: Sequence[Document]
                  ) -> list[tuple[int, neardup.Sketch, Sequence[str] | None]]:
        """(rowid, sketch, words if split here) of documents, from the workers' sketches if given."""
        by_id = {d.id: d for d in docs}
        rows: list[tuple[int, neardup.Sketch, Sequence[str] | None]] = []
        for n, i in inserted:
            doc = by_id.get(i)
            if doc is None:
                continue
            given = neardup.Sketch.from_meta(doc.meta.get("near_sketch"))
            if given is not None:
                rows.append((n, given, None))
            else:
                words = neardup.text_words(doc.clean if doc.clean is not None else doc.raw)
                rows.append((n, neardup.sketch_of_words(words), words))
        return rows

    def sign_stored(self, batch_size: int = 500, on_progress: Callable[[int], None] | None = None) -> int:
        """Sign the stored documents that have no signature (stored before near-duplicates were
        found, or when their signatures were made another way) and link them, a batch per
        transaction. Returns how many were signed."""
        self._write_check()
        done = 0
        while True:
            try:
                with self._transaction() as conn:
                    if self._near is None:
                        self._check_signatures(conn)
                    after = neardup.signed_upto(conn)  # documents stored since are looked at once
                    ns = neardup.unsigned(conn, after, batch_size)
                    if not ns:
                        neardup.mark_signed(conn, self.max_rowid())
                        break  # (and the index need not be loaded)
                    index = self._near_index(conn)
                    rows = []
                    marks = ",".join("?" * len(ns))
                    for n, text in conn.execute(
                            f"SELECT n, coalesce(clean, raw) FROM documents WHERE n IN ({marks})", ns):
                        words = neardup.text_words(text)
                        rows.append((n, neardup.sketch_of_words(words), words))
                    if neardup.link(conn, index, rows):
                        chronicle.join_reprints(conn, ns)
            except BaseException:
                self._near = None
                raise
            done += len(ns)
            if on_progress:
                on_progress(len(ns))
        return done

    def rowid_of(self, doc_id: str) -> int | None:
        """The document's rowid (its order of storing), None when it is not stored."""
        row = self.connection.execute("SELECT n FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    _doc_n = rowid_of

    def original_of(self, doc_id: str) -> dict[str, Any] | None:
        """The document a reprint was linked to as its original (id, date, outlet, title, and
        similarity: the Jaccard of the two texts' word 5-grams); None when it is not a reprint."""
        n = self._doc_n(doc_id)
        return None if n is None else neardup.original_of(self.connection, n)

    def duplicates_of(self, doc_id: str) -> list[dict[str, Any]]:
        """The reprints of a document's original, without the document itself: for an original,
        all its reprints; for a reprint, the other reprints (:meth:`original_of` gives the original).
        Each: id, date, outlet, title, similarity to the original."""
        n = self._doc_n(doc_id)
        if n is None:
            return []
        root = neardup.group_of(self.connection, n)
        return [r for r in neardup.reprints(self.connection, root) if r["id"] != doc_id]

    def duplicate_counts(self) -> dict[str, int]:
        """{"reprints": documents linked as near-duplicates, "duplicate_groups": of how many originals}."""
        return neardup.counts(self.connection)

    def duplicate_groups(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Groups of near-duplicate documents, the largest first: {"original": {...}, "reprints": [...]}."""
        return neardup.groups(self.connection, limit)

    def _insert_sources(self, conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            conn.executemany(_INSERT_SOURCE, rows)

    def _count_lines(self, conn: sqlite3.Connection, docs: list[Document], checked: bool = False) -> None:
        counts: Counter[tuple[str, str]] = Counter()
        for doc in docs:
            keys = doc.meta.get("line_keys") if doc.outlet else None
            if keys:
                outlet = doc.outlet
                counts.update((outlet, k) for k in set(keys) if isinstance(k, str) and k)
        if counts:
            rows = [(o, k, c) for (o, k), c in counts.items()]
            if checked:
                rows = [r for r in rows if _bad_field(r) is None]
            conn.executemany(_INSERT_LINES, rows)

    def _insert_rejected(self, conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            conn.executemany(_INSERT_REJECTED, rows)

    def update_clean(self, docs: list[Document]) -> int:
        """Rewrite the clean layer (clean, clean_map, clean_changes), the corrected layer (which
        points into the clean text, so it goes with it: a document given without one loses its old
        one), meta and index rows of stored documents in one transaction, e.g. after re-cleaning an
        outlet against new boilerplate. Their near-duplicate signatures are made again from the new
        text, and the groups of copies they were in are linked anew.

        Returns how many were updated; documents not in the archive are ignored.
        """
        rows = []
        for doc in docs:
            row = _doc_row(doc, "", None)
            bad = _bad_field(row)
            if bad is not None:
                raise ValueError(f"{doc.source}: {bad}")
            # (clean, clean_chars, clean_map, clean_changes, meta, id)
            rows.append((row[14], row[10], row[13], row[12], row[11], row[0]))
        if not rows:
            return 0
        ids = [(r[-1],) for r in rows]
        self.flush_word_counts()  # so that the counts below are taken from the counted texts
        try:
            return self._update_clean(docs, rows, ids)
        except BaseException:
            self._near = None  # it may hold keys the rollback took away: load it again
            raise

    def _update_clean(self, docs: list[Document], rows: list[tuple[Any, ...]], ids: list[tuple[str]]) -> int:
        with self._transaction() as conn:
            stored = {
                i: (n, clean)
                for i, n, clean in conn.execute(
                    f"SELECT id, n, clean FROM documents WHERE id IN ({','.join('?' * len(ids))})",
                    [i for (i,) in ids],
                )
            }
            wordcounts.write(conn, wordcounts.tally(c for _, c in stored.values()), None, sign=-1)
            wordcounts.write(conn, wordcounts.tally(d.clean for d in docs if d.id in stored), None)
            # external content: remove the old index entry with the old text, then add the new one
            ns = [(n,) for n, _ in stored.values()]
            conn.executemany(
                f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_FTS_COLS}) "
                f"SELECT 'delete', * FROM {_FTS_VIEW} WHERE n = ?",
                ns,
            )
            cur = conn.executemany(
                "UPDATE documents SET clean = ?, clean_chars = ?, clean_map = ?, clean_changes = ?, meta = ? "
                "WHERE id = ?",
                rows,
            )
            updated = cur.rowcount
            self._store_mentions(conn, [(n, i) for i, (n, _) in stored.items()], docs)
            for doc in docs:
                if doc.id not in stored:
                    continue
                n = stored[doc.id][0]
                layer = _correction_row(doc)
                if layer is None:
                    conn.execute("DELETE FROM corrections WHERE n = ?", (n,))
                else:
                    conn.execute(_UPSERT_CORRECTION, (n, *layer))
            conn.executemany(f"INSERT INTO {FTS_TABLE} (rowid, {_FTS_COLS}) SELECT * FROM {_FTS_VIEW} WHERE n = ?", ns)
            near = self._sketches([(n, i) for i, (n, _) in stored.items()], docs)
            neardup.relink(conn, self._near_index(conn), near)
            chronicle.join_reprints(conn, [n for (n,) in ns])
        return max(0, updated)

    # entities --------------------------------------------------------------
    def entities_state(self) -> tuple[str | None, int]:
        """(extractor version, highest document rowid) the registry's mentions are complete up to."""
        rows = dict(self.connection.execute(
            "SELECT key, value FROM settings WHERE key IN ('entities_version', 'entities_upto')").fetchall())
        return rows.get("entities_version"), int(rows.get("entities_upto") or 0)

    def max_rowid(self) -> int:
        return int(self.connection.execute("SELECT coalesce(max(n), 0) FROM documents").fetchone()[0])

    def mark_entities(self, version: str, upto: int) -> None:
        """Record that every document up to rowid ``upto`` has its mentions from ``version``."""
        with self._transaction() as conn:
            conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                             [("entities_version", version), ("entities_upto", str(int(upto)))])

    def documents_between(self, after: int, upto: int, batch_size: int = 500) -> Iterator[Document]:
        """Stored documents with rowid in (after, upto], in order."""
        return self._iter("n > ? AND n <= ?", (int(after), int(upto)), batch_size)

    def update_mentions(self, docs: list[Document]) -> int:
        """Replace the mentions of stored documents (their ``mentions`` layer) in one transaction."""
        if not docs:
            return 0
        with self._transaction() as conn:
            ids = [d.id for d in docs]
            inserted = conn.execute(f"SELECT n, id FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
            self._store_mentions(conn, inserted, docs)
        return len(inserted)

    # events ----------------------------------------------------------------
    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """The chronicle: one entry per event, with the documents that report it
        (salname.archive.chronicle.chronicle's filters)."""
        return chronicle.chronicle(self.connection, **filters)

    def document_events(self, doc_id: str) -> list[Event]:
        row = self.connection.execute("SELECT n FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return chronicle.events_of(self.connection, row[0]) if row else []

    def event_counts(self) -> dict[str, int]:
        return chronicle.counts(self.connection)

    def mentions(self, doc_id: str) -> list[tuple[Mention, int]]:
        """A stored document's mentions (in :attr:`Document.text` coordinates) with their registry ids."""
        row = self.connection.execute("SELECT n FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return registry.mentions_of(self.connection, row[0]) if row else []

    def update_corrections(self, docs: list[Document]) -> int:
        """Replace the corrected layer (corrected text, map, edits) of stored documents, and their
        index rows (search reads the corrected text), in one transaction; the clean layer and the
        word counts, which are of the clean text, stay. A document given without a corrected layer
        loses its old one. Returns how many were stored; documents not in the archive are ignored."""
        layers: dict[str, tuple[Any, ...] | None] = {}
        for doc in docs:
            layer = _correction_row(doc)
            if layer is not None:
                bad = _bad_field(layer, ("edits", "corrected_map", "corrected"))
                if bad is not None:
                    raise ValueError(f"{doc.source}: {bad}")
            layers[doc.id] = layer
        if not layers:
            return 0
        ids = list(layers)
        with self._transaction() as conn:
            stored: dict[str, int] = {}
            for i in range(0, len(ids), ID_CHUNK):
                chunk = ids[i : i + ID_CHUNK]
                sql = f"SELECT id, n FROM documents WHERE id IN ({','.join('?' * len(chunk))})"
                stored.update(conn.execute(sql, chunk).fetchall())
            ns = [(n,) for n in stored.values()]
            # external content: remove the entry with the text it was indexed with, then add the new
            conn.executemany(
                f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_FTS_COLS}) "
                f"SELECT 'delete', * FROM {_FTS_VIEW} WHERE n = ?",
                ns,
            )
            conn.executemany("DELETE FROM corrections WHERE n = ?",
                             [(n,) for i, n in stored.items() if layers[i] is None])
            conn.executemany(_UPSERT_CORRECTION,
                             [(n, *layer) for i, n in stored.items() if (layer := layers[i]) is not None])
            self._store_mentions(conn, list((n, i) for i, n in stored.items()), docs)
            conn.executemany(f"INSERT INTO {FTS_TABLE} (rowid, {_FTS_COLS}) SELECT * FROM {_FTS_VIEW} WHERE n = ?", ns)
        return len(stored)

    # word counts ------------------------------------------------------------
    def _tally_words(self, docs: Sequence[Document], upto: int) -> None:
        """Hold the new documents' word counts in memory; written by :meth:`flush_word_counts`."""
        for d in docs:
            given = d.meta.get("word_tokens")
            if isinstance(given, str):  # as the pipeline ships them: one string, a token a line
                wordcounts.tally_tokens(self._pending_words, given.split("\n") if given else [])
            elif isinstance(given, list):
                wordcounts.tally_tokens(self._pending_words, given)
            elif d.clean:
                wordcounts.tally_tokens(self._pending_words, wordcounts.raw_word_tokens(d.clean))
        self._pending_upto = upto
        if len(self._pending_words) >= wordcounts.FLUSH_FORMS:
            self.flush_word_counts()

    def flush_word_counts(self) -> None:
        """Write the counts held in memory (the pipeline calls this at the end of a run; close does too)."""
        if self._pending_upto is None:
            return
        with self._transaction() as conn:
            wordcounts.write(conn, self._pending_words, self._pending_upto)
        self._pending_words = Counter()
        self._pending_upto = None

    def _catch_up_word_counts(self) -> None:
        """Count the documents stored after the table's marker: those of a killed run, or all of an
        archive from before word counts. Runs on every writable open; usually finds nothing to do."""
        conn = self.connection
        start = wordcounts.marker(conn)
        last = conn.execute("SELECT coalesce(max(n), 0) FROM documents").fetchone()[0]
        if last == start:
            return
        raw = wordcounts.tally(c for (c,) in conn.execute("SELECT clean FROM documents WHERE n > ?", (start,)))
        with self._transaction() as conn:
            wordcounts.write(conn, raw, last)

    def word_counts(self, min_count: int = 1) -> Iterator[tuple[str, int]]:
        """(form, count) over every clean text stored: the lexicon's corpus layer."""
        if not self.readonly:
            self.flush_word_counts()
        yield from self.connection.execute("SELECT form, n FROM word_counts WHERE n >= ?", (int(min_count),))

    def word_total(self) -> int:
        """How many words the stored clean texts hold: ingest learns again when it has grown."""
        if not self.readonly:
            self.flush_word_counts()
        return int(self.connection.execute("SELECT coalesce(sum(n), 0) FROM word_counts").fetchone()[0])

    def word_count(self, form: str) -> int:
        if not self.readonly:
            self.flush_word_counts()
        row = self.connection.execute("SELECT n FROM word_counts WHERE form = ?", (form,)).fetchone()
        return int(row[0]) if row else 0

    def pair_count(self, first: str, second: str) -> int:
        """How often ``first`` is followed by ``second`` in the stored clean texts (any case)."""
        if not self.readonly:
            self.flush_word_counts()
        try:
            row = self.connection.execute("SELECT n FROM word_pairs WHERE pair = ?",
                                          (wordcounts.pair_key(first, second),)).fetchone()
        except sqlite3.OperationalError:  # an older archive opened read-only: no pairs counted yet
            return 0
        return int(row[0]) if row else 0

    def recount_words(self) -> int:
        """Count the words of every stored document afresh (to repair); returns the distinct forms."""
        self._pending_words = Counter()
        self._pending_upto = None
        with self._transaction() as conn:
            conn.execute("DELETE FROM word_counts")
            conn.execute("DELETE FROM word_pairs")
            wordcounts.write(conn, Counter(), 0)
        self._catch_up_word_counts()
        return int(self.connection.execute("SELECT count(*) FROM word_counts").fetchone()[0])

    def rebuild_index(self) -> None:
        """Recreate the full-text index from the documents (e.g. after a tokenizer change)."""
        with self._transaction() as conn:
            schema.rebuild_fts(conn)

    def optimize_index(self) -> None:
        """Merge the index into one segment: worth it after a large import, costs ~35 us/document."""
        with self._transaction() as conn:
            conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")

    def check_index(self) -> bool:
        """True if the full-text index agrees with the documents table."""
        try:
            self.connection.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError:
            return False
        return True
