"""The entity registry: every person, organisation and place of the archive, once.

An entity is its type and canonical name; its key folds case and diacritics, so "Qafarova" and
"QAFAROVA" are one entry. Mentions point into a document's text (the corrected text where there is
one) and carry the role and affiliation the text gave. A surname alone that a document could not
resolve ("Məmmədov") joins the one person of the archive with that surname, and stays apart when
there are several: two people who share a surname are never merged. These functions work on an open
connection inside the caller's transaction (``salname.archive.sqlite.Archive`` owns both).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from salname.az.attribution import CASE_SUFFIXES
from salname.az.text import search_key
from salname.document import Mention

PER = "PER"
# Case endings as the keys fold them, longest first.
_FOLDED_ENDINGS = tuple(sorted({search_key(e) for e in CASE_SUFFIXES + ("dakı", "dəki", "ndakı", "ndəki")},
                               key=len, reverse=True))


def entity_key(name: str) -> str:
    """The key of a name: lower case, diacritics folded, white space single."""
    return " ".join(search_key(w) for w in name.split())


@dataclass(slots=True)
class EntityRow:
    id: int
    type: str
    canonical: str
    docs: int
    mentions: int
    first_seen: str | None
    last_seen: str | None
    aliases: list[str]

    def as_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "canonical": self.canonical, "aliases": self.aliases,
                "documents": self.docs, "mentions": self.mentions, "first_seen": self.first_seen,
                "last_seen": self.last_seen}


def _resolve_surname(conn: sqlite3.Connection, key: str) -> int | None:
    """The one person of the archive whose name ends with this surname, if exactly one."""
    rows = conn.execute("SELECT id FROM entities WHERE type = ? AND key LIKE ? LIMIT 2",
                        (PER, "% " + key.replace("%", "").replace("_", ""))).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _entity_id(conn: sqlite3.Connection, kind: str, canonical: str, others: Iterable[str] = ()) -> int:
    """The registry entry of a name: by its key, else by an entry that has it as another name, else by
    one of its own other names ("TÜRKPA" and "Türk Dövlətlərinin Parlament Assambleyası" are one)."""
    key = entity_key(canonical)
    row = conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", (kind, key)).fetchone()
    if row is not None:
        return row[0]
    row = conn.execute("SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                       "WHERE a.key = ? AND a.surface = 0 AND e.type = ? LIMIT 1", (key, kind)).fetchone()
    if row is not None:
        return row[0]
    for other in others:
        row = conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", (kind, entity_key(other))).fetchone()
        if row is not None:
            return row[0]
    if kind == PER and " " not in key:
        found = _resolve_surname(conn, key)
        if found is not None:
            return found
    cur = conn.execute("INSERT INTO entities (type, canonical, key) VALUES (?, ?, ?)", (kind, canonical, key))
    return int(cur.lastrowid)


def store_mentions(conn: sqlite3.Connection, docs: Iterable[tuple[int, str | None, list[Mention]]],
                   aliases: dict[str, list[str]] | None = None, fresh: bool = False) -> int:
    """Store the mentions of documents (rowid, date, mentions) and count them into the registry;
    a document's earlier mentions are replaced (``fresh``: the documents were just inserted and have
    none). ``aliases``: other names by canonical name (a body's letters). Returns the number of
    mentions stored. Works a batch at a time: one lookup per distinct name, not per mention."""
    docs = list(docs)
    if not fresh:
        for n, _, _ in docs:
            _forget(conn, n)
    aliases = aliases or {}
    ids: dict[tuple[str, str], int] = {}  # (type, canonical) -> entity id, for this batch
    keys: dict[int, str] = {}
    rows: list[tuple] = []
    seen: dict[int, list] = {}  # entity id -> [docs, mentions, first, last]
    alias_rows: dict[tuple[int, str], tuple] = {}
    for n, date, mentions in docs:
        in_doc: Counter = Counter()
        for m in mentions:
            eid = ids.get((m.type, m.canonical))
            if eid is None:
                eid = ids[(m.type, m.canonical)] = _entity_id(conn, m.type, m.canonical, aliases.get(m.canonical, ()))
                keys.setdefault(eid, entity_key(m.canonical))
                for alias in aliases.get(m.canonical, ()):
                    alias_rows.setdefault((eid, entity_key(alias)), (eid, alias, entity_key(alias), 0))
            in_doc[eid] += 1
            rows.append((n, eid, m.start, m.end, m.text, m.role, m.affiliation))
            k = entity_key(m.text)
            if k != keys[eid]:
                alias_rows.setdefault((eid, k), (eid, m.text, k, 1))
        for eid, k in in_doc.items():
            agg = seen.setdefault(eid, [0, 0, None, None])
            agg[0] += 1
            agg[1] += k
            if date:
                agg[2] = date if agg[2] is None or date < agg[2] else agg[2]
                agg[3] = date if agg[3] is None or date > agg[3] else agg[3]
    if rows:
        conn.executemany("INSERT OR REPLACE INTO mentions (n, entity_id, start, end, text, role, affiliation) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    if alias_rows:
        own = {e: k for e, k in conn.execute(
            f"SELECT id, key FROM entities WHERE id IN ({','.join('?' * len(keys))})", list(keys))} if keys else {}
        conn.executemany("INSERT INTO entity_aliases (entity_id, alias, key, surface) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (entity_id, key) DO NOTHING",
                         [r for (eid, k), r in alias_rows.items() if own.get(eid) != k])  # not its own name
    if seen:
        conn.executemany(
            "UPDATE entities SET docs = docs + ?, mentions = mentions + ?, "
            "first_seen = CASE WHEN ? IS NULL THEN first_seen WHEN first_seen IS NULL OR ? < first_seen THEN ? ELSE first_seen END, "
            "last_seen = CASE WHEN ? IS NULL THEN last_seen WHEN last_seen IS NULL OR ? > last_seen THEN ? ELSE last_seen END "
            "WHERE id = ?",
            [(d, k, f, f, f, la, la, la, eid) for eid, (d, k, f, la) in seen.items()])
    return len(rows)


def _forget(conn: sqlite3.Connection, n: int) -> None:
    """Take a document's mentions out of the registry's counts (before they are stored again)."""
    old = conn.execute("SELECT entity_id, count(*) FROM mentions WHERE n = ? GROUP BY entity_id", (n,)).fetchall()
    if not old:
        return
    conn.executemany("UPDATE entities SET docs = docs - 1, mentions = mentions - ? WHERE id = ?",
                     [(k, eid) for eid, k in old])
    conn.execute("DELETE FROM mentions WHERE n = ?", (n,))


def list_entities(conn: sqlite3.Connection, kind: str | None = None, query: str | None = None,
                  limit: int = 50, offset: int = 0) -> list[EntityRow]:
    """Entities with at least one document, most documents first; ``query`` matches any word start
    of the name or an alias, however it is cased or accented."""
    where, args = ["docs > 0"], []
    if kind:
        where.append("type = ?")
        args.append(kind.upper())
    if query:
        key = entity_key(query)
        where.append("(key LIKE ? OR key LIKE ? OR id IN (SELECT entity_id FROM entity_aliases WHERE key LIKE ? OR key LIKE ?))")
        args += [key + "%", "% " + key + "%", key + "%", "% " + key + "%"]
    sql = (f"SELECT id, type, canonical, docs, mentions, first_seen, last_seen FROM entities "
           f"WHERE {' AND '.join(where)} ORDER BY docs DESC, mentions DESC, canonical LIMIT ? OFFSET ?")
    rows = conn.execute(sql, (*args, int(limit), int(offset))).fetchall()
    return [EntityRow(*r, aliases=_aliases(conn, r[0])) for r in rows]


def _aliases(conn: sqlite3.Connection, eid: int, surface: bool = False) -> list[str]:
    sql = "SELECT alias FROM entity_aliases WHERE entity_id = ?" + ("" if surface else " AND surface = 0")
    return sorted(r[0] for r in conn.execute(sql + " ORDER BY alias", (eid,)))


def find_entity(conn: sqlite3.Connection, name: str) -> list[EntityRow]:
    """Entities whose name or alias is ``name`` (any case, with or without diacritics); several when
    the name is shared (two people with one surname)."""
    key = entity_key(name)
    rows = conn.execute(
        "SELECT id, type, canonical, docs, mentions, first_seen, last_seen FROM entities WHERE key = ? "
        "UNION SELECT e.id, e.type, e.canonical, e.docs, e.mentions, e.first_seen, e.last_seen FROM entities e "
        "JOIN entity_aliases a ON a.entity_id = e.id WHERE a.key = ? ORDER BY 4 DESC", (key, key)).fetchall()
    # else a surname alone ("qafarova"), maybe typed with a case ending and without its letters
    # ("qafarovanin"): the entities whose name ends so
    keys = [key] + [key[: -len(e)] for e in _FOLDED_ENDINGS if key.endswith(e) and len(key) - len(e) >= 3]
    for k in keys:
        if rows:
            break
        rows = conn.execute("SELECT id, type, canonical, docs, mentions, first_seen, last_seen FROM entities "
                            "WHERE (key = ? OR key LIKE ?) AND docs > 0 ORDER BY docs DESC LIMIT 10",
                            (k, "% " + k)).fetchall()
    return [EntityRow(*r, aliases=_aliases(conn, r[0])) for r in rows]


def profile(conn: sqlite3.Connection, eid: int, limit: int = 20) -> dict:
    """One entity: its names, roles over time, documents, and the entities it most often appears with."""
    row = conn.execute("SELECT id, type, canonical, docs, mentions, first_seen, last_seen FROM entities WHERE id = ?",
                       (eid,)).fetchone()
    if row is None:
        raise KeyError(eid)
    entity = EntityRow(*row, aliases=_aliases(conn, eid))
    roles = [{"role": r, "affiliation": a, "first": f, "last": la, "mentions": k} for r, a, f, la, k in conn.execute(
        "SELECT m.role, m.affiliation, min(d.date), max(d.date), count(*) FROM mentions m JOIN documents d ON d.n = m.n "
        "WHERE m.entity_id = ? AND m.role IS NOT NULL GROUP BY m.role, m.affiliation ORDER BY min(d.date)", (eid,))]
    documents = [{"id": i, "date": dt, "title": t, "outlet": o, "mentions": k} for i, dt, t, o, k in conn.execute(
        "SELECT d.id, d.date, d.title, d.outlet, count(*) FROM mentions m JOIN documents d ON d.n = m.n "
        "WHERE m.entity_id = ? GROUP BY d.n ORDER BY d.date DESC, d.n DESC LIMIT ?", (eid, limit))]
    together = [{"id": i, "type": t, "canonical": c, "documents": k} for i, t, c, k in conn.execute(
        "SELECT e.id, e.type, e.canonical, count(DISTINCT o.n) FROM mentions m JOIN mentions o ON o.n = m.n "
        "AND o.entity_id != m.entity_id JOIN entities e ON e.id = o.entity_id WHERE m.entity_id = ? "
        "GROUP BY e.id ORDER BY 4 DESC, e.canonical LIMIT ?", (eid, limit))]
    out = entity.as_dict()
    out.update(forms=_aliases(conn, eid, surface=True), roles=roles, documents_list=documents, appears_with=together)
    return out


def mentions_of(conn: sqlite3.Connection, n: int) -> list[tuple[Mention, int]]:
    """A document's mentions, with their registry ids, in text order."""
    rows = conn.execute("SELECT m.text, m.start, m.end, e.type, e.canonical, m.role, m.affiliation, e.id "
                        "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.n = ? ORDER BY m.start", (n,))
    return [(Mention(t, s, e, ty, c, r, a), eid) for t, s, e, ty, c, r, a, eid in rows]
