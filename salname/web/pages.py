"""The HTML pages: search, article, entities, entity, events, network, stats. Server-rendered with Jinja2, every value
autoescaped; the only markup not written in a template is made (escaped) by salname.web.render."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from salname.archive import registry
from salname.archive.registry import entity_key
from salname.archive.search import MAX_QUERY_CHARS
from salname.web import api, queries
from salname.web import events as chron
from salname.web.app import HERE
from salname.web.render import article_html, edit_title, place_edits, snippet_html

PER_PAGE = 20
EVENTS_PER_PAGE = 50
NETWORK_NODES = 80

env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                  trim_blocks=True, lstrip_blocks=True,
                  auto_reload=False)  # the templates are part of the package: no stat() per page to see if they changed
env.globals["MAX_QUERY_CHARS"] = MAX_QUERY_CHARS
env.globals["EVENT_TYPES"] = chron.EVENT_TYPES
env.globals["STATUSES"] = chron.STATUSES
env.filters["snippet"] = snippet_html
env.filters["edit_title"] = edit_title

router = APIRouter(include_in_schema=False)


def _query(**params: Any) -> str:
    """A query string of the non-empty parameters, the page last and only when it is not the first."""
    page = params.pop("page", None)
    kept = {k: v for k, v in params.items() if v is not None and v != ""}
    if page is not None and page != 1:
        kept["page"] = page
    return urlencode(kept)


env.globals["query"] = _query


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("vendor", getattr(request.app.state, "vendor", {}))
    context.setdefault("path", request.url.path)
    return HTMLResponse(env.get_template(name).render(**context), status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message, title=f"{status}")


def _int(value: str | None, default: int, low: int, high: int, name: str) -> int:
    if value is None or value == "":
        return default
    try:
        n = int(value)
    except ValueError:
        raise HTTPException(400, f"{name}: must be a whole number") from None
    if not low <= n <= high:
        raise HTTPException(400, f"{name}: must be between {low} and {high}")
    return n


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request):
    p = request.query_params
    q = p.get("q", "")
    date_from, date_to = p.get("from", ""), p.get("to", "")
    outlet, entity = p.get("outlet", ""), p.get("entity", "")
    event_type = p.get("event_type", "")
    error = None
    total, hits, ids, more, ranked = 0, [], (), False, None
    page = 1
    with request.app.state.pool.archive() as arc:
        outlets = request.app.state.cache.site(("outlets",), lambda: queries.outlets(arc))
        try:
            page = _int(p.get("page"), 1, 1, api.MAX_PAGE, "page")
            total, hits, ids, more, ranked = api.run_search(request, arc, q, date_from, date_to, outlet, entity,
                                                            page, PER_PAGE, event_type)
        except (ValueError, HTTPException) as exc:
            error = exc.detail if isinstance(exc, HTTPException) else str(exc)
        names = queries.entity_names(arc, ids)
    params = {"q": q, "from": date_from, "to": date_to, "outlet": outlet, "entity": entity, "event_type": event_type}
    pages = api._pages(total, PER_PAGE)
    return render(request, "search.html", status=400 if error else 200, title=q or "Search", q=q, params=params,
                  outlets=outlets, error=error, total=total, more=more, ranked=ranked, hits=hits, page=page,
                  pages=pages,
                  first=(page - 1) * PER_PAGE + 1, entity_names=[names[i] for i in ids if i in names],
                  searched=bool(q.strip() or date_from or date_to or outlet or entity or event_type))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str):
    view = request.query_params.get("view", "text")
    with request.app.state.pool.archive() as arc:
        if len(doc_id) > 64:
            raise HTTPException(400, "document id is too long")
        doc = api.get_document(arc, doc_id)
        mentions = arc.mentions(doc.id)
        placed = place_edits(doc)
        original, copies = queries.duplicates(arc, doc.id)
        sources = arc.sources_of(doc.id)
        found = arc.document_events(doc.id)
        linked = chron.linked_entities(arc.connection, (entity_key(p) for e in found for p in e.participants))
    told = [{"event": e, "participants": [(p, linked.get(entity_key(p))) for p in e.participants],
             "label": event_label(e)} for e in found]
    sentences: dict[tuple[int, int], list[str]] = {}
    for t in told:  # one sentence may tell several events
        sentences.setdefault((t["event"].start, t["event"].end), []).append(t["label"])
    body = article_html(doc.text, placed, mentions, [(a, b, " | ".join(ls)) for (a, b), ls in sentences.items()])
    seen: dict[int, tuple[str, str, int]] = {}
    for m, eid in mentions:
        name, kind, k = seen.get(eid, (m.canonical, m.type, 0))
        seen[eid] = (name, kind, k + 1)
    people = sorted(seen.items(), key=lambda kv: (-kv[1][2], kv[1][0]))
    url = doc.url if doc.url and doc.url.lower().startswith(("https://", "http://")) else None
    return render(request, "document.html", title=doc.title or doc.id, doc=doc, body=body, edits=placed, url=url,
                  entities=people, raw_view=view == "raw", original=original, copies=copies, sources=sources,
                  events=told)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request):
    p = request.query_params
    kind = p.get("type", "").upper() or None
    q = p.get("q", "")
    if kind not in (None, *queries.ENTITY_TYPES):
        raise HTTPException(400, "type: must be PER, ORG or LOC")
    if len(q) > 200:
        raise HTTPException(400, "q: is too long (at most 200 characters)")
    page = _int(p.get("page"), 1, 1, api.MAX_PAGE, "page")
    with request.app.state.pool.archive() as arc:
        total = queries.count_entities(arc, kind, q)
        rows = registry.list_entities(arc.connection, kind, q, PER_PAGE, (page - 1) * PER_PAGE) if total else []
    return render(request, "entities.html", title="Entities", rows=rows, total=total, page=page,
                  pages=api._pages(total, PER_PAGE), kind=kind or "", q=q)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str):
    eid = _int(entity_id, 0, 1, 2**62, "entity id")
    with request.app.state.pool.archive() as arc:
        prof = api.entity_profile(request, arc, eid, 30)
    timeline = queries.json_for_script({"labels": [t["month"] for t in prof["timeline"]],
                                        "counts": [t["documents"] for t in prof["timeline"]]})
    return render(request, "entity.html", title=prof["canonical"], e=prof, timeline=timeline)


def event_label(e: Any) -> str:
    """What hovering an evidence sentence shows: "MEET · happened · 2024-05-16 · A, B"."""
    parts = [e.type, e.status, e.date or "undated", ", ".join(e.participants)]
    return " · ".join(p for p in parts if p)


@router.get("/stats", response_class=HTMLResponse)
def stats_page(request: Request):
    with request.app.state.pool.archive() as arc:
        s = api.stats_out(request, arc)
    months = queries.json_for_script({"labels": [t["month"] for t in s["documents_per_month"]],
                                      "counts": [t["documents"] for t in s["documents_per_month"]]})
    return render(request, "stats.html", title="Stats", s=s, months=months)


EVENT_PARAMS = ("type", "actor", "country", "status", "from", "to", "q")


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request):
    p = request.query_params
    params = {k: p.get(k, "") for k in EVENT_PARAMS}
    error = None
    total, rows, months = 0, [], {"labels": [], "series": {}}
    page = 1
    with request.app.state.pool.archive() as arc:
        try:
            page = _int(p.get("page"), 1, 1, api.MAX_PAGE, "page")
            filters = api.event_filters(params["actor"], params["country"], params["type"], params["status"],
                                        params["from"], params["to"], params["q"])
            total, rows = api.events_page(request, arc, filters, page, EVENTS_PER_PAGE)
            months = api.events_per_month(request, arc, filters)
        except (ValueError, HTTPException) as exc:
            error = exc.detail if isinstance(exc, HTTPException) else str(exc)
    return render(request, "events.html", status=400 if error else 200, title="Events", params=params,
                  error=error, total=total, rows=rows, page=page, pages=api._pages(total, EVENTS_PER_PAGE),
                  months=queries.json_for_script(months), has_months=bool(months["labels"]))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request):
    p = request.query_params
    params = {k: p.get(k, "") for k in ("from", "to", "country")}
    error = None
    graph: dict[str, Any] = {"events": 0, "nodes": [], "edges": [], "truncated": False}
    limit = NETWORK_NODES
    with request.app.state.pool.archive() as arc:
        try:
            limit = _int(p.get("limit"), NETWORK_NODES, 1, api.MAX_NODES, "limit")
            graph = api.network_out(request, arc, params["from"], params["to"], params["country"], limit)
        except (ValueError, HTTPException) as exc:
            error = exc.detail if isinstance(exc, HTTPException) else str(exc)
    return render(request, "network.html", status=400 if error else 200, title="Network", params=params,
                  limit=limit, error=error, graph=graph, data=queries.json_for_script(graph))
