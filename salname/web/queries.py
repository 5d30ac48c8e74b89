"""Read-only SQL the web app needs beyond the archive's own read methods.

Everything here only SELECTs. Search is the archive's (Archive.search, with the entity filter); the
entity profile gives registry.profile's answer with query plans that hold on a large archive. Browsing
by filters alone, entity counts and documents per month are the web's own questions. They live here so the archive package stays as it is.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Callable, Collection, Sequence

from salname.archive import registry
from salname.archive.duplicates import originals_by_id
from salname.archive.search import Hit, SearchPage, Snippets, run_search  # noqa: F401  (Snippets: moved to the archive)
from salname.archive.sqlite import Archive

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ENTITY_TYPES = ("PER", "ORG", "LOC")
MAX_ENTITY_IDS = 20  # a name shared by more entities than this is too vague to filter by


@dataclass(slots=True)
class Filters:
    """What a search or a listing keeps: dates as YYYY[-MM[-DD]], compared at the shorter precision."""

    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    entity_ids: tuple[int, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.outlet or self.date_from or self.date_to or self.entity_ids)


def _where(f: Filters, alias: str = "d") -> tuple[list[str], list[Any]]:
    """Conditions on the documents' own columns (outlet, date), answered from their indexes."""
    where: list[str] = []
    params: list[Any] = []
    if f.outlet:
        where.append(f"{alias}.outlet = ?")
        params.append(f.outlet)
    if f.date_from:
        where.append(f"{alias}.date >= substr(?, 1, length({alias}.date))")
        params.append(f.date_from)
    if f.date_to:
        where.append(f"substr({alias}.date, 1, ?) <= ?")
        params.extend((len(f.date_to), f.date_to))
    return where, params


def _mentioning(f: Filters, column: str) -> tuple[str, list[Any]]:
    """``column`` among the documents that mention one of the filter's entities. The "+" keeps SQLite
    from handing the list to the index as lookups: FTS5 would run the whole query once per document
    (minutes on 100k documents), and the documents table would be read row by row."""
    marks = ",".join("?" * len(f.entity_ids))
    return f"+{column} IN (SELECT n FROM mentions WHERE entity_id IN ({marks}))", list(f.entity_ids)


def search(arc: Archive, query: str, limit: int, offset: int, f: Filters,
           heavy: Callable[[], AbstractContextManager] | None = None,
           documents: Collection[int] | None = None) -> SearchPage:
    """The archive's search (salname.archive.search: its matches, BM25 order, snippets, bounded work on
    broad queries) with the filters, the entity filter included. ``heavy``: taken around the ranking of
    a broad query only; ``documents``: only these (search.run_search). The page is Archive.search's,
    reprints marked the same way."""
    if heavy is None and documents is None:
        return arc.search(query, limit=limit, offset=offset, outlet=f.outlet, date_from=f.date_from,
                          date_to=f.date_to, entity_ids=f.entity_ids)
    page = run_search(arc.connection, query, limit, offset, f.outlet, f.date_from, f.date_to, f.entity_ids,
                      heavy=heavy, documents=documents)
    found = originals_by_id(arc.connection, [h.id for h in page.hits])
    for hit in page.hits:
        hit.duplicate_of = found.get(hit.id)  # a reprint stays in the results, marked
    return page


def _mark_reprints(conn: sqlite3.Connection, ns: Sequence[int], hits: list[Hit]) -> None:
    """Set each reprint's duplicate_of (when the archive's Hit has the field)."""
    if "duplicate_of" not in getattr(Hit, "__dataclass_fields__", {}):
        return
    found = originals(conn, ns)
    if found:
        by_id = dict(zip([h.id for h in hits], hits))
        ids = dict(conn.execute(f"SELECT n, id FROM documents WHERE n IN ({','.join('?' * len(found))})",
                                list(found)).fetchall())
        for n, original in found.items():
            hit = by_id.get(ids.get(n))
            if hit is not None:
                hit.duplicate_of = original  # type: ignore[attr-defined]


