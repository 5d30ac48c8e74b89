"""The chronicle: events stored with the document that reports them, and the same event reported by
several documents (outlets, days, reprints) counted once.

Reports of one event share a ``cluster``: the id of its first report. A new report joins an event of
another document when the type, the status and the participants are the same and the dates agree
(equal, or one a part of the other: "2024-05" and "2024-05-16"; "--05-16" and "2024-05-16").
"""

from __future__ import annotations

import json
import sqlite3
from typing import Iterable

from salname.archive.registry import entity_key
from salname.az import gazetteer
from salname.az.alphabet import az_lower
from salname.az.events import CAMEO_NAMES
from salname.document import Event, Mention

_COLUMNS = ("id", "n", "type", "status", "date", "date_text", "location", "host", "participants", "countries",
            "roles", "topics", "statements", "evidence", "start", "end", "confidence", "cameo", "cluster")


def participants_key(names: Iterable[str]) -> str:
    return "|".join(sorted(entity_key(n) for n in names))


def dates_agree(a: str | None, b: str | None) -> bool:
    """Whether two (partial) dates can name the same day."""
    if not a or not b:
        return a == b or not a and not b
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:] if len(a) >= 5 and len(b) >= 5 else False
    return a.startswith(b) or b.startswith(a)


def _countries(e: Event, mentions: list[Mention]) -> list[str]:
    out = []
    if e.location and gazetteer.is_country(az_lower(e.location)):
        out.append(e.location)
    for m in mentions:
        if m.canonical in e.participants and m.affiliation and gazetteer.is_country(az_lower(m.affiliation)):
            if m.affiliation not in out:
                out.append(m.affiliation)
    return out


def forget(conn: sqlite3.Connection, ns: Iterable[int]) -> None:
    conn.executemany("DELETE FROM events WHERE n = ?", [(n,) for n in ns])


def store_events(conn: sqlite3.Connection, docs: Iterable[tuple[int, list[Event], list[Mention]]],
                 fresh: bool = False) -> int:
    """Store the events of documents (rowid, events, mentions), replacing earlier ones unless
    ``fresh``; each joins the event it is another report of. Returns the number stored."""
    docs = list(docs)
    if not fresh:
        forget(conn, [n for n, _, _ in docs])
    stored = 0
    for n, events, mentions in docs:
        for e in events:
            pkey = participants_key(e.participants)
            cur = conn.execute(
                "INSERT INTO events (n, type, status, date, date_text, location, host, participants, pkey, countries,"
                " roles, topics, statements, evidence, start, end, confidence, cameo) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (n, e.type, e.status, e.date, e.date_text, e.location, e.host,
                 json.dumps(e.participants, ensure_ascii=False), pkey,
                 json.dumps(_countries(e, mentions), ensure_ascii=False), json.dumps(e.roles, ensure_ascii=False),
                 json.dumps(e.topics, ensure_ascii=False), json.dumps(e.statements, ensure_ascii=False),
                 e.evidence, e.start, e.end, e.confidence, e.cameo))
            eid = cur.lastrowid
            cluster = eid
            for oid, ocluster, odate in conn.execute(
                    "SELECT id, cluster, date FROM events WHERE type = ? AND pkey = ? AND status = ? AND n != ? "
                    "AND id != ? ORDER BY id", (e.type, pkey, e.status, n, eid)):
                if dates_agree(odate, e.date):
                    cluster = ocluster or oid
                    break
            conn.execute("UPDATE events SET cluster = ? WHERE id = ?", (cluster, eid))
            conn.executemany("INSERT OR IGNORE INTO event_actors (event_id, key, name) VALUES (?, ?, ?)",
                             [(eid, entity_key(p), p) for p in e.participants])
            places = [e.location] if e.location else []
            conn.executemany("INSERT OR IGNORE INTO event_places (event_id, key) VALUES (?, ?)",
                             [(eid, entity_key(p)) for p in places + _countries(e, mentions)])
            stored += 1
    return stored


def _row(r: sqlite3.Row | tuple) -> dict:
    d = dict(zip(_COLUMNS, r))
    for k in ("participants", "countries", "roles", "topics", "statements"):
        d[k] = json.loads(d[k]) if d[k] else ([] if k != "roles" else {})
    return d


