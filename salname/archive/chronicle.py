"""The chronicle: events stored with the document that reports them, and the same event reported by
several documents (outlets, days, reprints) counted once.

Reports of one event share a ``cluster``: the id of its first report. A new report joins an event of
another document when the type, the status and the participants are the same and the dates agree
(equal, or one a part of the other: "2024-05" and "2024-05-16"; "--05-16" and "2024-05-16").

Reprints (near-duplicate documents, salname.archive.duplicates: the ``duplicates`` table links a
reprint to its original) are no independent sources: a reprint's report joins the event its original
reports (same type, status and participants; the dates need not agree, as a reprint a day later reads
"bu gün" as its own day), and the sources of an event are counted once per original: a reprint is
listed under its original's source (``reprints``), not beside it. Reprints are linked after the
events of a batch are stored, so :func:`join_reprints` is to run after linking; until it has, the
reading functions (:func:`chronicle`, :func:`sources`, :func:`counts`) already treat a reprint's
separate report as part of its original's event.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Iterable

from salname.archive.registry import entity_key
from salname.az import gazetteer
from salname.az.alphabet import az_lower
from salname.az.events import CAMEO_NAMES
from salname.document import Event, Mention, split_partial

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
    join_reprints(conn, [n for n, _, _ in docs])  # documents already linked (events extracted again)
    return stored


def _merge_clusters(conn: sqlite3.Connection, a: int, b: int) -> None:
    if a != b:
        conn.execute("UPDATE events SET cluster = ? WHERE cluster IN (?, ?)", (min(a, b), a, b))


def join_reprints(conn: sqlite3.Connection, ns: Iterable[int] | None = None) -> int:
    """Put each report of a reprint in the event its original reports (same type, status and
    participants, whatever the dates), for the groups of copies the documents ``ns`` are in (all
    reprints when None). To be called after near-duplicates are linked (salname.archive.duplicates.link).
    Returns how many reports moved."""
    if ns is None:
        pairs = conn.execute("SELECT n, original FROM duplicates").fetchall()
    else:
        pairs, seen = [], set()
        for n in ns:
            row = conn.execute("SELECT original FROM duplicates WHERE n = ?", (n,)).fetchone()
            root = row[0] if row else n
            if root in seen:
                continue
            seen.add(root)
            pairs += conn.execute("SELECT n, original FROM duplicates WHERE original = ?", (root,)).fetchall()
    moved = 0
    for n, original in pairs:
        for eid, kind, pkey, status, date in conn.execute(
                "SELECT id, type, pkey, status, date FROM events WHERE n = ?", (n,)).fetchall():
            rows = conn.execute("SELECT cluster, date FROM events WHERE n = ? AND type = ? AND pkey = ? AND status = ? "
                                "ORDER BY id", (original, kind, pkey, status)).fetchall()
            if not rows:
                continue
            target = next((c for c, d in rows if dates_agree(d, date)), rows[0][0])
            cluster = conn.execute("SELECT cluster FROM events WHERE id = ?", (eid,)).fetchone()[0] or eid
            if target is not None and cluster != target:
                _merge_clusters(conn, cluster, target)
                moved += 1
    return moved


def _row(r: sqlite3.Row | tuple) -> dict:
    d = dict(zip(_COLUMNS, r))
    for k in ("participants", "countries", "roles", "topics", "statements"):
        d[k] = json.loads(d[k]) if d[k] else ([] if k != "roles" else {})
    return d


def _filters(conn: sqlite3.Connection, actor: str | None = None, country: str | None = None,
             kind: str | None = None, date_from: str | None = None, date_to: str | None = None,
             status: str | None = None, q: str | None = None) -> tuple[list[str], list]:
    """SQL conditions on ``e`` (an event's first report) for the chronicle's filters. ``q``: every word
    (any case, with or without diacritics) stands in one of the event's reports: its sentence, its
    participants, place or topics."""
    where: list[str] = ["e.id = e.cluster", f"NOT EXISTS ({_REDIRECT.format(x='e')})"]
    params: list = []
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
    words = [w for w in entity_key(q or "").split() if w]
    if words:  # GLOB patterns that let each letter stand in any case, with or without its diacritic
        hay = ("(x.evidence || ' ' || x.participants || ' ' || coalesce(x.location, '') || ' ' || "
               "coalesce(x.topics, '') || ' ' || coalesce(x.host, ''))")
        where.append("e.cluster IN (SELECT x.cluster FROM events x WHERE "
                     + " AND ".join(f"{hay} GLOB ?" for _ in words) + ")")
        params.extend(f"*{_any_case(w)}*" for w in words)
    return where, params


_FOLDED = {"e": "eəEƏ", "i": "iıIİ", "g": "gğGĞ", "s": "sşSŞ", "c": "cçCÇ", "o": "oöOÖ", "u": "uüUÜ"}


def _any_case(word: str) -> str:
    """A GLOB pattern for a folded word (entity_key's: lower case, no diacritics) that matches it
    written in any case, with or without Azerbaijani diacritics: "qebul" -> "[qQ][eəEƏ][bB][uüUÜ][lL]"."""
    out = []
    for ch in word:
        if ch in _FOLDED:
            out.append(f"[{_FOLDED[ch]}]")
        elif ch.isalpha():
            forms = dict.fromkeys(f for f in (ch, ch.upper(), ch.lower()) if len(f) == 1)
            out.append(f"[{''.join(forms)}]" if len(forms) > 1 else ch)
        else:
            out.append(f"[{ch}]" if ch in "*?[" else ch)
    return "".join(out)


def chronicle(conn: sqlite3.Connection, actor: str | None = None, country: str | None = None,
              kind: str | None = None, date_from: str | None = None, date_to: str | None = None,
              status: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Events, one per cluster (the same event told by several documents once), newest first, with
    their sources. ``actor`` and ``country`` take any case ending and letters as the registry does."""
    where, params = _filters(conn, actor, country, kind, date_from, date_to, status)
    return _listed(conn, where, params, limit, offset)


def _listed(conn: sqlite3.Connection, where: list[str], params: list, limit: int, offset: int) -> list[dict]:
    sql = (f"SELECT {', '.join('e.' + c for c in _COLUMNS)} FROM events e WHERE {' AND '.join(where)} "
           f"ORDER BY coalesce(e.date, '') DESC, e.id DESC LIMIT ? OFFSET ?")
    out = []
    for r in conn.execute(sql, (*params, int(limit), int(offset))).fetchall():
        ev = _row(r)
        ev["date"], ev["date_partial"] = split_partial(ev["date"])
        ev["sources"] = sources(conn, ev["cluster"])
        ev["cameo_name"] = CAMEO_NAMES.get(ev["cameo"] or "")
        for s in ev["sources"]:  # a later report may know the place or the topics the first did not
            ev["location"] = ev["location"] or s.pop("location", None)
            for t in s.pop("topics", []):
                if t not in ev["topics"]:
                    ev["topics"].append(t)
        out.append(ev)
    return out


def find_events(conn: sqlite3.Connection, actor: str | None = None, country: str | None = None,
                kind: str | None = None, date_from: str | None = None, date_to: str | None = None,
                status: str | None = None, q: str | None = None, limit: int = 100,
                offset: int = 0) -> tuple[int, list[dict]]:
    """(how many events pass the filters, a page of them as :func:`chronicle` gives them); ``q`` as in
    :func:`_filters`. For listings that page."""
    where, params = _filters(conn, actor, country, kind, date_from, date_to, status, q)
    total = int(conn.execute(f"SELECT count(*) FROM events e WHERE {' AND '.join(where)}", params).fetchone()[0])
    if total == 0 or offset >= total:
        return total, []
    return total, _listed(conn, where, params, limit, offset)


def events_per_month(conn: sqlite3.Connection, actor: str | None = None, country: str | None = None,
                     kind: str | None = None, date_from: str | None = None, date_to: str | None = None,
                     status: str | None = None, q: str | None = None) -> list[tuple[str, str, int]]:
    """(YYYY-MM, type, events) for the events that pass the filters and are dated to the month at
    least, oldest first; each event once however many documents report it."""
    where, params = _filters(conn, actor, country, kind, date_from, date_to, status, q)
    return [(m, t, int(k)) for m, t, k in conn.execute(
        f"SELECT substr(e.date, 1, 7) AS month, e.type, count(*) FROM events e WHERE {' AND '.join(where)} "
        f"AND e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY month, e.type ORDER BY month, e.type",
        params)]


MEETING_TYPES = ("MEET", "CALL", "VISIT")  # the events in which people meet (in person, by phone, a visit)


def meetings(conn: sqlite3.Connection, date_from: str | None = None, date_to: str | None = None,
             country: str | None = None, status: str | None = None,
             kinds: Iterable[str] = MEETING_TYPES) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """The events of these types (each once, as its first report has them) that pass the filters:
    (event id, type, [(participant key, name)]). The network of who met whom is counted from these."""
    kinds = [k.upper() for k in kinds]
    where, params = _filters(conn, None, country, None, date_from, date_to, status)
    where.append(f"e.type IN ({','.join('?' * len(kinds))})")
    params.extend(kinds)
    out: dict[int, tuple[int, str, list[tuple[str, str]]]] = {}
    for eid, kind, key, name in conn.execute(
            f"SELECT e.id, e.type, a.key, a.name FROM events e JOIN event_actors a ON a.event_id = e.id "
            f"WHERE {' AND '.join(where)} ORDER BY e.id", params):
        out.setdefault(eid, (eid, kind, []))[2].append((key, name))
    return list(out.values())


def actor_events(conn: sqlite3.Connection, keys: Iterable[str], limit: int = 100) -> list[dict]:
    """The events (as :func:`chronicle` gives them) in which a participant with one of these folded
    names took part, newest first: an entity's events, by its exact names."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return []
    where = ["e.id = e.cluster", f"NOT EXISTS ({_REDIRECT.format(x='e')})",
             f"e.cluster IN (SELECT x.cluster FROM events x JOIN event_actors a "
                                 f"ON a.event_id = x.id WHERE a.key IN ({','.join('?' * len(keys))}))"]
    return _listed(conn, where, keys, limit, 0)


def met_with(conn: sqlite3.Connection, keys: Iterable[str], limit: int = 20,
             kinds: Iterable[str] = MEETING_TYPES) -> list[tuple[str, str, int]]:
    """Whom a participant with one of these folded names met most often: (key, name, events), the
    events of these types counted once each, most first."""
    keys = list(dict.fromkeys(keys))
    kinds = [k.upper() for k in kinds]
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        f"SELECT o.key, min(o.name), count(DISTINCT e.cluster) AS k FROM events e "
        f"JOIN event_actors a ON a.event_id = e.id JOIN event_actors o ON o.event_id = e.id "
        f"WHERE a.key IN ({marks}) AND o.key NOT IN ({marks}) AND e.type IN ({','.join('?' * len(kinds))}) "
        f"GROUP BY o.key ORDER BY k DESC, min(o.name) LIMIT ?", (*keys, *keys, *kinds, int(limit))).fetchall()
    return [(k, n, int(c)) for k, n, c in rows]


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


# A report of a reprint whose original reports the same event (type, status, participants) in another
# cluster: that cluster is where it belongs (until join_reprints has put it there).
_REDIRECT = ("SELECT o.cluster FROM duplicates dd JOIN events o ON o.n = dd.original AND o.type = {x}.type "
             "AND o.pkey = {x}.pkey AND o.status = {x}.status WHERE dd.n = {x}.n AND o.cluster != {x}.cluster")


def sources(conn: sqlite3.Connection, cluster: int) -> list[dict]:
    """The independent documents that report one event: id, date, outlet, title, evidence; each
    original once, and its reprints that report the event listed under it (``reprints``: id, date,
    outlet, title), not counted as sources of their own. When only reprints of an original report it,
    the first stands for the group (``reprint_of``: the original's id)."""
    # the clusters of reprints' reports that belong here (until join_reprints has moved them), found from
    # this cluster's reports through the duplicates index, not by scanning every event
    clusters = [cluster] + [c for (c,) in conn.execute(
        "SELECT DISTINCT h.cluster FROM events o JOIN duplicates dd ON dd.original = o.n "
        "JOIN events h ON h.n = dd.n AND h.type = o.type AND h.pkey = o.pkey AND h.status = o.status "
        "WHERE o.cluster = ? AND h.cluster != ? AND h.id = h.cluster", (cluster, cluster))]
    rows = conn.execute(
        "SELECT d.id, d.date, d.outlet, d.title, x.evidence, x.start, x.end, x.location, x.topics, x.n, "
        "coalesce(dd.original, x.n) FROM events x JOIN documents d ON d.n = x.n "
        "LEFT JOIN duplicates dd ON dd.n = x.n "
        f"WHERE x.cluster IN ({','.join('?' * len(clusters))}) ORDER BY x.id", clusters).fetchall()
    groups: dict[int, list] = {}
    for r in rows:
        groups.setdefault(r[10], []).append(r)
    out = []
    for root, members in groups.items():
        members.sort(key=lambda r: r[9] != root)  # the original's own report first, if it has one
        i, dt, o, t, ev, s, e, loc, tp, n, _ = members[0]
        src = {"doc": i, "date": dt, "outlet": o, "title": t, "evidence": ev, "start": s, "end": e,
               "location": loc, "topics": json.loads(tp) if tp else [], "reprints": []}
        if n != root:
            orig = conn.execute("SELECT id FROM documents WHERE n = ?", (root,)).fetchone()
            src["reprint_of"] = orig[0] if orig else None
        for r in members[1:]:
            src["reprints"].append({"doc": r[0], "date": r[1], "outlet": r[2], "title": r[3]})
            src["topics"] += [x for x in (json.loads(r[8]) if r[8] else []) if x not in src["topics"]]
            src["location"] = src["location"] or r[7]
        out.append(src)
    return out


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
    redirected = conn.execute(f"SELECT count(*) FROM events e WHERE e.id = e.cluster AND EXISTS "
                              f"({_REDIRECT.format(x='e')})").fetchone()[0]
    return {"event_reports": reports, "events": events - redirected}