def browse(arc: Archive, limit: int, offset: int, f: Filters) -> SearchPage:
    """Documents that pass the filters, newest first, for a search without words; the snippet is the
    start of the text. Numbers first (from indexes), then only the page's rows."""
    conn = arc.connection
    where, params = _where(f)
    if f.entity_ids:
        sql, more = _mentioning(f, "d.n")
        where.append(sql)
        params += more
    cond = f"WHERE {' AND '.join(where)}" if where else ""
    total = int(conn.execute(f"SELECT count(*) FROM documents d {cond}", params).fetchone()[0])
    if total == 0 or limit <= 0 or offset >= total:
        return SearchPage(total, [])
    ns = [r[0] for r in conn.execute(
        f"SELECT d.n FROM documents d {cond} ORDER BY d.date IS NULL, d.date DESC, d.n DESC LIMIT ? OFFSET ?",
        [*params, limit, offset])]
    marks = ",".join("?" * len(ns))
    meta = {r[0]: r for r in conn.execute(
        f"SELECT n, id, title, date, outlet, source FROM documents WHERE n IN ({marks})", ns)}
    texts = _texts(conn, ns)
    hits = [Hit(r[1], r[2], r[3], r[4], r[5], 0.0, lead(texts.get(n))) for n in ns if (r := meta.get(n))]
    _mark_reprints(conn, ns, hits)
    return SearchPage(total, hits)


def lead(text: str | None, words: int = 32) -> str:
    """The first words of a text, for a listing."""
    if not text:
        return ""
    parts = text[: words * 16].split(None, words)
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _texts(conn: sqlite3.Connection, ns: Sequence[int]) -> dict[int, str]:
    if not ns:
        return {}
    marks = ",".join("?" * len(ns))
    return dict(conn.execute(
        f"SELECT d.n, coalesce(c.corrected, d.clean, d.raw) FROM documents d LEFT JOIN corrections c ON c.n = d.n "
        f"WHERE d.n IN ({marks})", list(ns)).fetchall())


def entity_ids(arc: Archive, value: str) -> tuple[int, ...]:
    """The entities a search filter names: an id, or a name or alias in any case and form."""
    value = value.strip()
    if value.isascii() and value.isdigit() and len(value) <= 18:  # an id SQLite can hold
        return (int(value),)
    found = registry.find_entity(arc.connection, value)
    return tuple(e.id for e in found[:MAX_ENTITY_IDS])


