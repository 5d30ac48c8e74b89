"""The JSON API under /api: search, documents, entities, stats. Field names are part of the contract:
they are declared in the models below (and so in /openapi.json) and change only with API_VERSION."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from salname.archive import registry
from salname.archive.search import MAX_QUERY_CHARS, Hit
from salname.archive.sqlite import Archive
from salname.web import events as chron
from salname.web import queries
from salname.web.render import place_edits, snippet_html

API_VERSION = "1.0"
MAX_PER_PAGE = 100
MAX_PAGE = 100_000
MAX_FILTER_CHARS = 200
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DESCRIPTION = (
    "Everything is read-only. Lists are paged with `page` (from 1) and `per_page` (at most "
    f"{MAX_PER_PAGE}). Queries are at most {MAX_QUERY_CHARS} characters; any text is a valid query (quotes, "
    "operators and SQL are searched as words). Bad parameters give 400 with `detail` naming the parameter. "
    "Snippets are HTML: the text escaped, matched words in `<mark>`; every other string (titles, names, "
    "evidence sentences) is plain text, to be escaped by whoever shows it. `/api/events` is the chronicle "
    "(one entry per event, however many documents report it) and `/api/network` who met whom in it."
)
MAX_NODES = chron.MAX_NODES

router = APIRouter(prefix="/api")


# models ------------------------------------------------------------------------------------------
class SearchResult(BaseModel):
    id: str = Field(description="Document id (16 hex characters).")
    title: str | None
    date: str | None = Field(description="ISO date, possibly partial (2024, 2024-03).")
    outlet: str | None
    snippet: str = Field(description="HTML: the text escaped, matched words in <mark>.")
    score: float = Field(description="BM25 relevance, higher is better (0 when browsing without words).")
    duplicate_of: str | None = Field(None, description="The original this document reprints, when known.")


class SearchResponse(BaseModel):
    query: str
    total: int = Field(description="How many documents match; when `total_is_lower_bound`, more than this many.")
    total_is_lower_bound: bool = Field(
        False, description="True when counting stopped at the cap (1,000 matches): more than `total` documents "
                           "match, and `pages` counts only those.")
    ranked: int | None = Field(
        None, description="When a query matches more documents than are ranked (over 200), how many were: "
                          "among the 500 most recently added matches those with every word in the title, and "
                          "the 20 most recently added, in BM25 order. Null: every match was ranked.")
    page: int
    per_page: int
    pages: int
    entities: list[int] = Field(description="The entity ids the entity filter resolved to.")
    results: list[SearchResult]


class ChangeOut(BaseModel):
    start: int = Field(description="Raw-text offsets.")
    end: int
    original: str
    replacement: str
    reason: str


class EditOut(BaseModel):
    start: int = Field(description="Clean-text offsets of the word corrected.")
    end: int
    original: str
    replacement: str
    reason: str
    confidence: float
    text_start: int | None = Field(description="Where the replacement stands in `text` (the corrected text).")
    text_end: int | None


class MentionOut(BaseModel):
    text: str
    start: int = Field(description="Offsets in `text`.")
    end: int
    type: str = Field(description="PER, ORG or LOC.")
    canonical: str
    role: str | None
    affiliation: str | None
    entity_id: int


class DuplicateOut(BaseModel):
    id: str
    title: str | None
    date: str | None
    outlet: str | None
    similarity: float | None = Field(description="Jaccard similarity of the texts to the original's (0..1).")


class DocumentOut(BaseModel):
    id: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    format: str | None
    source: str
    sources: list[str] = Field(description="Every source the document was read from.")
    raw: str = Field(description="The text exactly as read.")
    clean: str | None
    corrected: str | None = Field(description="The clean text with spelling corrected; null when nothing was.")
    text: str = Field(description="The best text: corrected, else clean, else raw. Mentions point into it.")
    clean_changes: list[ChangeOut]
    edits: list[EditOut]
    mentions: list[MentionOut]
    duplicate_of: str | None = Field(description="The original this document reprints, when the archive links them.")
    original: DuplicateOut | None = Field(description="That original, described.")
    duplicates: list[DuplicateOut] = Field(description="The other copies of this text: an original's reprints, "
                                                       "or a reprint's fellow reprints.")


class EntityOut(BaseModel):
    id: int
    type: str
    canonical: str
    aliases: list[str]
    documents: int
    mentions: int
    first_seen: str | None
    last_seen: str | None


class EntityList(BaseModel):
    total: int
    page: int
    per_page: int
    pages: int
    results: list[EntityOut]


class RoleOut(BaseModel):
    role: str
    affiliation: str | None
    first: str | None
    last: str | None
    mentions: int


class EntityDocument(BaseModel):
    id: str
    date: str | None
    title: str | None
    outlet: str | None
    mentions: int


class Companion(BaseModel):
    id: int
    type: str
    canonical: str
    documents: int = Field(description="Documents both appear in.")


class MonthCount(BaseModel):
    month: str = Field(description="YYYY-MM")
    documents: int


class Participant(BaseModel):
    name: str = Field(description="The canonical name the event gives (plain text).")
    entity_id: int | None = Field(description="Its registry entry, when the registry has the name.")
    entity_type: str | None = Field(description="PER, ORG or LOC, when linked.")
    role: str | None = Field(description="The role the text gives it at the time of the event.")


class Statement(BaseModel):
    speaker: str | None
    text: str


class EventSource(BaseModel):
    doc: str = Field(description="Id of a document that reports the event.")
    date: str | None
    outlet: str | None
    title: str | None
    evidence: str = Field(description="The sentence of that document that tells the event (plain text).")
    start: int | None = Field(description="Where the sentence stands in the document's `text`.")
    end: int | None


class EventOut(BaseModel):
    id: int = Field(description="Stable id of the event (its first report's id), as in `salname export events`.")
    type: str = Field(description="MEET, VISIT, ATTEND, SIGN or CALL.")
    status: str = Field(description="happened, planned or negated.")
    date: str | None = Field(description="ISO date, possibly partial (2024-05); null when unknown or when the year cannot be known.")
    date_partial: str | None = Field(default=None, description="Day and month when the year cannot be known (--05-16); date is then null.")
    date_text: str | None = Field(description="The words the date was read from.")
    location: str | None
    host: str | None = Field(description="The side that receives, when the text says so.")
    participants: list[Participant]
    countries: list[str] = Field(description="The countries of the place and of the participants.")
    topics: list[str]
    statements: list[Statement]
    evidence: str = Field(description="The first report's sentence (plain text).")
    confidence: float = Field(description="0..1")
    cameo: str | None = Field(description="CAMEO event code.")
    cameo_name: str | None
    sources: list[EventSource] = Field(description="Every document that reports the event, first report first.")


class EventList(BaseModel):
    total: int = Field(description="How many events pass the filters.")
    page: int
    per_page: int
    pages: int
    results: list[EventOut] = Field(description="Newest first; undated events last.")


class NetworkNode(BaseModel):
    id: str = Field(description="The participant's folded name: the key edges refer to.")
    name: str
    entity_id: int | None = Field(description="Its registry entry, when the registry has the name.")
    entity_type: str | None
    events: int = Field(description="How many of the counted events it took part in.")


class NetworkEdge(BaseModel):
    source: str = Field(description="A node id.")
    target: str = Field(description="Another node id.")
    events: int = Field(description="How many events both took part in.")


class Network(BaseModel):
    events: int = Field(description="How many MEET, CALL and VISIT events (that happened) were counted.")
    nodes: list[NetworkNode] = Field(description="Most events first.")
    edges: list[NetworkEdge] = Field(description="Between the nodes listed; most events first.")
    truncated: bool = Field(description="Whether `limit` left nodes out.")


class MetWith(BaseModel):
    name: str
    entity_id: int | None
    entity_type: str | None
    events: int = Field(description="MEET, CALL and VISIT events both took part in.")


class EventRole(BaseModel):
    role: str
    first: str | None
    last: str | None
    events: int


class EntityProfile(EntityOut):
    forms: list[str] = Field(description="The forms it is written in (inflected, cased).")
    roles: list[RoleOut]
    documents_list: list[EntityDocument] = Field(description="Its documents, newest first.")
    appears_with: list[Companion] = Field(description="The entities most often in the same documents.")
    timeline: list[MonthCount] = Field(description="Its documents per month, months without any included.")
    events: list[EventOut] = Field(description="The events it took part in, newest first (at most `limit`).")
    met_most: list[MetWith] = Field(description="Whom it met most often (MEET, CALL, VISIT).")
    event_roles: list[EventRole] = Field(description="The roles its events give it, oldest first.")


EventType = Literal["MEET", "VISIT", "ATTEND", "SIGN", "CALL"]
EventStatus = Literal["happened", "planned", "negated"]


class Problem(BaseModel):
    detail: str


ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": Problem, "description": "A bad parameter, named."},
                                           503: {"model": Problem, "description": "The archive cannot be read."}}


# shared with the pages ---------------------------------------------------------------------------
def _pages(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def run_search(request: Request, arc: Archive, q: str, date_from: str | None, date_to: str | None,
               outlet: str | None, entity: str | None, page: int, per_page: int, event_type: str | None = None
               ) -> tuple[int, list[Hit], tuple[int, ...], bool, int | None]:
    """(total, hits of the page, entity ids, total is a lower bound, how many were ranked or None for all)
    for a search; words optional. ValueError for bad input.
    Answers are kept (salname.web.cache) until the archive changes."""
    if len(q) > MAX_QUERY_CHARS:
        raise ValueError(f"q: is too long ({len(q)} characters; at most {MAX_QUERY_CHARS})")
    for name, value in (("from", date_from), ("to", date_to)):
        if value and not queries.DATE.match(value):
            raise ValueError(f"{name}: must be a date like 2024, 2024-03 or 2024-03-05")
    if event_type and event_type.upper() not in chron.EVENT_TYPES:
        raise ValueError(f"event_type: must be one of {', '.join(chron.EVENT_TYPES)}")
    event_type = event_type.upper() if event_type else None
    key = ("search", q, date_from or None, date_to or None, outlet or None, (entity or "").strip() or None, page,
           per_page) + ((event_type,) if event_type else ())
    cache = request.app.state.cache
    # a search by words takes one of the few slots for expensive work only if its ranking is (a broad
    # query), so that narrow ones are not queued behind broad ones; the rest take one throughout
    worded = bool(q.strip())
    return cache.get(key, lambda: _search(arc, q, date_from, date_to, outlet, entity, page, per_page, event_type,
                                          heavy=cache.heavy if worded else None), gated=not worded)


def _search(arc: Archive, q: str, date_from: str | None, date_to: str | None, outlet: str | None,
            entity: str | None, page: int, per_page: int, event_type: str | None = None, heavy: Any = None
            ) -> tuple[int, list[Hit], tuple[int, ...], bool, int | None]:
    ids: tuple[int, ...] = ()
    if entity and entity.strip():
        ids = queries.entity_ids(arc, entity)
        if not ids:
            return 0, [], (), False, None
    f = queries.Filters(outlet or None, date_from or None, date_to or None, ids)
    offset = (page - 1) * per_page
    if event_type:  # documents that report an event of the type: searched or listed among those only
        result = chron.search(arc, q, per_page, offset, f, event_type, heavy)
    elif q.strip():
        result = queries.search(arc, q, per_page, offset, f, heavy)
    elif f.any:
        result = queries.browse(arc, per_page, offset, f)
    else:
        return 0, [], (), False, None
    return result.total, result.hits, ids, result.total_is_lower_bound, result.ranked


def hit_out(h: Hit) -> dict[str, Any]:
    return {"id": h.id, "title": h.title, "date": h.date, "outlet": h.outlet, "snippet": str(snippet_html(h.snippet)),
            "score": round(h.score, 4), "duplicate_of": getattr(h, "duplicate_of", None)}


def get_document(arc: Archive, doc_id: str):
    """The document with this id (or unique prefix); HTTPException 400/404 otherwise."""
    try:
        doc = arc.get(doc_id)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    return doc


def document_out(arc: Archive, doc) -> dict[str, Any]:
    placed = {id(p.edit): p for p in place_edits(doc)}
    edits = []
    for e in doc.edits:
        p = placed.get(id(e))
        edits.append({**e.as_dict(), "text_start": p.start if p else None, "text_end": p.end if p else None})
    original, copies = queries.duplicates(arc, doc.id)
    return {
        "id": doc.id, "title": doc.title, "date": doc.date, "outlet": doc.outlet, "url": doc.url,
        "format": doc.format, "source": doc.source, "sources": arc.sources_of(doc.id),
        "raw": doc.raw, "clean": doc.clean, "corrected": doc.corrected, "text": doc.text,
        "clean_changes": [c.as_dict() for c in doc.clean_changes], "edits": edits,
        "mentions": [{**m.as_dict(), "entity_id": eid} for m, eid in arc.mentions(doc.id)],
        "duplicate_of": original["id"] if original else None, "original": original, "duplicates": copies,
    }


def entity_profile(request: Request, arc: Archive, entity_id: int, limit: int) -> dict[str, Any]:
    """The entity's profile (queries.entity_profile) with what the chronicle says of it
    (events.entity_events), kept until the archive changes."""
    prof = request.app.state.cache.get(("entity", entity_id, limit),
                                       lambda: queries.entity_profile(arc, entity_id, limit))
    if prof is None:
        raise HTTPException(404, f"no entity {entity_id}")
    told = request.app.state.cache.get(("entity-events", entity_id, limit),
                                       lambda: chron.entity_events(arc, prof, limit))
    return {**prof, **told}


def event_filters(actor: str | None = None, country: str | None = None, type: str | None = None,
                  status: str | None = None, date_from: str | None = None, date_to: str | None = None,
                  q: str | None = None) -> dict[str, Any]:
    """The chronicle's filters out of request parameters (empty ones dropped); ValueError names a bad one."""
    if type and type.upper() not in chron.EVENT_TYPES:
        raise ValueError(f"type: must be one of {', '.join(chron.EVENT_TYPES)}")
    if status and status not in chron.STATUSES:
        raise ValueError(f"status: must be one of {', '.join(chron.STATUSES)}")
    for name, value in (("from", date_from), ("to", date_to)):
        if value and not queries.DATE.match(value):
            raise ValueError(f"{name}: must be a date like 2024, 2024-03 or 2024-03-05")
    for name, value in (("actor", actor), ("country", country), ("q", q)):
        if value and len(value) > MAX_FILTER_CHARS:
            raise ValueError(f"{name}: is too long (at most {MAX_FILTER_CHARS} characters)")
    found = {"actor": (actor or "").strip() or None, "country": (country or "").strip() or None,
             "kind": type.upper() if type else None, "status": status or None, "date_from": date_from or None,
             "date_to": date_to or None, "q": (q or "").strip() or None}
    return {k: v for k, v in found.items() if v is not None}


