"""The archive's schema and its migrations.

The schema version is SQLite's ``PRAGMA user_version``: migration ``i`` (0-based)
takes a file from version ``i`` to ``i + 1``. Migrations are append-only: once
released, a script is never edited; later layers (corrected text, entities,
events) arrive as new scripts at the end of :data:`MIGRATIONS`.

The full-text index is not part of the numbered migrations: its tokenizer and the
Azerbaijani analyzer that fills its term columns are named in one place
(:func:`fts_signature`), remembered in the ``settings`` table, and the index is
rebuilt from the documents whenever the two differ.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from salname.az.searchterms import ANALYZER_VERSION, text_terms

APPLICATION_ID = 0x53414C4E  # "SALN": marks a file as a salname archive

FTS_TABLE = "docs_fts"
# The one place that decides how text is tokenized for search. Changing it makes
# every archive rebuild its index the next time it is opened for writing.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# FTS5 merge policy: merge 16 segments at a time (default 4) so bulk loading rewrites the
# index less often: measured about 30% faster ingest; query time is dominated by the
# number of matches, not segments. Archive.optimize_index() merges everything when wanted.
FTS_CONFIG = {"automerge": 16, "crisismerge": 64}
# The index holds the Azerbaijani analyzer's terms of the title and the clean text: each
# word's folded key ("senatinin") and its suffix-stripped stems ("senat", ...). The key
# carries the exact form (ranking), the stems the other forms (recall); indexing the text as
# written as well measured 1.8x the index-building time for no better results.
# The content comes from a view that computes the terms with the SQL function az_terms,
# which every connection of an Archive registers (see register_functions).
FTS_COLUMNS = ("title_terms", "terms")
FTS_CONTENT_VIEW = "docs_search"


FTS_LAYOUT = "2"  # the view and trigger below; bump when they change


def fts_signature() -> str:
    """What the index was built with: the tokenizer, the analyzer version and the view's layout."""
    return f"{FTS_TOKENIZER}; {ANALYZER_VERSION}; layout {FTS_LAYOUT}"


class ArchiveError(Exception):
    """An archive file that cannot be used: the message names the file and the reason."""


class ArchiveVersionError(ArchiveError):
    """The file was written by a newer salname, or needs a migration that cannot run."""


_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    inputs TEXT NOT NULL DEFAULT '[]',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    counts TEXT
);

-- Small columns first: SQLite reads a row up to the last column it needs, so
-- listing and stats never touch the overflow pages that hold raw and clean.
CREATE TABLE documents (
    n INTEGER PRIMARY KEY,           -- stable rowid for the external-content FTS index
    id TEXT NOT NULL UNIQUE,         -- sha256(raw)[:16]: the document's key
    source TEXT NOT NULL,            -- first source it was read from (all in doc_sources)
    format TEXT,
    outlet TEXT,
    date TEXT,                       -- ISO, possibly partial
    title TEXT,
    url TEXT,
    added_at TEXT NOT NULL,
    run_id INTEGER,                  -- loose reference to runs(id)
    raw_chars INTEGER NOT NULL,
    clean_chars INTEGER,
    meta TEXT,                       -- JSON object or NULL
    clean_changes TEXT,              -- JSON list of Change.as_dict() or NULL
    clean_map TEXT,                  -- JSON OffsetMap.to_list() or NULL
    clean TEXT,
    raw TEXT NOT NULL
);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_date ON documents(date);

CREATE TABLE doc_sources (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    added_at TEXT NOT NULL,
    run_id INTEGER,
    UNIQUE (doc_id, source)
);

CREATE TABLE rejected (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    stage TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    run_id INTEGER,
    UNIQUE (source, reason)
);

-- How many documents of an outlet contain a line (by line_key): lines found in
-- many of one outlet's documents are its boilerplate.
CREATE TABLE outlet_lines (
    outlet TEXT NOT NULL,
    key TEXT NOT NULL,
    docs INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (outlet, key)
) WITHOUT ROWID;

-- Later layers (corrected text, edits, entities, events), one JSON value each.
CREATE TABLE layers (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, name)
) WITHOUT ROWID;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

-- The FTS index is external-content over documents(title, clean). Archive writes its
-- rows explicitly in the same transaction as the documents (an insert trigger would make
-- FTS5 flush its buffer for every row, several times slower); deletes go through this trigger.
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO docs_fts (docs_fts, rowid, title, clean) VALUES ('delete', old.n, old.title, old.clean);
END;
"""

# Early development archives indexed through insert/update triggers; Archive now writes
# index rows itself, so those triggers must go or documents would be indexed twice.
_V2 = """
DROP TRIGGER IF EXISTS documents_fts_insert;
DROP TRIGGER IF EXISTS documents_fts_update;
-- The pipeline asks for an outlet's recurring lines after every batch: only the few lines
-- seen in at least BOILERPLATE_INDEX_MIN documents are in this index, so the question stays cheap.
CREATE INDEX IF NOT EXISTS outlet_lines_frequent ON outlet_lines(docs) WHERE docs >= 5;
"""
BOILERPLATE_INDEX_MIN = 5  # the constant in the partial index above

# How often each word form occurs in the clean texts: the corpus layer of the lexicon, kept with the
# documents so it grows in the same transactions (a killed run neither loses nor doubles counts).
# Forms are lower-cased as salname.az.lexicon.count_corpus counts them.
_V3 = """
CREATE TABLE IF NOT EXISTS word_counts (
    form TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;
"""

# The corrected layer (spelling edits over the clean text), one row per document that has any
# edits: a document without a row reads as its clean text. A table of its own, so that the
# documents table keeps its small columns before raw and clean and needs no rewrite.
_V4 = """
CREATE TABLE IF NOT EXISTS corrections (
    n INTEGER PRIMARY KEY REFERENCES documents(n) ON DELETE CASCADE,
    edits TEXT NOT NULL,             -- JSON list of Edit.as_dict()
    corrected_map TEXT,              -- JSON OffsetMap.to_list(), corrected -> clean
    corrected TEXT NOT NULL
);
"""

# How often two words follow each other in the clean texts, for the corrector's context: the same
# counting as word_counts (one tally, one marker). The marker goes back to 0 and the word counts
# are emptied, so that the next writable open counts every stored document afresh, pairs included.
_V5 = """
CREATE TABLE IF NOT EXISTS word_pairs (
    pair TEXT PRIMARY KEY,           -- "first second", both as the lexicon stores forms
    n INTEGER NOT NULL
) WITHOUT ROWID;
DELETE FROM word_counts;
DELETE FROM settings WHERE key = 'word_counts_upto';
"""

# The entity registry (salname.archive.registry): one row per person, organisation and place of the
# whole archive, their other names, and every mention, in the coordinates of the document's text.
_V6 = """
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,              -- PER, ORG, LOC
    canonical TEXT NOT NULL,         -- nominative name: "Sahibə Qafarova", "Milli Məclis"
    key TEXT NOT NULL,               -- canonical folded (case, diacritics): one entity however written
    docs INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,                 -- earliest and latest document date
    last_seen TEXT,
    UNIQUE (type, key)
);
CREATE INDEX IF NOT EXISTS entities_docs ON entities(docs);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    surface INTEGER NOT NULL DEFAULT 0,  -- 1: a form as written ("Qafarovanın"), 0: another name ("TÜRKPA")
    PRIMARY KEY (entity_id, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_aliases_key ON entity_aliases(key);
CREATE TABLE IF NOT EXISTS mentions (
    n INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    entity_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    role TEXT,
    affiliation TEXT,
    PRIMARY KEY (n, start)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
"""

# The chronicle (salname.archive.chronicle): every event a document reports, and which reports tell
# the same event ("cluster": the id of the first report of it).
_V7 = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    n INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    type TEXT NOT NULL,              -- MEET, VISIT, ATTEND, SIGN, CALL
    status TEXT NOT NULL,            -- happened, planned, negated
    date TEXT,                       -- ISO, possibly partial
    date_text TEXT,
    location TEXT,
    host TEXT,
    participants TEXT NOT NULL,      -- JSON list of canonical names
    pkey TEXT NOT NULL,              -- the participants folded and sorted: one key however written
    countries TEXT,                  -- JSON list: the place's and the participants' countries
    roles TEXT, topics TEXT, statements TEXT,
    evidence TEXT NOT NULL,
    start INTEGER, end INTEGER,
    confidence REAL,
    cameo TEXT,
    cluster INTEGER
);
CREATE INDEX IF NOT EXISTS events_n ON events(n);
CREATE INDEX IF NOT EXISTS events_same ON events(type, pkey, status);
CREATE INDEX IF NOT EXISTS events_cluster ON events(cluster);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (event_id, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_actors_key ON event_actors(key);
CREATE TABLE IF NOT EXISTS event_places (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    key TEXT NOT NULL,               -- the place and the countries of the event, folded
    PRIMARY KEY (event_id, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_places_key ON event_places(key);
"""

# Near-duplicates (salname.archive.duplicates): each document's MinHash, and which documents are
# reprints of which (the original: the group's earliest copy). Documents stored before get their
# signatures at the end of the next ingest (a document without a row here is unsigned; settings keep
# how signatures are made and up to which document all are signed).
_V8 = """
CREATE TABLE IF NOT EXISTS doc_signatures (
    n INTEGER PRIMARY KEY REFERENCES documents(n) ON DELETE CASCADE,
    words INTEGER NOT NULL,          -- words of the text signed
    sig BLOB                         -- 128 little-endian uint32; NULL: too short to be linked
);
CREATE TABLE IF NOT EXISTS duplicates (
    n INTEGER PRIMARY KEY REFERENCES documents(n) ON DELETE CASCADE,  -- the reprint
    original INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    similarity REAL NOT NULL         -- exact Jaccard of the two texts' word 5-grams
);
CREATE INDEX IF NOT EXISTS duplicates_original ON duplicates(original);
DELETE FROM settings WHERE key IN ('duplicates_version', 'duplicates_upto');
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8]


def current_version() -> int:
    return len(MIGRATIONS)


def split_script(script: str) -> list[str]:
    """Split a script into statements (trigger bodies keep their inner semicolons)."""
    out: list[str] = []
    buf = ""
    for part in script.split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            stmt = buf.strip()
            if stmt.strip(";").strip() and not all(
                line.strip().startswith("--") or not line.strip() for line in stmt.splitlines()
            ):
                out.append(stmt)
            buf = ""
    if buf.strip(";").strip():
        out.append(buf.strip())
    return out


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the index needs: az_terms(text) gives the analyzer's terms of a text."""
    conn.create_function("az_terms", 1, text_terms, deterministic=True)


def fts_create_sql(tokenizer: str = FTS_TOKENIZER) -> str:
    tok = tokenizer.replace("'", "''")
    return (
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(FTS_COLUMNS)}, "
        f"content='{FTS_CONTENT_VIEW}', content_rowid='n', tokenize='{tok}')"
    )


# The text searched is the best there is: the corrected layer where there is one, else clean.
_FTS_VIEW = f"""
CREATE VIEW {FTS_CONTENT_VIEW} AS
SELECT d.n AS n, az_terms(d.title) AS title_terms, az_terms(coalesce(c.corrected, d.clean)) AS terms
FROM documents d LEFT JOIN corrections c ON c.n = d.n
"""
# Deleting a document removes its index entry with the same values it was indexed with
# (before the delete, while its corrected layer is still there).
_FTS_DELETE_TRIGGER = f"""
CREATE TRIGGER documents_fts_delete BEFORE DELETE ON documents BEGIN
    INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {', '.join(FTS_COLUMNS)})
    SELECT 'delete', n, title_terms, terms FROM {FTS_CONTENT_VIEW} WHERE n = old.n;
END
"""


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _fts_tokenizer_stored(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = 'fts_tokenizer'").fetchone()
    return row[0] if row else None


def _fts_exists(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone()
    return row is not None


def fts_needs_rebuild(conn: sqlite3.Connection) -> bool:
    return not _fts_exists(conn) or _fts_tokenizer_stored(conn) != fts_signature()


def fts_columns(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The columns of the file's index (older archives opened read-only lack the term columns)."""
    return tuple(r[1] for r in conn.execute(f"PRAGMA table_info({FTS_TABLE})"))


def rebuild_fts(conn: sqlite3.Connection) -> None:
    """Recreate the index with the current tokenizer and analyzer and fill it.
    Call inside a transaction, on a connection with :func:`register_functions` done."""
    conn.execute("DROP TRIGGER IF EXISTS documents_fts_delete")
    conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    conn.execute(f"DROP VIEW IF EXISTS {FTS_CONTENT_VIEW}")
    conn.execute(_FTS_VIEW)
    conn.execute(fts_create_sql(FTS_TOKENIZER))
    conn.execute(_FTS_DELETE_TRIGGER)
    for key, value in FTS_CONFIG.items():
        conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES (?, ?)", (key, value))
    conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('fts_tokenizer', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (fts_signature(),),
    )


def check_version(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; raise if it is newer than this code or not an archive."""
    version = user_version(conn)
    if version > current_version():
        raise ArchiveVersionError(
            f"{path}: archive schema version {version} is newer than this salname supports "
            f"({current_version()}); upgrade salname to open it"
        )
    if version > 0:
        app = int(conn.execute("PRAGMA application_id").fetchone()[0])
        if app != APPLICATION_ID:
            raise ArchiveError(f"{path}: not a salname archive (foreign SQLite database)")
    elif conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None:
        raise ArchiveError(f"{path}: not a salname archive (SQLite database with other tables)")
    return version


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Bring the file up to the current schema in one transaction; return the version."""
    version = check_version(conn, path)
    if version == current_version() and not fts_needs_rebuild(conn):
        return version
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = check_version(conn, path)  # another process may have migrated meanwhile
        start = version
        for i in range(start, current_version()):
            for stmt in split_script(MIGRATIONS[i]):
                conn.execute(stmt)
            version = i + 1
        if start == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {version}")
        if fts_needs_rebuild(conn):
            rebuild_fts(conn)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.execute("ROLLBACK")
        raise ArchiveError(
            f"{path}: migrating the archive to schema version {current_version()} failed "
            f"(left at version {user_version(conn)}): {exc}"
        ) from exc
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return version