def entity_names(arc: Archive, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(arc.connection.execute(f"SELECT id, canonical FROM entities WHERE id IN ({marks})", list(ids)))


def count_entities(arc: Archive, kind: str | None = None, query: str | None = None) -> int:
    """How many entities registry.list_entities would list without a limit (the same conditions)."""
    where, args = ["docs > 0"], []
    if kind:
        where.append("type = ?")
        args.append(kind.upper())
    if query:
        key = registry.entity_key(query)
        where.append("(key LIKE ? OR key LIKE ? OR id IN (SELECT entity_id FROM entity_aliases "
                     "WHERE key LIKE ? OR key LIKE ?))")
        args += [key + "%", "% " + key + "%", key + "%", "% " + key + "%"]
    sql = f"SELECT count(*) FROM entities WHERE {' AND '.join(where)}"
    return int(arc.connection.execute(sql, args).fetchone()[0])


BIG_ENTITY = 2000  # documents: above this, an entity's questions are answered by scanning indexes


def entity_profile(arc: Archive, eid: int, limit: int = 20, big: int = BIG_ENTITY) -> dict[str, Any] | None:
    """registry.profile's answer (the same keys and values) with the documents per month added, by
    queries whose plans hold on a large archive: with no statistics SQLite's planner read every
    document or every mention for registry.profile (1-3 s for any entity of 100k synthetic documents).
    A frequent entity's companions are counted by one pass over the mentions index, a rare one's by
    looking up its few documents. None when there is no such entity."""
    conn = arc.connection
    row = conn.execute("SELECT id, type, canonical, docs, mentions, first_seen, last_seen FROM entities WHERE id = ?",
                       (eid,)).fetchone()
    if row is None:
        return None
    many = int(row[3]) > big
    names = conn.execute("SELECT alias, surface FROM entity_aliases WHERE entity_id = ?", (eid,)).fetchall()
    roles = [{"role": r, "affiliation": a, "first": f, "last": la, "mentions": k} for r, a, f, la, k in conn.execute(
        "SELECT m.role, m.affiliation, min(d.date), max(d.date), count(*) FROM mentions m CROSS JOIN documents d "
        "ON d.n = m.n WHERE m.entity_id = ? AND m.role IS NOT NULL GROUP BY m.role, m.affiliation "
        "ORDER BY min(d.date)", (eid,))]
    if many:  # newest first straight from the documents, keeping those that mention it
        docs_sql = ("SELECT d.id, d.date, d.title, d.outlet, (SELECT count(*) FROM mentions x WHERE x.entity_id = ?1 "
                    "AND x.n = d.n) FROM documents d WHERE +d.n IN (SELECT n FROM mentions WHERE entity_id = ?1) "
                    "ORDER BY d.date DESC, d.n DESC LIMIT ?2")
        with_sql = ("SELECT o.entity_id, count(DISTINCT o.n) FROM mentions o INDEXED BY mentions_entity "
                    "WHERE +o.n IN (SELECT n FROM mentions WHERE entity_id = ?1) AND o.entity_id != ?1 "
                    "GROUP BY o.entity_id")
    else:  # its few documents first
        docs_sql = ("SELECT d.id, d.date, d.title, d.outlet, m.k FROM (SELECT n, count(*) AS k FROM mentions "
                    "WHERE entity_id = ?1 GROUP BY n) m CROSS JOIN documents d ON d.n = m.n "
                    "ORDER BY d.date DESC, d.n DESC LIMIT ?2")
        with_sql = ("SELECT o.entity_id, count(DISTINCT o.n) FROM (SELECT DISTINCT n FROM mentions WHERE entity_id = ?1) m "
                    "CROSS JOIN mentions o ON o.n = m.n WHERE o.entity_id != ?1 GROUP BY o.entity_id")
    documents = [{"id": i, "date": dt, "title": t, "outlet": o, "mentions": k}
                 for i, dt, t, o, k in conn.execute(docs_sql, (eid, int(limit)))]
    counts = dict(conn.execute(with_sql, (eid,)).fetchall())
    together: list[dict[str, Any]] = []
    if counts:
        marks = ",".join("?" * len(counts))
        for i, t, c in conn.execute(f"SELECT id, type, canonical FROM entities WHERE id IN ({marks})", list(counts)):
            together.append({"id": i, "type": t, "canonical": c, "documents": int(counts[i])})
        together.sort(key=lambda e: (-e["documents"], e["canonical"]))
        del together[int(limit):]
    return {"id": row[0], "type": row[1], "canonical": row[2], "aliases": sorted(a for a, surface in names if not surface),
            "documents": row[3], "mentions": row[4], "first_seen": row[5], "last_seen": row[6],
            "forms": sorted(a for a, _ in names), "roles": roles, "documents_list": documents,
            "appears_with": together, "timeline": entity_timeline(arc, eid, many)}


def entity_timeline(arc: Archive, eid: int, many: bool = False) -> list[dict[str, Any]]:
    """An entity's documents per month (dated to the month at least), oldest first, empty months included."""
    if many:  # one pass over the date index, keeping its documents
        sql = ("SELECT substr(d.date, 1, 7) AS month, count(*) FROM documents d INDEXED BY documents_date "
               "WHERE +d.n IN (SELECT n FROM mentions WHERE entity_id = ?) AND length(d.date) >= 7 "
               "GROUP BY month ORDER BY month")
    else:
        sql = ("SELECT substr(d.date, 1, 7) AS month, count(DISTINCT d.n) FROM mentions m CROSS JOIN documents d "
               "ON d.n = m.n WHERE m.entity_id = ? AND length(d.date) >= 7 GROUP BY month ORDER BY month")
    return fill_months(arc.connection.execute(sql, (eid,)).fetchall())


def documents_per_month(arc: Archive) -> list[dict[str, Any]]:
    rows = arc.connection.execute(
        "SELECT substr(date, 1, 7) AS month, count(*) FROM documents WHERE length(date) >= 7 "
        "GROUP BY month ORDER BY month").fetchall()
    return fill_months(rows)


def fill_months(rows: Sequence[tuple[str, int]]) -> list[dict[str, Any]]:
    """(YYYY-MM, count) rows as a continuous series: months without documents count 0."""
    counts = {m: int(k) for m, k in rows if isinstance(m, str) and re.match(r"^\d{4}-\d{2}$", m)}
    if not counts:
        return []
    first, last = min(counts), max(counts)
    y, mo = int(first[:4]), int(first[5:])
    out = []
    while True:
        key = f"{y:04d}-{mo:02d}"
        out.append({"month": key, "documents": counts.get(key, 0)})
        if key >= last or len(out) > 1200:
            break
        mo += 1
        if mo > 12:
            y, mo = y + 1, 1
    return out


def outlets(arc: Archive) -> list[str]:
    return [r[0] for r in arc.connection.execute(
        "SELECT outlet FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet")]


def extra_stats(arc: Archive) -> dict[str, Any]:
    """What the archive's stats leave out: corrections, the registry, the chronicle."""
    conn = arc.connection
    corrected, edits = conn.execute(
        "SELECT count(*), coalesce(sum(json_array_length(edits)), 0) FROM corrections").fetchone()
    by_type = dict(conn.execute("SELECT type, count(*) FROM entities WHERE docs > 0 GROUP BY type ORDER BY type"))
    mentions = int(conn.execute("SELECT count(*) FROM mentions").fetchone()[0])
    try:
        events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    except sqlite3.OperationalError:
        events = 0
    return {"corrected_documents": int(corrected), "edits": int(edits),
            "entities": {t: int(by_type.get(t, 0)) for t in ENTITY_TYPES}, "mentions": mentions, "events": events}


def duplicates(arc: Archive, doc_id: str) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """(the original this document reprints, the other copies of the same text), each copy as
    {id, title, date, outlet, similarity}, when the archive links near-duplicates
    (Archive.original_of / duplicates_of); else (None, [])."""
    original: dict[str, Any] | None = None
    copies: list[dict[str, Any]] = []
    get_original = getattr(arc, "original_of", None)
    get_copies = getattr(arc, "duplicates_of", None)
    try:
        if callable(get_original):
            original = _copy(get_original(doc_id))
        if callable(get_copies):
            for item in get_copies(doc_id) or ():
                found = _copy(item)
                if found and found["id"] != doc_id and (original is None or found["id"] != original["id"]):
                    copies.append(found)
    except (sqlite3.Error, TypeError, ValueError, KeyError):
        return None, []
    return original, copies


def _copy(item: Any) -> dict[str, Any] | None:
    """{id, title, date, outlet, similarity} out of what the archive gives: a dict, an id, an (id, similarity)."""
    if item is None:
        return None
    if isinstance(item, str):
        return {"id": item, "title": None, "date": None, "outlet": None, "similarity": None}
    if isinstance(item, (tuple, list)) and item and isinstance(item[0], str):
        return {"id": item[0], "title": None, "date": None, "outlet": None,
                "similarity": _number(item[1]) if len(item) > 1 else None}
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return {"id": item["id"], "title": item.get("title"), "date": item.get("date"), "outlet": item.get("outlet"),
                "similarity": _number(item.get("similarity"))}
    return None


def _number(value: Any) -> float | None:
    try:
        return None if value is None else round(float(value), 4)
    except (TypeError, ValueError):
        return None


def originals(conn: sqlite3.Connection, ns: Sequence[int]) -> dict[int, str]:
    """For the reprints among these documents, the id of their original (none on an archive without links)."""
    if not ns:
        return {}
    marks = ",".join("?" * len(ns))
    try:
        return dict(conn.execute(f"SELECT r.n, o.id FROM duplicates r JOIN documents o ON o.n = r.original "
                                 f"WHERE r.n IN ({marks})", list(ns)).fetchall())
    except sqlite3.OperationalError:  # an archive from before near-duplicates
        return {}


def json_for_script(value: Any) -> str:
    """JSON safe inside <script type="application/json">: no "</script>" or "<!--" can close it."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