def events_page(request: Request, arc: Archive, filters: dict[str, Any], page: int, per_page: int
                ) -> tuple[int, list[dict[str, Any]]]:
    key = ("events", tuple(sorted(filters.items())), page, per_page)
    return request.app.state.cache.get(key, lambda: chron.list_events(arc, filters, per_page, (page - 1) * per_page))


def events_per_month(request: Request, arc: Archive, filters: dict[str, Any]) -> dict[str, Any]:
    return request.app.state.cache.get(("events-months", tuple(sorted(filters.items()))),
                                       lambda: chron.per_month(arc, filters))


def network_out(request: Request, arc: Archive, date_from: str | None, date_to: str | None, country: str | None,
                limit: int) -> dict[str, Any]:
    for name, value in (("from", date_from), ("to", date_to)):
        if value and not queries.DATE.match(value):
            raise ValueError(f"{name}: must be a date like 2024, 2024-03 or 2024-03-05")
    if country and len(country) > MAX_FILTER_CHARS:
        raise ValueError(f"country: is too long (at most {MAX_FILTER_CHARS} characters)")
    args = (date_from or None, date_to or None, (country or "").strip() or None, limit)
    return request.app.state.cache.get(("network", *args), lambda: chron.network(arc, *args))


def stats_out(request: Request, arc: Archive) -> dict[str, Any]:
    def compute() -> dict[str, Any]:
        s = arc.stats()
        s["path"] = arc.path.name  # the server's folders are not the client's business
        s.update(queries.extra_stats(arc))
        s["documents_per_month"] = queries.documents_per_month(arc)
        return s

    return request.app.state.cache.site(("stats",), compute)


