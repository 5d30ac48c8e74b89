"""The JSON API under /api: search, documents, entities, stats. Field names are part of the contract:
they are declared in the models below (and so in /openapi.json) and change only with API_VERSION."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from salname.archive import registry
from salname.archive.search import MAX_QUERY_CHARS, Hit
from salname.archive.sqlite import Archive
from salname.web import queries
from salname.web.render import place_edits, snippet_html

API_VERSION = "1.0"
MAX_PER_PAGE = 100
MAX_PAGE = 100_000
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DESCRIPTION = (
    "Everything is read-only. Lists are paged with `page` (from 1) and `per_page` (at most "
    f"{MAX_PER_PAGE}). Queries are at most {MAX_QUERY_CHARS} characters; any text is a valid query (quotes, "
    "operators and SQL are searched as words). Bad parameters give 400 with `detail` naming the parameter. "
    "Snippets are HTML: the text escaped, matched words in `<mark>`. `/api/events` and `/api/network` are "
    "reserved for the chronicle and answer 501 until it is served."
)
EVENTS_PENDING = ("the events API is not served yet: it comes with the events store "
                  "(use `salname events` meanwhile)")

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
    total: int = Field(description="How many documents match.")
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


class EntityProfile(EntityOut):
    forms: list[str] = Field(description="The forms it is written in (inflected, cased).")
    roles: list[RoleOut]
    documents_list: list[EntityDocument] = Field(description="Its documents, newest first.")
    appears_with: list[Companion] = Field(description="The entities most often in the same documents.")
    timeline: list[MonthCount] = Field(description="Its documents per month, months without any included.")


class Problem(BaseModel):
    detail: str


ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": Problem, "description": "A bad parameter, named."},
                                           503: {"model": Problem, "description": "The archive cannot be read."}}


# shared with the pages ---------------------------------------------------------------------------
def _pages(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def run_search(request: Request, arc: Archive, q: str, date_from: str | None, date_to: str | None,
               outlet: str | None, entity: str | None, page: int, per_page: int
               ) -> tuple[int, list[Hit], tuple[int, ...]]:
    """(total, hits of the page, entity ids) for a search; words optional. ValueError for bad input.
    Answers are kept (salname.web.cache) until the archive changes."""
    if len(q) > MAX_QUERY_CHARS:
        raise ValueError(f"q: is too long ({len(q)} characters; at most {MAX_QUERY_CHARS})")
    for name, value in (("from", date_from), ("to", date_to)):
        if value and not queries.DATE.match(value):
            raise ValueError(f"{name}: must be a date like 2024, 2024-03 or 2024-03-05")
    key = ("search", q, date_from or None, date_to or None, outlet or None, (entity or "").strip() or None, page,
           per_page)
    return request.app.state.cache.get(
        key, lambda: _search(arc, q, date_from, date_to, outlet, entity, page, per_page))


def _search(arc: Archive, q: str, date_from: str | None, date_to: str | None, outlet: str | None,
            entity: str | None, page: int, per_page: int) -> tuple[int, list[Hit], tuple[int, ...]]:
    ids: tuple[int, ...] = ()
    if entity and entity.strip():
        ids = queries.entity_ids(arc, entity)
        if not ids:
            return 0, [], ()
    f = queries.Filters(outlet or None, date_from or None, date_to or None, ids)
    offset = (page - 1) * per_page
    if q.strip():
        result = queries.search(arc, q, per_page, offset, f)
    elif f.any:
        result = queries.browse(arc, per_page, offset, f)
    else:
        return 0, [], ()
    return result.total, result.hits, ids


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
    """The entity's profile (queries.entity_profile), kept until the archive changes."""
    prof = request.app.state.cache.get(("entity", entity_id, limit),
                                       lambda: queries.entity_profile(arc, entity_id, limit))
    if prof is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return prof


def stats_out(request: Request, arc: Archive) -> dict[str, Any]:
    def compute() -> dict[str, Any]:
        s = arc.stats()
        s["path"] = arc.path.name  # the server's folders are not the client's business
        s.update(queries.extra_stats(arc))
        s["documents_per_month"] = queries.documents_per_month(arc)
        return s

    return request.app.state.cache.get(("stats",), compute)


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
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(20, ge=1, le=MAX_PER_PAGE),
):
    with request.app.state.pool.archive() as arc:
        try:
            total, hits, ids = run_search(request, arc, q, date_from, date_to, outlet, entity, page, per_page)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc
        return {"query": q, "total": total, "page": page, "per_page": per_page, "pages": _pages(total, per_page),
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


@router.get("/events", status_code=501, responses={501: {"model": Problem}}, summary="Reserved: the chronicle")
def api_events() -> JSONResponse:
    return JSONResponse({"detail": EVENTS_PENDING}, status_code=501)


@router.get("/network", status_code=501, responses={501: {"model": Problem}}, summary="Reserved: who met whom")
def api_network() -> JSONResponse:
    return JSONResponse({"detail": EVENTS_PENDING.replace("events API", "network API")}, status_code=501)
