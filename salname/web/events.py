"""The chronicle in the web app: events listed and charted, the network of who met whom, an entity's
events and the people it met, and the search filter "documents reporting an event of this type".

The events themselves are read by salname.archive.chronicle; what is here shapes them for the API and
the pages: participants' names linked to their registry entries, months filled in, the network cut
to its largest nodes.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import AbstractContextManager
from itertools import combinations
from typing import Any, Callable, Iterable, Sequence

from salname.archive import chronicle
from salname.archive.registry import entity_key
from salname.archive.search import Hit, SearchPage
from salname.archive.sqlite import Archive
from salname.web import queries

EVENT_TYPES = ("MEET", "VISIT", "ATTEND", "SIGN", "CALL")
STATUSES = ("happened", "planned", "negated")
MEETING_TYPES = chronicle.MEETING_TYPES
MAX_NODES = 500


def linked_entities(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, tuple[int, str, str]]:
    """Folded name -> (entity id, type, canonical) of the registry entry with that name (persons first,
    then the one in most documents), for the names the registry has."""
    keys = [k for k in dict.fromkeys(keys) if k]
    found: dict[str, tuple[int, str, str]] = {}
    rank = {"PER": 0, "ORG": 1, "LOC": 2}
    best: dict[str, tuple[int, int]] = {}
    for i in range(0, len(keys), 500):
        part = keys[i:i + 500]
        for key, eid, kind, canonical, docs in conn.execute(
                f"SELECT key, id, type, canonical, docs FROM entities WHERE type IN ('PER', 'ORG', 'LOC') "
                f"AND key IN ({','.join('?' * len(part))})", part):
            score = (rank.get(kind, 3), -int(docs or 0))
            if key not in best or score < best[key]:
                best[key] = score
                found[key] = (int(eid), kind, canonical)
    return found


def event_out(ev: dict[str, Any], linked: dict[str, tuple[int, str, str]]) -> dict[str, Any]:
    """One chronicle entry as the API gives it (EventOut)."""
    roles = ev.get("roles") or {}
    participants = []
    for name in ev.get("participants") or []:
        hit = linked.get(entity_key(name))
        participants.append({"name": name, "entity_id": hit[0] if hit else None,
                             "entity_type": hit[1] if hit else None, "role": roles.get(name)})
    return {
        "id": ev["cluster"] or ev["id"], "type": ev["type"], "status": ev["status"], "date": ev["date"],
        "date_partial": ev.get("date_partial"), "date_text": ev["date_text"], "location": ev["location"], "host": ev["host"],
        "participants": participants, "countries": list(ev.get("countries") or []),
        "topics": list(ev.get("topics") or []),
        "statements": [{"speaker": s.get("speaker"), "text": str(s.get("text") or "")}
                       for s in ev.get("statements") or [] if isinstance(s, dict)],
        "evidence": ev["evidence"], "confidence": round(float(ev["confidence"] or 0), 3),
        "cameo": ev["cameo"], "cameo_name": ev.get("cameo_name"),
        "sources": [{"doc": s["doc"], "date": s["date"], "outlet": s["outlet"], "title": s["title"],
                     "evidence": s["evidence"], "start": s["start"], "end": s["end"]} for s in ev["sources"]],
    }


def shaped(conn: sqlite3.Connection, found: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    linked = linked_entities(conn, (entity_key(p) for ev in found for p in ev.get("participants") or []))
    return [event_out(ev, linked) for ev in found]


def list_events(arc: Archive, filters: dict[str, Any], limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """(total, a page of events) for the filters (chronicle.find_events' keywords)."""
    total, found = chronicle.find_events(arc.connection, **filters, limit=limit, offset=offset)
    return total, shaped(arc.connection, found)


def per_month(arc: Archive, filters: dict[str, Any]) -> dict[str, Any]:
    """Events per month for a chart stacked by type: {"labels": months, "series": {type: counts}}, months
    without events included."""
    rows = chronicle.events_per_month(arc.connection, **filters)
    totals: Counter[str] = Counter()
    for month, _, k in rows:
        totals[month] += k
    months = [m["month"] for m in queries.fill_months(sorted(totals.items()))]
    at = {m: i for i, m in enumerate(months)}
    series: dict[str, list[int]] = {}
    for month, kind, k in rows:
        if month in at:
            series.setdefault(kind, [0] * len(months))[at[month]] += k
    ordered = {t: series[t] for t in EVENT_TYPES if t in series}
    ordered.update({t: v for t, v in series.items() if t not in ordered})
    return {"labels": months, "series": ordered}


def network(arc: Archive, date_from: str | None = None, date_to: str | None = None, country: str | None = None,
            limit: int = 100) -> dict[str, Any]:
    """Who met whom in the MEET, CALL and VISIT events that happened (not planned, not called off):
    nodes (participants, size = their events) and edges (two participants of one event, weight = their
    events together), the ``limit`` nodes with most events kept and the edges between them."""
    conn = arc.connection
    found = chronicle.meetings(conn, date_from=date_from, date_to=date_to, country=country, status="happened")
    sizes: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    for _, _, actors in found:
        for k, name in actors:
            names.setdefault(k, name)
        if len(actors) == 1:
            sizes[actors[0][0]] += 1
            continue
        keys = sorted({k for k, _ in actors})
        sizes.update(keys)
        pairs.update(combinations(keys, 2))
    kept = sorted(sizes, key=lambda k: (-sizes[k], names[k]))[:limit]
    linked = linked_entities(conn, kept)
    keep = set(kept)
    nodes = []
    for k in kept:
        hit = linked.get(k)
        nodes.append({"id": k, "name": hit[2] if hit else names[k], "entity_id": hit[0] if hit else None,
                      "entity_type": hit[1] if hit else None, "events": sizes[k]})
    kept_pairs = [(pair, w) for pair, w in pairs.items() if pair[0] in keep and pair[1] in keep]
    edges = [{"source": a, "target": b, "events": w} for (a, b), w in sorted(kept_pairs, key=lambda p: (-p[1], p[0]))]
    return {"events": len(found), "nodes": nodes, "edges": edges, "truncated": len(sizes) > len(kept)}


def entity_keys(profile: dict[str, Any]) -> list[str]:
    """The folded names an entity takes part in events under: its canonical name and its aliases."""
    return list(dict.fromkeys(entity_key(n) for n in [profile["canonical"], *profile.get("aliases", [])] if n))


def entity_events(arc: Archive, profile: dict[str, Any], limit: int) -> dict[str, Any]:
    """What the chronicle says of an entity: its events (newest first), the entities it met most often,
    and the roles the events give it, each with the first and last date."""
    conn = arc.connection
    keys = entity_keys(profile)
    events = shaped(conn, chronicle.actor_events(conn, keys, limit))
    met = chronicle.met_with(conn, keys, limit)
    linked = linked_entities(conn, [k for k, _, _ in met])
    met_out = []
    for k, name, n in met:
        hit = linked.get(k)
        met_out.append({"name": hit[2] if hit else name, "entity_id": hit[0] if hit else None,
                        "entity_type": hit[1] if hit else None, "events": n})
    roles: dict[str, dict[str, Any]] = {}
    for ev in events:
        for p in ev["participants"]:
            if p["role"] and entity_key(p["name"]) in keys:
                r = roles.setdefault(p["role"], {"role": p["role"], "first": None, "last": None, "events": 0})
                r["events"] += 1
                if ev["date"] and not ev["date"].startswith("--"):
                    r["first"] = min(r["first"] or ev["date"], ev["date"])
                    r["last"] = max(r["last"] or ev["date"], ev["date"])
    return {"events": events, "met_most": met_out,
            "event_roles": sorted(roles.values(), key=lambda r: (r["first"] or "9999", r["role"]))}


# search: documents that report an event of a type -------------------------------------------------------
def search(arc: Archive, query: str, limit: int, offset: int, f: queries.Filters, kind: str,
           heavy: Callable[[], AbstractContextManager] | None = None) -> SearchPage:
    """queries.search / queries.browse kept to the documents that report an event of type ``kind``: with
    words, the archive's search itself (its matches, BM25 order, snippets, bounded work on broad queries)
    over those documents; without, they are listed newest first."""
    conn = arc.connection
    if query.strip():
        reporting = {n for (n,) in conn.execute("SELECT DISTINCT n FROM events WHERE type = ?", (kind.upper(),))}
        return queries.search(arc, query, limit, offset, f, heavy, documents=reporting)
    where, params = queries._where(f)
    where.append("d.n IN (SELECT n FROM events WHERE type = ?)")
    params.append(kind.upper())
    if f.entity_ids:
        sql, more = queries._mentioning(f, "d.n")
        where.append(sql)
        params += more
    docs = f"SELECT d.n FROM documents d WHERE {' AND '.join(where)}"
    total = int(conn.execute(f"SELECT count(*) FROM ({docs})", params).fetchone()[0])
    ns = [] if offset >= total else [n for (n,) in conn.execute(
        f"{docs} ORDER BY d.date IS NULL, d.date DESC, d.n DESC LIMIT ? OFFSET ?", [*params, limit, offset])]
    if not ns:
        return SearchPage(total, [])
    meta = {r[0]: r for r in conn.execute(
        f"SELECT n, id, title, date, outlet, source FROM documents WHERE n IN ({','.join('?' * len(ns))})", ns)}
    texts = queries._texts(conn, ns)
    hits = [Hit(row[1], row[2], row[3], row[4], row[5], 0.0, queries.lead(texts.get(n))) for n in ns
            if (row := meta.get(n)) is not None]
    queries._mark_reprints(conn, ns, hits)
    return SearchPage(total, hits)