# routes --------------------------------------------------------------------------------------------
@router.get("/search", response_model=SearchResponse, responses=ERRORS, summary="Search the archive")
def api_search(
    request: Request,
    q: str = Query("", max_length=MAX_QUERY_CHARS,
                   description="Words in any case ending, with or without diacritics; all must match. "
                               "Empty: the documents that pass the filters, newest first."),
    date_from: str | None = Query(None, alias="from", pattern=DATE_PATTERN, description="Earliest date, YYYY[-MM[-DD]]."),
    date_to: str | None = Query(None, alias="to", pattern=DATE_PATTERN, description="Latest date, YYYY[-MM[-DD]]."),
    outlet: str | None = Query(None, max_length=200, description="Only this outlet (exact name)."),
    entity: str | None = Query(None, max_length=200, description="Only documents mentioning this entity: an id, or a name in any form."),
    event_type: EventType | None = Query(None, description="Only documents that report an event of this type."),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(20, ge=1, le=MAX_PER_PAGE),
):
    with request.app.state.pool.archive() as arc:
        try:
            total, hits, ids, more, ranked = run_search(request, arc, q, date_from, date_to, outlet, entity, page,
                                                        per_page, event_type)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc
        return {"query": q, "total": total, "total_is_lower_bound": more, "ranked": ranked,
                "page": page, "per_page": per_page, "pages": _pages(total, per_page),
                "entities": list(ids), "results": [hit_out(h) for h in hits]}