def chronicle(conn: sqlite3.Connection, actor: str | None = None, country: str | None = None,
              kind: str | None = None, date_from: str | None = None, date_to: str | None = None,
              status: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Events, one per cluster (the same event told by several documents once), newest first, with
    their sources. ``actor`` and ``country`` take any case ending and letters as the registry does."""
    where, params = ["e.id = e.cluster"], []
    if kind:
        where.append("e.cluster IN (SELECT cluster FROM events WHERE type = ?)")
        params.append(kind.upper())
    if status:
        where.append("e.status = ?")
        params.append(status)
    if date_from:
        where.append("e.date >= substr(?, 1, length(e.date))")
        params.append(date_from)
    if date_to:
        where.append("e.date <= ? || 'z'")
        params.append(date_to)
    if actor:
        keys = _entity_keys(conn, actor)
        where.append(f"e.cluster IN (SELECT x.cluster FROM events x JOIN event_actors a ON a.event_id = x.id "
                     f"WHERE a.key IN ({','.join('?' * len(keys))}))")
        params.extend(keys)
    if country:
        keys = _entity_keys(conn, country)
        where.append(f"e.cluster IN (SELECT x.cluster FROM events x JOIN event_places p ON p.event_id = x.id "
                     f"WHERE p.key IN ({','.join('?' * len(keys))}))")
        params.extend(keys)
    sql = (f"SELECT {', '.join('e.' + c for c in _COLUMNS)} FROM events e WHERE {' AND '.join(where)} "
           f"ORDER BY coalesce(e.date, '') DESC, e.id DESC LIMIT ? OFFSET ?")
    out = []
    for r in conn.execute(sql, (*params, int(limit), int(offset))).fetchall():
        ev = _row(r)
        ev["sources"] = sources(conn, ev["cluster"])
        ev["cameo_name"] = CAMEO_NAMES.get(ev["cameo"] or "")
        for s in ev["sources"]:  # a later report may know the place or the topics the first did not
            ev["location"] = ev["location"] or s.pop("location", None)
            for t in s.pop("topics", []):
                if t not in ev["topics"]:
                    ev["topics"].append(t)
        out.append(ev)
    return out


def _entity_keys(conn: sqlite3.Connection, name: str) -> list[str]:
    """The folded names of the registry entries ``name`` finds, and the name itself."""
    from salname.archive.registry import find_entity

    keys = [entity_key(name)]
    for row in find_entity(conn, name):
        k = entity_key(row.canonical)
        if k not in keys:
            keys.append(k)
    lowered = [az_lower(k) for k in keys]
    return list(dict.fromkeys(keys + lowered))


def sources(conn: sqlite3.Connection, cluster: int) -> list[dict]:
    """The documents that report one event: id, date, outlet, title, evidence."""
    return [{"doc": i, "date": dt, "outlet": o, "title": t, "evidence": ev, "start": s, "end": e,
             "location": loc, "topics": json.loads(tp) if tp else []}
            for i, dt, o, t, ev, s, e, loc, tp in conn.execute(
                "SELECT d.id, d.date, d.outlet, d.title, x.evidence, x.start, x.end, x.location, x.topics "
                "FROM events x JOIN documents d ON d.n = x.n WHERE x.cluster = ? ORDER BY x.id", (cluster,))]


def events_of(conn: sqlite3.Connection, n: int) -> list[Event]:
    """A stored document's events."""
    return [Event.from_dict(_row(r)) for r in conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM events WHERE n = ? ORDER BY start", (n,))]


def iter_rows(conn: sqlite3.Connection, page: int = 1000):
    """Every stored event report with its document, for export, a page at a time."""
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT {', '.join('e.' + c for c in _COLUMNS)}, d.id, d.outlet, d.date, d.title FROM events e "
            f"JOIN documents d ON d.n = e.n WHERE e.id > ? ORDER BY e.id LIMIT ?", (last, page)).fetchall()
        if not rows:
            return
        for r in rows:
            ev = _row(r[:len(_COLUMNS)])
            ev["doc"], ev["outlet"], ev["doc_date"], ev["title"] = r[len(_COLUMNS):]
            yield ev
        last = rows[-1][0]


def counts(conn: sqlite3.Connection) -> dict:
    """Reports stored and distinct events."""
    reports, events = conn.execute("SELECT count(*), count(DISTINCT cluster) FROM events").fetchone()
    return {"event_reports": reports, "events": events}