@router.get("/documents/{doc_id}", response_model=DocumentOut, responses={**ERRORS, 404: {"model": Problem}},
            summary="One document with all its layers")
def api_document(request: Request, doc_id: str = Path(..., max_length=64, description="Id or a unique prefix of 6+ characters.")):
    with request.app.state.pool.archive() as arc:
        return document_out(arc, get_document(arc, doc_id))


@router.get("/entities", response_model=EntityList, responses=ERRORS, summary="The entity registry")
def api_entities(
    request: Request,
    type: Literal["PER", "ORG", "LOC"] | None = Query(None, description="PER, ORG or LOC."),
    q: str | None = Query(None, max_length=200, description="Any word start of a name or alias, any case or diacritics."),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(20, ge=1, le=MAX_PER_PAGE),
):
    with request.app.state.pool.archive() as arc:
        total = queries.count_entities(arc, type, q)
        rows = registry.list_entities(arc.connection, type, q, per_page, (page - 1) * per_page) if total else []
        return {"total": total, "page": page, "per_page": per_page, "pages": _pages(total, per_page),
                "results": [r.as_dict() for r in rows]}


@router.get("/entities/{entity_id}", response_model=EntityProfile, responses={**ERRORS, 404: {"model": Problem}},
            summary="One entity's profile")
def api_entity(request: Request, entity_id: int = Path(..., ge=1, le=2**62),
               limit: int = Query(20, ge=1, le=MAX_PER_PAGE, description="Documents and companions to list.")):
    with request.app.state.pool.archive() as arc:
        return entity_profile(request, arc, entity_id, limit)


@router.get("/stats", summary="What the archive holds")
def api_stats(request: Request) -> dict[str, Any]:
    with request.app.state.pool.archive() as arc:
        return stats_out(request, arc)


@router.get("/events", response_model=EventList, responses=ERRORS, summary="The chronicle of events")
def api_events(
    request: Request,
    actor: str | None = Query(None, max_length=MAX_FILTER_CHARS,
                              description="A participant: a name in any case ending, with or without diacritics."),
    country: str | None = Query(None, max_length=MAX_FILTER_CHARS,
                                description="The place's or a participant's country (or the place itself)."),
    type: EventType | None = Query(None, description="MEET, VISIT, ATTEND, SIGN or CALL."),
    status: EventStatus | None = Query(None, description="happened, planned or negated."),
    date_from: str | None = Query(None, alias="from", pattern=DATE_PATTERN, description="Earliest date, YYYY[-MM[-DD]]."),
    date_to: str | None = Query(None, alias="to", pattern=DATE_PATTERN, description="Latest date, YYYY[-MM[-DD]]."),
    q: str | None = Query(None, max_length=MAX_FILTER_CHARS,
                          description="Words (any case, with or without diacritics) all found in the event: its "
                                      "sentence, participants, place or topics."),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(20, ge=1, le=MAX_PER_PAGE),
):
    """Events newest first, one entry per event however many documents report it; dated filters leave
    undated events out."""
    with request.app.state.pool.archive() as arc:
        try:
            filters = event_filters(actor, country, type, status, date_from, date_to, q)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc
        total, results = events_page(request, arc, filters, page, per_page)
        return {"total": total, "page": page, "per_page": per_page, "pages": _pages(total, per_page),
                "results": results}


@router.get("/network", response_model=Network, responses=ERRORS, summary="Who met whom")
def api_network(
    request: Request,
    date_from: str | None = Query(None, alias="from", pattern=DATE_PATTERN, description="Earliest date, YYYY[-MM[-DD]]."),
    date_to: str | None = Query(None, alias="to", pattern=DATE_PATTERN, description="Latest date, YYYY[-MM[-DD]]."),
    country: str | None = Query(None, max_length=MAX_FILTER_CHARS,
                                description="Only events in or with this country."),
    limit: int = Query(100, ge=1, le=MAX_NODES, description="The most nodes: those in most events are kept."),
):
    """The participants of MEET, CALL and VISIT events that happened (nodes, sized by their events) and
    who took part together (edges, weighted by their events together)."""
    with request.app.state.pool.archive() as arc:
        try:
            return network_out(request, arc, date_from, date_to, country, limit)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc
